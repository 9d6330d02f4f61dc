/**
 * The parts of Defuse that are not in the content script: the coach (Preact, settings, discovery,
 * overlay: lib/coach/start.ts) and the analyzer (compromise, its language model, most of the size).
 * Each is a script of its own (entrypoints/coach.ts, entrypoints/analyzer.ts) that the background runs
 * in the asking frame, in the extension's isolated world, the first time that frame needs it
 * (lib/background/scripts.ts). The script leaves its entry point under a symbol of that world's global
 * object, where this module finds it. A page nobody writes in pays for neither, and nothing about them
 * is web-accessible for pages to probe.
 */
import { browser } from 'wxt/browser';
import type { analyze } from '../analyzer/analyze';
import type { LoadScriptRequest, UnlistedScript } from '../messaging/protocol';
import type { startCoaching } from './start';

/** What each script leaves behind. */
export interface ScriptExports {
  analyzer: typeof analyze;
  coach: typeof startCoaching;
}

export type Analyze = ScriptExports['analyzer'];

/** Globals of the isolated world, not of the page: a page cannot read or plant them. */
const KEYS: Record<UnlistedScript, symbol> = {
  analyzer: Symbol.for('defuse.analyzer'),
  coach: Symbol.for('defuse.coach'),
};

type World = Partial<Record<symbol, unknown>>;

const loading = new Map<UnlistedScript, Promise<unknown>>();

/** Called by the script itself when the background runs it. */
export function provideScript<S extends UnlistedScript>(script: S, exports: ScriptExports[S]): void {
  (globalThis as World)[KEYS[script]] = exports;
}

/** The script's entry point if it is loaded in this frame, else null. */
export function loadedScript<S extends UnlistedScript>(script: S): ScriptExports[S] | null {
  return ((globalThis as World)[KEYS[script]] as ScriptExports[S] | undefined) ?? null;
}

/** Loads a script once per frame, however many ask at once; a failed load is tried again on the next call. */
export function loadScript<S extends UnlistedScript>(script: S): Promise<ScriptExports[S]> {
  const pending = loading.get(script);
  if (pending) return pending as Promise<ScriptExports[S]>;
  const load = (async () => {
    if (!loadedScript(script)) {
      const request: LoadScriptRequest = { type: 'defuse/load-script', script };
      await browser.runtime.sendMessage(request);
    }
    const exports = loadedScript(script);
    if (!exports) throw new Error(`the ${script} script did not start`);
    return exports;
  })();
  loading.set(script, load);
  load.catch(() => loading.delete(script));
  return load;
}
