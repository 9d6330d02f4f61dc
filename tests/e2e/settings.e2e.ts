/**
 * Settings reach open tabs live.
 *
 * Both browsers: "Turn off this rule" on a card in one tab goes through storage to every other open
 * tab, which drops that rule's underlines without a reload.
 *
 * Chromium, through the extension's own pages:
 * - turning a rule off in the options page removes its underlines in an open tab, and on brings them back;
 * - the popup (popup.html in a tab of its own, pointed at the fixture's tab with ?tab=) shows the
 *   draft's score and steps and follows the draft as the agent types;
 * - switching the site off from the popup stops coaching in the tab; on starts it again.
 * Firefox's WebDriver BiDi cannot open or even list moz-extension:// pages (navigating to one is
 * refused as "not allowed in this context", and an options tab the extension opens itself is not
 * listed), so in Firefox the popup and options documents are covered by the happy-dom component
 * tests and the settings flow by the cross-tab test here.
 * Chromium's team-policy test (a real policy file) is in policy.e2e.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, type ExtensionPage } from './support/browsers';
import { PHRASE, SENTENCE } from './support/cases';
import { FIXTURE_HOSTNAME } from './support/server';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

const COACH_TIMEOUT = 8_000;
/** The extension API in an extension page of either browser. */
const API = '(globalThis.browser ?? globalThis.chrome)';

const hasBlame = (driver: Driver) => driver.overlay().then((s) => s.underlines.some((u) => u.ruleId === 'tone/blame'));

/** Opens the textarea fixture and types the blame sentence; returns once it is underlined. */
async function typeBlame(driver: Driver): Promise<void> {
  await driver.open('textarea.html');
  await driver.focus(['#reply']);
  await driver.type(SENTENCE);
  await driver.waitForOverlay((s) => s.underlines.some((u) => u.ruleId === 'tone/blame'), 'the blame underline', COACH_TIMEOUT);
}

/** The id of the fixture page's tab, asked from an extension page. */
async function fixtureTabId(page: ExtensionPage): Promise<number> {
  return page.waitFor<number>(`${API}.tabs.query({ url: '*://${FIXTURE_HOSTNAME}/*' }).then((tabs) => tabs[0]?.id)`, "the fixture tab's id");
}

describe.each(BROWSERS)('settings across tabs in %s', (browserName) => {
  const suite = browserSuite(browserName);

  it('"Turn off this rule" in one tab removes that rule\'s underline in another open tab', async () => {
    const { driver } = suite;
    await typeBlame(driver);
    await driver.openTab();
    await typeBlame(driver);
    await driver.clickText(['#reply'], PHRASE);
    await driver.clickInOverlay('[data-defuse-action="disable-rule"]', 'the card\'s "Turn off this rule" button');
    await driver.until(async () => !(await hasBlame(driver)), { message: 'the underline gone in this tab', timeout: COACH_TIMEOUT });

    await driver.useTab(0);
    await driver.until(async () => !(await hasBlame(driver)), { message: 'the underline gone in the first tab', timeout: COACH_TIMEOUT });
    expect(await driver.getText(), 'the text is untouched').toContain(SENTENCE);
    expect(driver.consoleErrors).toEqual([]);
  });

  itContactedOnlyTheFixtureServer(suite);
});

