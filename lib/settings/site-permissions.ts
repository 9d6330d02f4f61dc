/**
 * Host access for sites the agent adds. The default helpdesks are granted at install; any other site
 * is an optional host permission, asked for when the agent adds it and given back when they remove it.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { CONTENT_SCRIPT_FILE, DEFAULT_SITE_PATTERNS, sitePattern } from './sites';

export function hasSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(host)] });
}

/**
 * Asks for access to `host`. Call it straight from the click handler, before any `await`: Firefox
 * grants a prompt only while the click is being handled.
 */
export function requestSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(host)] });
}

/**
 * Switches coaching on `host` on or off through `save`. Switching on asks for access first, so call it
 * straight from the click handler (see requestSiteAccess); the browser answers at once, with no
 * prompt, when access was already granted. Resolves to 'refused' when the agent declines access,
 * else to what `save` resolved to.
 */
export function switchSite<T>(host: string, on: boolean, save: (change: (current: Settings) => Settings) => Promise<T>): Promise<T | 'refused'> {
  const granted = on ? requestSiteAccess(host).catch(() => false) : Promise.resolve(true);
  return granted.then((ok): Promise<T | 'refused'> | 'refused' => (ok ? save((s) => ({ ...s, sites: { ...s.sites, [host]: on } })) : 'refused'));
}

/** Gives back access to `host`; the default helpdesks' access is part of the install and stays. */
export async function releaseSiteAccess(host: string): Promise<void> {
  const pattern = sitePattern(host);
  if (DEFAULT_SITE_PATTERNS.includes(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] });
}

/** The content script, as the scripting API names extension files. */
export const CONTENT_SCRIPT = `/${CONTENT_SCRIPT_FILE}`;

/**
 * Runs the content script in a tab that was opened before its site was granted. A copy that finds
 * another one already coaching its frame does nothing (entrypoints/bootstrap.ts), so nothing is coached
 * twice. A tab that cannot take scripts (a browser page, a closed tab) is left alone.
 */
export async function startCoachingInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
}
