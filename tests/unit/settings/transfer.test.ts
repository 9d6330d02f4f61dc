import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/settings/schema';
import { exportSettings, mergeImport, parseImport } from '../../../lib/settings/transfer';

describe('settings files', () => {
  it('round-trips: an exported file imports to the same settings', () => {
    const settings = { ...defaultSettings(), strictness: 'strict' as const, rules: { 'tone/blame': false } };
    expect(parseImport(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it('imports a version 1 file through the migration', () => {
    const result = parseImport(JSON.stringify({ rules: { 'tone/shouting': false }, requiredSteps: ['apology'], strictness: 'gentle' }));
    expect(result.ok && result.settings).toMatchObject({ version: 2, requiredSteps: ['apology'], strictness: 'gentle' });
  });

  it.each([
    ['not JSON', '{', ''],
    ['not an object', '[1, 2]', ''],
    ['a bad field', JSON.stringify({ version: 2, underlineStyle: 'neon' }), 'underlineStyle'],
    ['an unknown field', JSON.stringify({ version: 2, theme: 'dark' }), 'theme'],
    ['a rule this version does not have', JSON.stringify({ version: 2, rules: { 'tone/blam': false } }), 'rules["tone/blam"]'],
    ['a bad nested entry', JSON.stringify({ version: 2, custom: { avoid: [{ avoid: '' }], empathy: [], apology: [] } }), 'custom.avoid[0].avoid'],
  ])('refuses %s, naming the field', (_what, text, field) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
  });

  it('keeps locked fields and the team phrases when merging an import', () => {
    const current = { ...defaultSettings(), strictness: 'gentle' as const, custom: { avoid: [{ avoid: 'per my last email' }], empathy: [], apology: [] } };
    const imported = { ...defaultSettings(), strictness: 'strict' as const, showShortcutHints: false };
    const { settings, kept } = mergeImport(current, imported, new Set(['strictness']), [{ avoid: 'per my last email' }]);
    expect(kept).toEqual(['strictness']);
    expect(settings.strictness).toBe('gentle');
    expect(settings.showShortcutHints).toBe(false);
    expect(settings.custom.avoid).toEqual([{ avoid: 'per my last email' }]);
  });
});
