/** The counts the badge and the panel show, derived from a report. */
import type { Category, Report } from '../analyzer/types';

export interface ReportSummary {
  /** Required steps the reply already does. */
  stepsDone: number;
  stepsRequired: number;
  issues: number;
  /** Tone problems per category, most frequent first; categories without problems are left out. */
  byCategory: Array<[Category, number]>;
}

export function summarize(report: Report): ReportSummary {
  const required = report.steps.filter((step) => step.required);
  const counts = new Map<Category, number>();
  for (const d of report.diagnostics) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
  // Map keeps first-seen order, and sort is stable, so ties read in the order they appear in the reply.
  const byCategory = [...counts].sort((a, b) => b[1] - a[1]);
  return {
    stepsDone: required.filter((step) => step.done).length,
    stepsRequired: required.length,
    issues: report.diagnostics.length,
    byCategory,
  };
}
