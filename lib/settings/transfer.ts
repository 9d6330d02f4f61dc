/**
 * Settings as a JSON file, to move them between browsers or hand them to a team. An import is all or
 * nothing: any damaged field refuses the whole file, with each problem naming its field, so a file
 * never half-replaces what the agent had.
 */
import { RULES } from '../analyzer/rules';
import type { CustomPhrase } from '../analyzer/types';
import { migrate } from './migrations';
import type { SettingsProblem } from './problems';
import { SETTING_KEYS, validateSettings, type SettingKey, type Settings } from './schema';

/** Far above any real settings file; stops a wrong file (a video, a log) from being read into memory. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

export function parseImport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ field: '', message: `The file is not JSON (${error instanceof Error ? error.message : String(error)}).` }] };
  }
  const { settings, problems } = validateSettings(migrate(raw));
  // Stored settings keep a rule id they do not know (a newer version's); a file is checked strictly.
  const known = new Set(RULES.map((r) => r.id));
  for (const id of Object.keys(settings.rules).filter((id) => !known.has(id))) {
    problems.push({ field: `rules["${id}"]`, message: `rules["${id}"] is not a rule of this version of Defuse.` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}

/**
 * `imported` on top of `current`, except what a team policy decides: locked fields keep their team
 * value and the team's required phrases stay. Returns the result and the fields left as they were.
 */
export function mergeImport(current: Settings, imported: Settings, locked: ReadonlySet<SettingKey>, requiredAvoid: readonly CustomPhrase[]): { settings: Settings; kept: SettingKey[] } {
  const next = structuredClone(current);
  const kept: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (locked.has(key)) kept.push(key);
    else (next as unknown as Record<string, unknown>)[key] = structuredClone(imported[key]);
  }
  if (!locked.has('custom')) {
    const have = new Set(next.custom.avoid.map((p) => p.avoid.toLowerCase()));
    next.custom.avoid = [...requiredAvoid.filter((p) => !have.has(p.avoid.toLowerCase())), ...next.custom.avoid];
  }
  return { settings: next, kept };
}
