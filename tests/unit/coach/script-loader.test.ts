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
  return import('../../../lib/coach/script-loader');
}

describe('loading an unlisted script into a frame', () => {
  afterEach(() => {
    world[KEY] = analyze;
    vi.restoreAllMocks();
  });

  it('asks the background once, however many callers ask at the same time', async () => {
    const { loadScript, loadedScript } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      world[KEY] = analyze; // what the background's injected script does
      return true;
    });
    expect(loadedScript('analyzer')).toBeNull();
    const [a, b] = await Promise.all([loadScript('analyzer'), loadScript('analyzer')]);
    expect(a).toBe(analyze);
    expect(b).toBe(analyze);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'defuse/load-script', script: 'analyzer' });
  });

  it('tries again on the next call after a failed load', async () => {
    const { loadScript } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect(loadScript('analyzer')).rejects.toThrow('Could not establish connection');
    send.mockImplementation(async () => {
      world[KEY] = analyze;
      return true;
    });
    await expect(loadScript('analyzer')).resolves.toBe(analyze);
  });

  it('says so when the script ran but left nothing', async () => {
    const { loadScript } = await freshLoader();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(loadScript('coach')).rejects.toThrow('the coach script did not start');
  });

  it('finds what the script provided, under its own name only', async () => {
    const { loadedScript, provideScript } = await freshLoader();
    provideScript('analyzer', analyze);
    expect(loadedScript('analyzer')).toBe(analyze);
    expect(loadedScript('coach')).toBeNull();
  });
});
