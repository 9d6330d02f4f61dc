/** Analyzer options with their defaults filled in. */
import { STRICTNESS_ORDER } from './definitions';
import { STEP_IDS, type AnalyzeOptions, type CustomPhrases, type StepId, type Strictness } from './types';

export interface ResolvedOptions {
  rules: Readonly<Record<string, boolean>>;
  requiredSteps: ReadonlySet<StepId>;
  strictness: Strictness;
  custom: CustomPhrases;
}

export const DEFAULT_STRICTNESS: Strictness = 'standard';

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const strictness = STRICTNESS_ORDER.includes(options.strictness as Strictness)
    ? (options.strictness as Strictness)
    : DEFAULT_STRICTNESS;
  const required = Array.isArray(options.requiredSteps) ? options.requiredSteps : STEP_IDS;
  return {
    rules: options.rules ?? {},
    requiredSteps: new Set(required.filter((s): s is StepId => (STEP_IDS as readonly string[]).includes(s))),
    strictness,
    custom: {
      avoid: Array.isArray(options.custom?.avoid) ? options.custom.avoid : [],
      empathy: Array.isArray(options.custom?.empathy) ? options.custom.empathy : [],
      apology: Array.isArray(options.custom?.apology) ? options.custom.apology : [],
    },
  };
}

export function shownAt(from: Strictness, strictness: Strictness): boolean {
  return STRICTNESS_ORDER.indexOf(from) <= STRICTNESS_ORDER.indexOf(strictness);
}
