/**
 * Settings in `storage.sync`, under a team policy from `storage.managed`, through WXT's storage
 * helpers. Reading runs stored value -> migrate -> validate -> apply policy; open tabs follow changes
 * to either area live. Only the fields an agent has set are stored, so unlocked team values keep
 * acting as their defaults.
 *
 * The item is defined without WXT's `version`/`migrations`: its `fallback` replaces only a wholly
 * missing value, and our stored object carries its own `version` so that one damaged field can fall
 * back to its default without losing the others (see migrations.ts and schema.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { CustomPhrase } from '../analyzer/types';
import { migrate } from './migrations';
import { applyPolicy } from './policy';
import { isRecord, type SettingsProblem } from './problems';
import { isSettingKey, SETTING_KEYS, SETTINGS_VERSION, validateField, validateSettings, type SettingKey, type Settings } from './schema';

const settingsItem = storage.defineItem<unknown>('sync:settings');
/** The keys of a team policy (public/managed_schema.json). */
const POLICY_KEYS = ['settings', 'locked', 'requiredAvoid'] as const;

export interface LoadedSettings {
  settings: Settings;
  problems: SettingsProblem[];
  /** Fields the team policy locks. */
  locked: Set<SettingKey>;
  /** Team phrases in `settings.custom.avoid` that cannot be removed. */
  requiredAvoid: CustomPhrase[];
}

export type UpdateResult = ({ ok: true } & LoadedSettings) | { ok: false; error: string };

interface Snapshot {
  /** The agent's own settings, validated, without the policy. */
  own: Settings;
  /** Fields the agent has stored (and that were usable). */
  userFields: Set<SettingKey>;
  loaded: LoadedSettings;
}

async function readPolicy(): Promise<unknown> {
  try {
    return await storage.snapshot('managed');
  } catch {
    return undefined; // Firefox without a policy, or Chrome without managed storage: no team policy.
  }
}

function compose(stored: unknown, policy: unknown): Snapshot {
  const migrated = migrate(stored);
  const { settings: own, problems } = validateSettings(migrated);
  const userFields = new Set<SettingKey>();
  if (isRecord(migrated)) {
    for (const [key, value] of Object.entries(migrated)) {
      if (isSettingKey(key) && validateField(key, value, []) !== undefined) userFields.add(key);
    }
  }
  const team = applyPolicy(own, policy, userFields);
  return {
    own,
    userFields,
    loaded: { settings: team.settings, problems: [...problems, ...team.problems], locked: team.locked, requiredAvoid: team.requiredAvoid },
  };
}

async function snapshot(): Promise<{ snap: Snapshot; policy: unknown }> {
  const [stored, policy] = await Promise.all([settingsItem.getValue(), readPolicy()]);
  return { snap: compose(stored, policy), policy };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return (await snapshot()).snap.loaded;
}

/** JSON with sorted keys, for comparing settings values. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current settings and stores the result, unless it alters a locked field,
 * removes a team phrase, or is invalid: then nothing is stored and `error` says which field.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<UpdateResult> {
  const run = queue.then(() => applyUpdate(change));
  queue = run.catch(() => undefined);
  return run;
}

async function applyUpdate(change: (current: Settings) => Settings): Promise<UpdateResult> {
  const { snap, policy } = await snapshot();
  const current = snap.loaded.settings;
  const next = change(structuredClone(current));
  const { problems } = validateSettings(next);
  if (problems.length > 0) return { ok: false, error: problems.map((p) => p.message).join(' ') };
  const changed = SETTING_KEYS.filter((key) => canonical(next[key]) !== canonical(current[key]));
  const lockedChange = changed.find((key) => snap.loaded.locked.has(key));
  if (lockedChange) return { ok: false, error: `${lockedChange} is set by your team's policy and cannot be changed.` };
  const kept = new Set(next.custom.avoid.map((p) => p.avoid.toLowerCase()));
  const removed = snap.loaded.requiredAvoid.find((p) => !kept.has(p.avoid.toLowerCase()));
  if (removed) return { ok: false, error: `custom.avoid: “${removed.avoid}” is required by your team's policy and cannot be removed.` };

  const required = new Set(snap.loaded.requiredAvoid.map((p) => p.avoid.toLowerCase()));
  const stored: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) {
    if (changed.includes(key)) stored[key] = next[key];
    else if (snap.userFields.has(key)) stored[key] = snap.own[key];
  }
  if (isRecord(stored.custom)) {
    const custom = stored.custom as unknown as Settings['custom'];
    stored.custom = { ...custom, avoid: custom.avoid.filter((p) => !required.has(p.avoid.toLowerCase())) };
  }
  await settingsItem.setValue(stored);
  return { ok: true, ...compose(stored, policy).loaded };
}

/** Forgets the agent's own settings; team values and defaults remain. */
export async function resetSettings(): Promise<LoadedSettings> {
  await settingsItem.removeValue();
  return loadSettings();
}

/** Calls back with freshly loaded settings whenever the agent's or the team's change; returns the unsubscribe. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  let latest = 0;
  let active = true;
  const reload = () => {
    const ticket = ++latest;
    void loadSettings().then((loaded) => {
      if (active && ticket === latest) onChange(loaded);
    });
  };
  const unwatch = [settingsItem.watch(reload), ...POLICY_KEYS.map((key) => storage.watch(`managed:${key}`, reload))];
  return () => {
    active = false;
    for (const stop of unwatch) stop();
  };
}
