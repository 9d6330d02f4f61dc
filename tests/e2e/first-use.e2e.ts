/**
 * The coach is loaded on first use: a helpdesk page the agent leaves alone runs only the small
 * content script (no editor marked, no overlay, in Chromium no coach in the extension's world), and
 * the first click into an editor starts coaching, TinyMCE's editor iframe included. Opening the popup
 * on such a page (Chromium) loads the coach too, and the popup shows the site as coached.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserName, type Driver } from './support/browsers';
import { FIXTURES, PHRASE, SENTENCE } from './support/cases';
import type { Path } from './support/page-helpers';
import { FIXTURE_HOSTNAME } from './support/server';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

const COACH_TIMEOUT = 15_000;
const TINYMCE = FIXTURES.find((f) => f.page === 'tinymce.html')!;

/**
 * Opens a page and waits until Defuse's content script has run in it. The script leaves no trace a
 * page could see, so Chromium reads the extension's world from one of its pages; Firefox (whose
 * extension pages BiDi cannot open) waits for the load, after which it runs document_idle scripts.
 */
async function openAndLeaveAlone(driver: Driver, browserName: BrowserName, page: string): Promise<void> {
  driver.clearLogs();
  await driver.open(page);
  if (browserName === 'chromium') await inExtensionWorld(driver, 'defuse.content-script', { wait: true });
  else await driver.waitFor(() => document.readyState === 'complete', null, { message: 'the page loaded' });
  // The agent reads the ticket: clicks and keys outside any editor are not a use of one.
  await driver.click(['h1']);
  await driver.press('PageDown');
  await driver.run(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))), null);
}

/** What shows of Defuse in the page: editors marked and overlays, in every same-origin document. */
function traces(driver: Driver) {
  return driver.run(
    (h) => ({
      marked: h.documents().reduce((n, doc) => n + doc.querySelectorAll('[data-defuse]').length, 0),
      overlays: h.documents().reduce((n, doc) => n + doc.querySelectorAll('defuse-overlay').length, 0),
    }),
    null,
  );
}

/**
 * Whether the fixture tab's top frame holds one of Defuse's scripts (the global it leaves under
 * `Symbol.for(key)`), read in the extension's world from one of its pages (Chromium).
 */
async function inExtensionWorld(driver: Driver, key: 'defuse.coach' | 'defuse.content-script', options = { wait: false }): Promise<boolean> {
  const probe = await driver.openExtensionPage('options.html');
  const read = `chrome.tabs.query({ url: '*://${FIXTURE_HOSTNAME}/*' })
    .then(([tab]) => chrome.scripting.executeScript({ target: { tabId: tab.id }, func: (k) => globalThis[Symbol.for(k)] !== undefined, args: [${JSON.stringify(key)}] }))
    .then(([result]) => result.result)`;
  try {
    if (!options.wait) return await probe.evaluate<boolean>(read);
    return await probe.waitFor<boolean>(read, `${key} in the page's frame`, COACH_TIMEOUT);
  } finally {
    await probe.close();
    await driver.bringToFront();
  }
}

async function typeAndSeeUnderline(driver: Driver, editor: Path): Promise<void> {
  await driver.press('End');
  await driver.type(` ${SENTENCE}`);
  await driver.waitForText((t) => t.includes(SENTENCE), 'the typed sentence');
  await driver.waitForOverlay((s) => s.underlines.some((u) => u.ruleId === 'tone/blame'), `the blame underline under "${PHRASE}" in ${JSON.stringify(editor)}`, COACH_TIMEOUT);
}

describe.each(BROWSERS)('first use in %s', (browserName) => {
  const suite = browserSuite(browserName);

  it('a helpdesk page left alone gets no coach; clicking into the editor starts it', async () => {
    const { driver } = suite;
    await openAndLeaveAlone(driver, browserName, 'textarea.html');
    expect(await traces(driver)).toEqual({ marked: 0, overlays: 0 });
    if (browserName === 'chromium') expect(await inExtensionWorld(driver, 'defuse.coach')).toBe(false);
    // Nor a message: one naming the extension (as WXT's content scripts send on start) lets a page detect Defuse.
    expect(await driver.run(() => window.messages, null)).toEqual([]);

    await driver.click(['#reply']);
    await driver.waitFor((h) => h.resolve(['#reply'])?.getAttribute('data-defuse') === 'on', null, { message: 'the clicked textarea coached', timeout: COACH_TIMEOUT });
    if (browserName === 'chromium') expect(await inExtensionWorld(driver, 'defuse.coach')).toBe(true);
    await driver.click(['#reply']);
    await typeAndSeeUnderline(driver, ['#reply']);
    expect(driver.consoleErrors).toEqual([]);
  });

  it("focus moving into TinyMCE's editor iframe starts coaching there", async () => {
    const { driver } = suite;
    await openAndLeaveAlone(driver, browserName, TINYMCE.page);
    expect(await traces(driver)).toEqual({ marked: 0, overlays: 0 });

    await driver.click(TINYMCE.editor);
    await driver.waitFor((h, p) => h.resolve(p)?.getAttribute('data-defuse') === 'on', TINYMCE.editor, { message: "TinyMCE's editor coached", timeout: COACH_TIMEOUT });
    await typeAndSeeUnderline(driver, TINYMCE.editor);
    expect(driver.consoleErrors).toEqual([]);
  });

  // Chromium only: Firefox's WebDriver BiDi cannot open extension pages (see settings.e2e.ts); the
  // bootstrap's answer to the popup is covered in both by tests/dom/coach/bootstrap.test.ts.
  it.runIf(browserName === 'chromium')('the popup opened on a page nobody has written in yet loads the coach and shows the site coached', async () => {
    const { driver } = suite;
    await openAndLeaveAlone(driver, browserName, 'textarea.html');
    const probe = await driver.openExtensionPage('options.html');
    const tabId = await probe.waitFor<number>(`chrome.tabs.query({ url: '*://${FIXTURE_HOSTNAME}/*' }).then((tabs) => tabs[0]?.id)`, "the fixture tab's id");
    await probe.close();
    const popup = await driver.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await popup.waitFor(`document.querySelector('[data-popup-hint="no-editor"]')`, 'the popup saying no reply is being written', COACH_TIMEOUT);
      expect(await popup.evaluate(`document.querySelector('[data-popup-hint="reload"]')`)).toBeNull();
    } finally {
      await popup.close();
      await driver.bringToFront();
    }
    expect(await inExtensionWorld(driver, 'defuse.coach')).toBe(true);
  });

  itContactedOnlyTheFixtureServer(suite);
});
