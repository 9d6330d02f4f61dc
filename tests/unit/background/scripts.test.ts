import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { loadScriptInto } = await import('../../../lib/background/scripts');

describe('running a script in the asking frame', () => {
  it.each([
    ['analyzer', '/analyzer.js'],
    ['coach', '/coach.js'],
  ] as const)('runs the %s from %s in that tab and frame only', async (script, file) => {
    const execute = vi.fn(async () => []);
    Object.assign(fakeBrowser.scripting, { executeScript: execute });
    await expect(loadScriptInto(7, 3, script)).resolves.toBe(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [file] });
  });
});
