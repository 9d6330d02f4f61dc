/**
 * The score, 0-100: how calm the reply is, scaled by how complete it is.
 *
 *   calm         = 100 × Π (1 − w(d)) over the diagnostics d, with w = 0.25 for an error,
 *                  0.12 for a warning and 0.04 for a note (info)
 *   completeness = required steps done ÷ required steps (1 when no step is required)
 *   score        = round(calm × (0.4 + 0.6 × completeness))
 *
 * Each diagnostic multiplies the calm part by a factor below 1, so adding a tone problem can never
 * raise the score; a reply that is calm but does none of the steps keeps 40.
 */
import type { Diagnostic, Severity, Step } from './types';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 0.25, warning: 0.12, info: 0.04 };

export function scoreReport(diagnostics: readonly Diagnostic[], steps: readonly Step[]): number {
  const calm = diagnostics.reduce((acc, d) => acc * (1 - SEVERITY_WEIGHT[d.severity]), 100);
  const required = steps.filter((s) => s.required);
  const completeness = required.length === 0 ? 1 : required.filter((s) => s.done).length / required.length;
  return Math.round(calm * (0.4 + 0.6 * completeness));
}
