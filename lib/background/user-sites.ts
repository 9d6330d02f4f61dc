/**
 * Coaching on sites the agent added: the manifest's content script covers only the default helpdesks,
 * so the background registers the same script for every other site the agent granted, and injects it
 * into that site's open tabs at once (no reload of the page or of the extension).
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT, startCoachingInTab } from '../settings/site-permissions';
import { DEFAULT_SITE_PATTERNS, siteOfPattern } from '../settings/sites';

const SCRIPT_ID = 'defuse-user-sites';

async function userSitePatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => siteOfPattern(o) !== null && !DEFAULT_SITE_PATTERNS.includes(o)).sort();
}

/** Makes the registered script cover exactly the granted user sites. */
export async function syncUserSites(): Promise<void> {
  const matches = await userSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: [CONTENT_SCRIPT], matches, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Starts coaching in the open tabs of newly granted sites. */
export async function injectInto(origins: readonly string[]): Promise<void> {
  const patterns = origins.filter((o) => siteOfPattern(o) !== null);
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : startCoachingInTab(tab.id))));
}
