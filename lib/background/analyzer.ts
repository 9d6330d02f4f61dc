/** Runs the analyzer script in the frame whose content script asked for it (see lib/coach/analyzer-loader.ts). */
import { browser } from 'wxt/browser';

const ANALYZER_SCRIPT = '/analyzer.js';

export async function loadAnalyzerInto(tabId: number, frameId: number): Promise<true> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYZER_SCRIPT] });
  return true;
}
