import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/analyzer/analyze';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const KEY = Symbol.for('defuse.analyzer');
const world = globalThis as { [KEY]?: unknown };

/** A fresh copy of the loader module with no analyzer in this "frame" yet. */
async function freshLoader() {
  vi.resetModules();
  delete world[KEY];
  return import('../../../lib/coach/analyzer-loader');
}

describe('loading the analyzer into a frame', () => {
  afterEach(() => {
    world[KEY] = analyze;
    vi.restoreAllMocks();
  });

  it('asks the background once, however many editors ask at the same time', async () => {
    const { loadAnalyzer, loadedAnalyzer } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      world[KEY] = analyze; // what the background's injected script does
      return true;
    });
    expect(loadedAnalyzer()).toBeNull();
    const [a, b] = await Promise.all([loadAnalyzer(), loadAnalyzer()]);
    expect(a).toBe(analyze);
    expect(b).toBe(analyze);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'defuse/load-analyzer' });
  });

  it('tries again on the next call after a failed load', async () => {
    const { loadAnalyzer } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect(loadAnalyzer()).rejects.toThrow('Could not establish connection');
    send.mockImplementation(async () => {
      world[KEY] = analyze;
      return true;
    });
    await expect(loadAnalyzer()).resolves.toBe(analyze);
  });

  it('says so when the script ran but left no analyzer', async () => {
    const { loadAnalyzer } = await freshLoader();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(loadAnalyzer()).rejects.toThrow('the analyzer script did not start');
  });
});
