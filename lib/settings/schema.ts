/**
 * The agent's preferences: one typed shape with defaults. Stored data is validated field by field,
 * so one damaged field falls back to its default without losing the others.
 */
import { STEP_IDS, type StepId, type Strictness } from '../analyzer/types';

export interface Settings {
  /** Rules switched off or on by id; absent ids keep the rule's default (on). */
  rules: Record<string, boolean>;
  requiredSteps: StepId[];
  strictness: Strictness;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  requiredSteps: [...STEP_IDS],
  strictness: 'standard',
};

export interface SettingsProblem {
  field: keyof Settings;
  message: string;
}

const STRICTNESS: readonly Strictness[] = ['gentle', 'standard', 'strict'];

export function validateSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && (raw === null || typeof raw !== 'object')) {
    problems.push({ field: 'rules', message: 'Stored settings were not an object; defaults are used.' });
  }
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);

  if ('rules' in source) {
    const rules = source.rules;
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
      for (const [id, on] of Object.entries(rules)) {
        if (typeof on === 'boolean') settings.rules[id] = on;
        else problems.push({ field: 'rules', message: `rules.${id} must be true or false.` });
      }
    } else problems.push({ field: 'rules', message: 'rules must be an object of rule ids to true/false.' });
  }
  if ('requiredSteps' in source) {
    const steps = source.requiredSteps;
    if (Array.isArray(steps) && steps.every((s) => (STEP_IDS as readonly unknown[]).includes(s))) {
      settings.requiredSteps = STEP_IDS.filter((s) => steps.includes(s));
    } else problems.push({ field: 'requiredSteps', message: `requiredSteps must list step ids: ${STEP_IDS.join(', ')}.` });
  }
  if ('strictness' in source) {
    if (STRICTNESS.includes(source.strictness as Strictness)) settings.strictness = source.strictness as Strictness;
    else problems.push({ field: 'strictness', message: `strictness must be one of ${STRICTNESS.join(', ')}.` });
  }
  return { settings, problems };
}
