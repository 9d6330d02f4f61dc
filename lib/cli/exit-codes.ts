/** Exit codes, and which diagnostics fail a run. */
import type { Diagnostic, Severity } from '../analyzer';

export const EXIT_OK = 0;
/** A diagnostic at or above `--fail-on`. */
export const EXIT_FINDINGS = 1;
/** Usage error, bad config, or an input that could not be read or parsed. Wins over EXIT_FINDINGS. */
export const EXIT_ERROR = 2;

/** `none` lets a pipeline publish the report without failing the build on it. */
export type FailOn = Severity | 'none';

export const DEFAULT_FAIL_ON: FailOn = 'error';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function fails(diagnostic: Pick<Diagnostic, 'severity'>, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[diagnostic.severity] >= RANK[failOn];
}

export function exitCode(state: { hadInputErrors: boolean; hadFailingDiagnostic: boolean }): number {
  if (state.hadInputErrors) return EXIT_ERROR;
  return state.hadFailingDiagnostic ? EXIT_FINDINGS : EXIT_OK;
}
