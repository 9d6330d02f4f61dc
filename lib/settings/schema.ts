/**
 * The agent's preferences: one typed, versioned shape with a default for every field. Stored data is
 * validated field by field, so one damaged field falls back to its default without losing the others.
 */
import { STEP_IDS, type CustomPhrases, type StepId, type Strictness } from '../analyzer/types';
import { EMPTY_CUSTOM, validateCustom } from './custom-phrases';
import { describe, isRecord, type FieldValidator, type SettingsProblem } from './problems';
import { DEFAULT_SITES, validateSites } from './sites';

export type { SettingsProblem } from './problems';

export const SETTINGS_VERSION = 2;

export type UnderlineStyle = 'by-severity' | 'subtle';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Rules switched off or on by id; absent ids keep the rule's default (on). */
  rules: Record<string, boolean>;
  requiredSteps: StepId[];
  strictness: Strictness;
  custom: CustomPhrases;
  /** `by-severity` colours underlines by severity; `subtle` draws them all faint. */
  underlineStyle: UnderlineStyle;
  /** Host names switched on or off; see `sites.ts`. */
  sites: Record<string, boolean>;
  showShortcutHints: boolean;
}

/** The fields an agent or a policy can set (everything but `version`). */
export type SettingKey = Exclude<keyof Settings, 'version'>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  rules: {},
  requiredSteps: [...STEP_IDS],
  strictness: 'standard',
  custom: EMPTY_CUSTOM,
  underlineStyle: 'by-severity',
  sites: { ...DEFAULT_SITES },
  showShortcutHints: true,
});

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

const STRICTNESS: readonly Strictness[] = ['gentle', 'standard', 'strict'];
const UNDERLINE_STYLES: readonly UnderlineStyle[] = ['by-severity', 'subtle'];
/**
 * A built-in rule's id. The schema checks the form, not the list of rules: importing the rules would
 * load the analyzer (and its language model) wherever settings are read, and a rule a newer version
 * added, synced from another browser, is kept rather than lost. Imported files are checked against the
 * list of rules (transfer.ts); unknown ids do nothing in the analyzer.
 */
const RULE_ID = /^tone\/[a-z]+(-[a-z]+)*$/;

function oneOf<T extends string>(choices: readonly T[]): FieldValidator<T> {
  return (value, path, problems) => {
    if (choices.includes(value as T)) return value as T;
    problems.push({ field: path, message: `${path} must be one of ${choices.join(', ')}, not ${describe(value)}.` });
    return undefined;
  };
}

const validateRules: FieldValidator<Record<string, boolean>> = (value, path, problems) => {
  if (!isRecord(value)) {
    problems.push({ field: path, message: `${path} must be an object of rule ids to true/false, not ${describe(value)}.` });
    return undefined;
  }
  const rules: Record<string, boolean> = {};
  for (const [id, on] of Object.entries(value)) {
    if (!RULE_ID.test(id)) problems.push({ field: `${path}["${id}"]`, message: `${path}["${id}"] is not a rule id (like "tone/blame") and is ignored.` });
    else if (typeof on !== 'boolean') problems.push({ field: `${path}["${id}"]`, message: `${path}["${id}"] must be true or false.` });
    else rules[id] = on;
  }
  return rules;
};

const validateSteps: FieldValidator<StepId[]> = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ field: path, message: `${path} must be a list of step ids (${STEP_IDS.join(', ')}), not ${describe(value)}.` });
    return undefined;
  }
  value.forEach((step, i) => {
    if (!(STEP_IDS as readonly unknown[]).includes(step)) {
      problems.push({ field: `${path}[${i}]`, message: `${path}[${i}] is not a step id (${STEP_IDS.join(', ')}) and is ignored.` });
    }
  });
  return STEP_IDS.filter((s) => value.includes(s));
};

const validateBoolean: FieldValidator<boolean> = (value, path, problems) => {
  if (typeof value === 'boolean') return value;
  problems.push({ field: path, message: `${path} must be true or false, not ${describe(value)}.` });
  return undefined;
};

/** One validator per field; each returns the usable part of a value, or `undefined` for none. */
export const FIELD_VALIDATORS: { readonly [K in SettingKey]: FieldValidator<Settings[K]> } = {
  rules: validateRules,
  requiredSteps: validateSteps,
  strictness: oneOf(STRICTNESS),
  custom: validateCustom,
  underlineStyle: oneOf(UNDERLINE_STYLES),
  sites: validateSites,
  showShortcutHints: validateBoolean,
};

export const SETTING_KEYS = Object.keys(FIELD_VALIDATORS).sort() as SettingKey[];

export function isSettingKey(key: unknown): key is SettingKey {
  return (SETTING_KEYS as readonly unknown[]).includes(key);
}

/** Validates one field; `undefined` (with problems) when nothing of it is usable. */
export function validateField<K extends SettingKey>(key: K, value: unknown, problems: SettingsProblem[], path: string = key): Settings[K] | undefined {
  return (FIELD_VALIDATORS[key] as FieldValidator<Settings[K]>)(value, path, problems);
}

/**
 * Current-version settings from anything (run `migrate` first for stored data). Missing fields take
 * their defaults silently; damaged ones take them with a problem; unknown fields are dropped.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push({ field: '', message: `Stored settings were ${describe(raw)}, not an object; defaults are used.` });
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'version') {
      if (value !== SETTINGS_VERSION) problems.push({ field: 'version', message: `version must be ${SETTINGS_VERSION}, not ${describe(value)}.` });
    } else if (isSettingKey(key)) {
      const checked = validateField(key, value, problems);
      if (checked !== undefined) (settings as unknown as Record<string, unknown>)[key] = checked;
    } else problems.push({ field: key, message: `${key} is not a known setting and is ignored.` });
  }
  return { settings, problems };
}
