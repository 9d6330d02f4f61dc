import { describe, expect, it } from 'vitest';
import { migrate } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, validateSettings } from '../../../lib/settings/schema';

describe('migrate', () => {
  it('brings a version 1 object (no version) to version 2, keeping its fields, and validates cleanly', () => {
    const v1 = { rules: { 'tone/blame': false }, requiredSteps: ['acknowledge', 'solution'], strictness: 'gentle' };
    const migrated = migrate(v1);
    expect(migrated).toEqual({ ...v1, version: 2 });
    expect(v1).not.toHaveProperty('version');
    const { settings, problems } = validateSettings(migrated);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...v1, version: 2 });
  });

  it('leaves current, newer and non-object values for validation to judge', () => {
    const v2 = { version: 2, strictness: 'strict' };
    expect(migrate(v2)).toBe(v2);
    expect(migrate({ version: 9 })).toEqual({ version: 9 });
    expect(migrate(undefined)).toBeUndefined();
    expect(migrate('x')).toBe('x');
  });
});
