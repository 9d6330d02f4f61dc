/** Runs an unlisted script in the frame whose content script asked for it (see lib/coach/script-loader.ts). */
import { browser, type PublicPath } from 'wxt/browser';
import type { UnlistedScript } from '../messaging/protocol';

/** Where WXT writes each unlisted script (entrypoints/<name>.ts). */
export const SCRIPT_FILES = {
  analyzer: '/analyzer.js',
  coach: '/coach.js',
} as const satisfies Record<UnlistedScript, PublicPath>;

export async function loadScriptInto(tabId: number, frameId: number, script: UnlistedScript): Promise<true> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SCRIPT_FILES[script]] });
  return true;
}
