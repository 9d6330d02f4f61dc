/**
 * Stored settings move forward one numbered step at a time. Version 1 (before versions were stored)
 * was `{ rules, requiredSteps, strictness }`; version 2 adds `version` and the fields whose defaults
 * `validateSettings` fills in. Anything that is not an object, or is newer than we know, passes
 * through untouched for validation to judge.
 */
import { isRecord } from './problems';
import { SETTINGS_VERSION } from './schema';

type Stored = Record<string, unknown>;

/** `MIGRATIONS[n]` turns version n into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (from: Stored) => Stored>> = {
  1: (v1) => ({ ...v1, version: 2 }),
};

export function storedVersion(raw: Stored): number {
  return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : 1;
}

export function migrate(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let current: Stored = raw;
  for (let version = storedVersion(current); version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
  }
  return current;
}