describe('extension pages in chromium', () => {
  const suite = browserSuite('chromium');
  const opened: ExtensionPage[] = [];
  const open = async (path: string) => {
    const page = await suite.driver.openExtensionPage(path);
    opened.push(page);
    return page;
  };
  afterEach(async () => {
    expect(suite.driver.consoleErrors, 'console errors in the page or the extension pages').toEqual([]);
    for (const page of opened.splice(0)) {
      await page.evaluate(`${API}.storage.sync.clear()`);
      await page.close();
    }
    await suite.driver.bringToFront();
  });

  it('turning a rule off in the options page removes its underline in an open tab, and on brings it back', async () => {
    const { driver } = suite;
    await typeBlame(driver);
    const options = await open('options.html');
    await options.waitFor(`document.querySelector('[data-rule-switch="tone/blame"]')?.checked === true`, 'the blame switch on');
    await options.click('[data-rule-switch="tone/blame"]');
    await driver.until(async () => !(await hasBlame(driver)), { message: 'the blame underline to go', timeout: COACH_TIMEOUT });
    expect(await driver.getText(), 'the text is untouched').toContain(SENTENCE);

    await options.click('[data-rule-switch="tone/blame"]');
    await driver.until(() => hasBlame(driver), { message: 'the blame underline back', timeout: COACH_TIMEOUT });
  });

  it('the popup shows the live checklist of the draft in the page', async () => {
    const { driver } = suite;
    await typeBlame(driver);
    const probe = await open('options.html');
    const tabId = await fixtureTabId(probe);
    const popup = await open(`popup.html?tab=${tabId}`);
    const score = await popup.waitFor<string>(`document.querySelector('[data-score]')?.getAttribute('data-score')`, 'the score');
    const badge = (await driver.overlay()).badges[0];
    expect(Number(score)).toBeGreaterThanOrEqual(0);
    const steps = await popup.evaluate<Array<[string, string]>>(
      `[...document.querySelectorAll('[data-step]')].map((li) => [li.getAttribute('data-step'), li.getAttribute('data-done')])`,
    );
    expect(steps.map(([id]) => id)).toEqual(['acknowledge', 'empathy', 'apology', 'ownership', 'solution', 'follow-up']);
    expect(steps.filter(([, done]) => done === 'true')).toHaveLength(badge?.stepsDone ?? -1);
    expect(await popup.evaluate(`document.querySelector('[data-category="blame"]')?.textContent`)).toBe('Blame: 1');
    expect(await popup.evaluate(`document.querySelector('[data-step="apology"]').getAttribute('data-done')`)).toBe('false');
    // The toolbar badge of that tab counts the missing required steps plus the problems.
    const missing = steps.filter(([, done]) => done === 'false').length;
    await probe.waitFor(`chrome.action.getBadgeText({ tabId: ${tabId} }).then((text) => text === '${missing + 1}')`, `the toolbar badge to read ${missing + 1}`);

    // The agent goes on typing in the page: the open popup follows.
    await driver.bringToFront();
    await driver.focus(['#reply']);
    await driver.press('End');
    await driver.type(' I am so sorry about this.');
    await popup.waitFor(`document.querySelector('[data-step="apology"]')?.getAttribute('data-done') === 'true'`, 'the apology step done in the popup', COACH_TIMEOUT);
    expect(await driver.getText()).toContain(PHRASE);
  });

  it('the content script run again in a coached tab (as when a site is added) coaches it once', async () => {
    const { driver } = suite;
    await typeBlame(driver);
    const probe = await open('options.html');
    const tabId = await fixtureTabId(probe);
    for (let i = 0; i < 2; i++) {
      await probe.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId}, allFrames: true }, files: ['/bootstrap.js'] })`);
    }
    await driver.bringToFront();
    await driver.focus(['#reply']);
    await driver.press('End');
    await driver.type(' Thanks.');
    await driver.waitForText((t) => t.endsWith('Thanks.'), 'the typing');
    const snapshot = await driver.waitForOverlay((s) => (s.underlines.some((u) => u.ruleId === 'tone/blame') ? s : null), 'the blame underline', COACH_TIMEOUT);
    expect(snapshot.overlaysPerDoc).toEqual([1]);
    expect(snapshot.underlines.filter((u) => u.ruleId === 'tone/blame')).toHaveLength(1);
    expect(snapshot.badges).toHaveLength(1);
  });

  it('switching the site off from the popup stops coaching in the tab, and on starts it again', async () => {
    const { driver } = suite;
    await typeBlame(driver);
    const probe = await open('options.html');
    const popup = await open(`popup.html?tab=${await fixtureTabId(probe)}`);
    await popup.waitFor(`document.querySelector('[data-site-switch]')?.checked === true`, 'the site switch on');
    await popup.click('[data-site-switch]');
    await driver.until(async () => (await driver.overlay()).overlays === 0, { message: 'the overlay gone', timeout: COACH_TIMEOUT });
    expect(await driver.run((h) => h.resolve(['#reply'])?.getAttribute('data-defuse') ?? null, null)).toBeNull();
    await popup.waitFor(`document.querySelector('[data-popup-hint="off"]')`, 'the popup saying coaching is off');
    expect(await driver.getText()).toContain(SENTENCE);

    await popup.click('[data-site-switch]');
    await driver.until(() => hasBlame(driver), { message: 'the blame underline back', timeout: COACH_TIMEOUT });
  });

  itContactedOnlyTheFixtureServer(suite);
});
