/** The two Chromium instances a browser benchmark compares: with the extension and without any. */
import type { BrowserContext, Page } from 'playwright-core';
import { extensionDir, launchChromium } from '../../tests/e2e/support/browsers';
import type { FixtureServer } from '../../tests/e2e/support/server';

export interface Variant {
  name: 'with' | 'without';
  context: BrowserContext;
  profile: string;
}

export async function launchVariant(server: FixtureServer, name: Variant['name']): Promise<Variant> {
  const { context, profile } = await launchChromium(server, name === 'with' ? extensionDir('chromium') : null);
  // tsx keeps function names with a `__name` helper the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f;');
  if (name === 'with' && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { name, context, profile };
}

export async function openFixture(page: Page, server: FixtureServer, fixture: string): Promise<void> {
  await page.goto(server.url(fixture), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
}

export async function versionOf(variant: Variant): Promise<string> {
  const page = variant.context.pages()[0] ?? (await variant.context.newPage());
  return (await (await variant.context.newCDPSession(page)).send('Browser.getVersion')).product;
}
