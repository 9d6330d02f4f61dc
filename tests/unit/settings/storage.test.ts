import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { loadSettings, resetSettings, updateSettings, watchSettings } = await import('../../../lib/settings/storage');
const { DEFAULT_SETTINGS } = await import('../../../lib/settings/schema');

const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults when nothing is stored, with no problems and nothing locked', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [], locked: new Set(), requiredAvoid: [] });
  });

  it('migrates a stored version 1 object and reports damaged fields', async () => {
    await fakeBrowser.storage.sync.set({ settings: { rules: { 'tone/blame': false }, requiredSteps: ['solution'], strictness: 'shouty' } });
    const { settings, problems } = await loadSettings();
    expect(settings).toMatchObject({ version: 2, rules: { 'tone/blame': false }, requiredSteps: ['solution'], strictness: 'standard' });
    expect(problems.map((p) => p.field)).toEqual(['strictness']);
  });

  it('survives a browser without managed storage (Firefox with no policy)', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    get.mockRestore();
  });

  it('stores only the fields the agent changed, and applies the policy on load', async () => {
    await setPolicy({ settings: { strictness: 'strict', underlineStyle: 'subtle' }, locked: ['strictness'] });
    const result = await updateSettings((s) => ({ ...s, showShortcutHints: false }));
    expect(result.ok).toBe(true);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ version: 2, showShortcutHints: false });
    const { settings, locked } = await loadSettings();
    expect(settings).toMatchObject({ strictness: 'strict', underlineStyle: 'subtle', showShortcutHints: false });
    expect(locked).toEqual(new Set(['strictness']));
  });

  it('refuses to change a locked field, naming it, and stores nothing', async () => {
    await setPolicy({ settings: { strictness: 'strict' }, locked: ['strictness', 'rules'] });
    expect(await updateSettings((s) => ({ ...s, strictness: 'gentle' }))).toEqual({
      ok: false,
      error: "strictness is set by your team's policy and cannot be changed.",
    });
    const refused = await updateSettings((s) => ({ ...s, rules: { 'tone/blame': false } }));
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^rules is set by your team's policy/) });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });

  it('refuses to remove a required phrase, and keeps it out of the agent’s stored list', async () => {
    await setPolicy({ requiredAvoid: [{ avoid: 'calm down' }] });
    const removed = await updateSettings((s) => ({ ...s, custom: { ...s.custom, avoid: [] } }));
    expect(removed).toEqual({ ok: false, error: "custom.avoid: “calm down” is required by your team's policy and cannot be removed." });
    const added = await updateSettings((s) => ({ ...s, custom: { ...s.custom, avoid: [...s.custom.avoid, { avoid: 'obviously' }] } }));
    expect(added.ok && added.settings.custom.avoid).toEqual([{ avoid: 'calm down' }, { avoid: 'obviously' }]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ custom: { avoid: [{ avoid: 'obviously' }] } });
  });

  it('refuses an invalid change with the validation message', async () => {
    const result = await updateSettings((s) => ({ ...s, rules: { 'custom/avoid': false } }));
    expect(result).toEqual({ ok: false, error: 'rules["custom/avoid"] is not a rule id (like "tone/blame") and is ignored.' });
  });

  it('resets to team values and defaults', async () => {
    await setPolicy({ settings: { underlineStyle: 'subtle' } });
    await updateSettings((s) => ({ ...s, underlineStyle: 'by-severity', strictness: 'strict' }));
    expect((await loadSettings()).settings.underlineStyle).toBe('by-severity');
    const { settings } = await resetSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, underlineStyle: 'subtle' });
  });

  it('watch fires on the agent’s changes and on policy changes, and stops when unsubscribed', async () => {
    const seen: string[] = [];
    const fired = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const stop = watchSettings(({ settings, locked }) => seen.push(`${settings.strictness}${locked.size ? ' locked' : ''}`));
    await updateSettings((s) => ({ ...s, strictness: 'gentle' }));
    await fired();
    await setPolicy({ settings: { strictness: 'strict' }, locked: ['strictness'] });
    await fired();
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fired();
    stop();
    await setPolicy({ locked: [] });
    await fired();
    expect(seen).toEqual(['gentle', 'strict locked']);
  });
});
