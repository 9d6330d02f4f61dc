/**
 * The analyzer (and compromise, its language model: most of its size and start-up time) is not part
 * of the content script. It is a script of its own (entrypoints/analyzer.ts) that the background runs
 * in this frame, in the extension's isolated world, when an editor is first used here. A page without
 * a reply being written never pays for it, and nothing about it is web-accessible for pages to probe.
 */
import { browser } from 'wxt/browser';
import type { analyze } from '../analyzer/analyze';
import type { LoadAnalyzerRequest } from '../messaging/protocol';

export type Analyze = typeof analyze;

/** Where the analyzer script leaves its entry point (a global of the isolated world, not of the page). */
export const ANALYZER_KEY = Symbol.for('defuse.analyzer');

type World = { [ANALYZER_KEY]?: Analyze };

let loading: Promise<Analyze> | null = null;

/** The analyzer if it is loaded in this frame, else null. */
export function loadedAnalyzer(): Analyze | null {
  return (globalThis as World)[ANALYZER_KEY] ?? null;
}

/** Loads the analyzer once per frame; a failed load is tried again on the next call. */
export function loadAnalyzer(): Promise<Analyze> {
  loading ??= (async () => {
    if (!loadedAnalyzer()) {
      const request: LoadAnalyzerRequest = { type: 'defuse/load-analyzer' };
      await browser.runtime.sendMessage(request);
    }
    const analyzer = loadedAnalyzer();
    if (!analyzer) throw new Error('the analyzer script did not start');
    return analyzer;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
