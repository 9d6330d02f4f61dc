/**
 * A team policy, read from `storage.managed` (documented for admins in public/managed_schema.json):
 *
 *   { "settings": { "strictness": "strict", ... },   team values for any setting
 *     "locked": ["strictness", "rules"],              fields agents cannot change
 *     "requiredAvoid": [{ "avoid": "calm down", "replacement": "..." }] }   phrases always avoided
 *
 * An unlocked team value is the default for agents who have not set that field themselves; a locked
 * field always takes the team value (or the built-in default when the policy sets none). Required
 * phrases are merged into `custom.avoid` first and cannot be removed. A bad policy field is ignored
 * with a problem; nothing here throws.
 *
 * Deploying on Linux: Chromium reads `/etc/chromium/policies/managed/*.json`
 * (`{"3rdparty": {"extensions": {"<extension id>": <policy>}}}`, Chrome `/etc/opt/chrome/...`);
 * Firefox reads `policies.json` (`{"policies": {"3rdparty": {"Extensions": {"defuse@defuse.dev": <policy>}}}}`).
 */
import type { CustomPhrase } from '../analyzer/types';
import { validateAvoidList } from './custom-phrases';
import { describe, isRecord, type SettingsProblem } from './problems';
import { DEFAULT_SETTINGS, isSettingKey, SETTING_KEYS, validateField, type SettingKey, type Settings } from './schema';

export interface Policy {
  settings: Partial<Pick<Settings, SettingKey>>;
  locked: SettingKey[];
  requiredAvoid: CustomPhrase[];
}

export const EMPTY_POLICY: Policy = Object.freeze({ settings: {}, locked: [], requiredAvoid: [] });

export interface PolicyResult {
  settings: Settings;
  locked: Set<SettingKey>;
  /** The team's phrases in `settings.custom.avoid`, which an update may not remove. */
  requiredAvoid: CustomPhrase[];
  problems: SettingsProblem[];
}

/** The usable parts of a managed-storage value, with a problem for each part ignored. */
export function validatePolicy(raw: unknown): { policy: Policy; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const policy: Policy = { settings: {}, locked: [], requiredAvoid: [] };
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isRecord(raw)) {
    problems.push({ field: 'policy', message: `The team policy was ${describe(raw)}, not an object; it is ignored.` });
    return { policy, problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    const path = `policy.${key}`;
    if (key === 'settings') {
      if (!isRecord(value)) {
        problems.push({ field: path, message: `${path} must be an object of settings, not ${describe(value)}; it is ignored.` });
        continue;
      }
      for (const [name, setting] of Object.entries(value)) {
        if (!isSettingKey(name)) {
          problems.push({ field: `${path}.${name}`, message: `${path}.${name} is not a known setting and is ignored.` });
          continue;
        }
        const checked = validateField(name, setting, problems, `${path}.${name}`);
        if (checked !== undefined) (policy.settings as Record<string, unknown>)[name] = checked;
      }
    } else if (key === 'locked') {
      if (!Array.isArray(value)) {
        problems.push({ field: path, message: `${path} must be a list of setting names (${SETTING_KEYS.join(', ')}); it is ignored.` });
        continue;
      }
      value.forEach((name, i) => {
        if (isSettingKey(name)) {
          if (!policy.locked.includes(name)) policy.locked.push(name);
        } else problems.push({ field: `${path}[${i}]`, message: `${path}[${i}] is not a setting name (${SETTING_KEYS.join(', ')}) and is ignored.` });
      });
    } else if (key === 'requiredAvoid') {
      policy.requiredAvoid = validateAvoidList(value, path, problems) ?? [];
    } else problems.push({ field: path, message: `${path} is not a known policy field and is ignored.` });
  }
  return { policy, problems };
}

/** `custom.avoid` with the required phrases first, replacing agents' entries for the same words. */
export function withRequiredAvoid(avoid: readonly CustomPhrase[], required: readonly CustomPhrase[]): CustomPhrase[] {
  const taken = new Set(required.map((p) => p.avoid.toLowerCase()));
  return [...required, ...avoid.filter((p) => !taken.has(p.avoid.toLowerCase()))];
}

/**
 * Settings under a team policy. `userFields` names the fields the agent stored; unlocked team values
 * apply only to the other fields. Pure: neither input is changed.
 */
export function applyPolicy(settings: Settings, rawPolicy: unknown, userFields: ReadonlySet<string> = new Set()): PolicyResult {
  const { policy, problems } = validatePolicy(rawPolicy);
  const next = structuredClone(settings);
  const target = next as unknown as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    const teamValue = policy.settings[key];
    if (policy.locked.includes(key)) target[key] = structuredClone(teamValue ?? DEFAULT_SETTINGS[key]);
    else if (teamValue !== undefined && !userFields.has(key)) target[key] = structuredClone(teamValue);
  }
  next.custom.avoid = withRequiredAvoid(next.custom.avoid, policy.requiredAvoid);
  return { settings: next, locked: new Set(policy.locked), requiredAvoid: policy.requiredAvoid, problems };
}
