/**
 * The privacy promise, checked on what ships and on what the browsers do.
 *
 * - The packages: host access only for the default helpdesks (any other site is an optional
 *   permission asked per site), a strict content security policy for the extension's pages, and no
 *   code in any built file that could make a request or run text as code.
 * - A full session in each browser (typing, the card, applying and undoing a fix, the checklist
 *   panel's insert, and in Chromium the popup and the options page): both browsers use the fixture
 *   server as their proxy, so every request from the pages, the extension's pages and its background
 *   reaches it; the test fails on any request that is not a page asking for a fixture file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_PATTERNS } from '../../lib/settings/sites';
import { BROWSERS, EXTENSION_DIRS, type BrowserName, type Driver } from './support/browsers';
import { PHRASE, SENTENCE, SUGGESTION } from './support/cases';
import { FIXTURES_DIR } from './support/server';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

const COACH_TIMEOUT = 8_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe.each(BROWSERS)('the %s package', (browserName: BrowserName) => {
  const dir = EXTENSION_DIRS[browserName];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for host access to the default helpdesks only, and for any other site only as an option', () => {
    expect(manifest.host_permissions).toEqual([...DEFAULT_SITE_PATTERNS]);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('gives its pages a content security policy that loads only its own files and connects nowhere', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('ships no code that makes a request or turns text into code, and no inline script', () => {
    const scripts = filesUnder(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const api of [/\bfetch\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /\beval\(/, /new Function\(/, /importScripts\(/]) {
        expect(code, `${file.slice(dir.length)} uses ${api.source}`).not.toMatch(api);
      }
    }
    for (const page of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      expect([...html.matchAll(/<script\b([^>]*)>/g)].every((m) => /\bsrc=/.test(m[1]!)), `${page} has an inline script`).toBe(true);
    }
  });
});

/** Paths a page may ask the fixture server for: fixture pages, their bundles and styles, vendored files. */
function isFixtureFile(path: string): boolean {
  if (path === '/favicon.ico' || path.startsWith('/vendor/')) return true;
  const name = path.slice(1);
  const fixtures = readdirSync(FIXTURES_DIR);
  return fixtures.includes(name) || fixtures.some((f) => /\.tsx?$/.test(f) && name.startsWith(f.replace(/\.tsx?$/, '.js')));
}

async function fullSession(driver: Driver): Promise<void> {
  await driver.open('textarea.html');
  await driver.focus(['#reply']);
  await driver.type(SENTENCE);
  await driver.waitForText((t) => t.includes(SENTENCE), 'the sentence');
  await driver.waitForOverlay((s) => s.underlines.some((u) => u.ruleId === 'tone/blame'), 'the blame underline', COACH_TIMEOUT);
  await driver.clickText(['#reply'], PHRASE);
  const card = await driver.waitForOverlay((s) => s.cards.find((c) => c.buttons[0]?.rect), 'the card', COACH_TIMEOUT);
  const apply = card.buttons[0]!.rect!;
  await driver.clickAt(apply.x + apply.width / 2, apply.y + apply.height / 2);
  await driver.waitForText((t) => t.includes(SUGGESTION), 'the applied suggestion');
  await driver.press('Control+z');
  await driver.waitForText((t) => t.includes(SENTENCE), 'the undo');
  const badge = await driver.waitForOverlay((s) => s.badges.find((b) => b.rect), 'the badge', COACH_TIMEOUT);
  await driver.press('End');
  await driver.clickAt(badge.rect!.x + badge.rect!.width / 2, badge.rect!.y + badge.rect!.height / 2);
  const before = await driver.getText();
  await driver.clickInOverlay('[data-defuse-insert]', 'an insert button in the checklist panel');
  await driver.waitForText((t) => t.length > before.length, 'the inserted phrase');
}

describe.each(BROWSERS)('a full session in %s', (browserName) => {
  const suite = browserSuite(browserName);

  it('makes no request but pages asking the fixture server for fixture files', async () => {
    await fullSession(suite.driver);
    if (browserName === 'chromium') {
      // Firefox's WebDriver BiDi cannot open moz-extension:// pages (see settings.e2e.ts).
      const options = await suite.driver.openExtensionPage('options.html');
      await options.click('[data-rule-switch="tone/shouting"]');
      await options.waitFor(`chrome.storage.sync.get('settings').then((s) => s.settings?.rules?.['tone/shouting'] === false)`, 'the saved switch');
      const popup = await suite.driver.openExtensionPage('popup.html');
      await popup.waitFor(`document.querySelector('main')`, 'the popup');
      await options.evaluate(`chrome.storage.sync.clear()`);
      await popup.close();
      await options.close();
    }
    const seen = suite.server.requests.slice(suite.firstRequest);
    expect(seen.length).toBeGreaterThan(0);
    const unexpected = seen.filter((r) => r.method !== 'GET' || r.host !== suite.server.host || !isFixtureFile(new URL(r.url).pathname));
    expect(unexpected.filter((r) => !r.housekeeping)).toEqual([]);
    expect(suite.driver.consoleErrors).toEqual([]);
  });

  itContactedOnlyTheFixtureServer(suite);
});
