/**
 * A team policy, for real: a policy file in Chromium's managed-policy folder sets and locks settings
 * and adds a required phrase. The page follows the team values, the options page and the popup show
 * them as locked, and a change written to storage behind the UI's back does not unlock anything.
 * Firefox reads the same policy from policies.json (README, "Team policy"); writing that file would
 * change every Firefox on the machine, so it is not done from tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, type ExtensionPage } from './support/browsers';
import { canWritePolicies, unpackedExtensionId, writeExtensionPolicy } from './support/policy';
import { FIXTURE_HOSTNAME } from './support/server';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

const COACH_TIMEOUT = 8_000;
const POLICY = {
  settings: { strictness: 'strict', rules: { 'tone/blame': false } },
  locked: ['rules', 'strictness'],
  requiredAvoid: [{ avoid: 'calm down', replacement: 'I hear you', note: 'Our team never tells customers to calm down.' }],
};
const EXTENSION_ID = unpackedExtensionId(EXTENSION_DIRS.chromium);
const writable = await canWritePolicies();

// Skipped only where the policy folder cannot be written (not root): then no policy can be set at all.
describe.skipIf(!writable)('a team policy in chromium', () => {
  let removePolicy: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    removePolicy = await writeExtensionPolicy(EXTENSION_ID, POLICY);
  });
  afterAll(async () => removePolicy?.());
  const suite = browserSuite('chromium');
  const opened: ExtensionPage[] = [];
  afterAll(async () => {
    for (const page of opened) await page.close();
  });
  const open = async (path: string) => {
    const page = await suite.driver.openExtensionPage(path);
    opened.push(page);
    return page;
  };

  it('applies to the page: the locked-off rule is silent and the team phrase is flagged', async () => {
    const { driver } = suite;
    expect(driver.extensionId, 'the policy was written for this extension').toBe(EXTENSION_ID);
    await driver.open('textarea.html');
    await driver.focus(['#reply']);
    await driver.type('Please calm down. You should have restarted the router.');
    const snapshot = await driver.waitForOverlay((s) => (s.underlines.some((u) => u.ruleId?.startsWith('custom/')) ? s : null), 'the team phrase underlined', COACH_TIMEOUT);
    expect(snapshot.underlines.map((u) => u.ruleId)).not.toContain('tone/blame');
  });

  it('shows the locked settings as locked in the options page and the popup', async () => {
    const options = await open('options.html');
    await options.waitFor(`document.querySelector('[data-policy-notice]')`, 'the policy notice');
    expect(await options.evaluate(`document.querySelector('[data-policy-notice]').textContent`)).toMatch(/rules, strictness/);
    expect(await options.evaluate(`[document.querySelector('[data-rule-switch="tone/blame"]').checked, document.querySelector('[data-rule-switch="tone/blame"]').disabled]`)).toEqual([false, true]);
    expect(await options.evaluate(`[document.querySelector('[data-section="general"] [data-strictness]').value, document.querySelector('[data-section="general"] [data-strictness]').disabled]`)).toEqual(['strict', true]);
    expect(await options.evaluate(`!!document.querySelector('[data-list="avoid"] [data-phrase="calm down"] [data-locked]')`)).toBe(true);

    const tabId = await options.waitFor<number>(`chrome.tabs.query({ url: '*://${FIXTURE_HOSTNAME}/*' }).then((tabs) => tabs[0]?.id)`, 'the fixture tab');
    const popup = await open(`popup.html?tab=${tabId}`);
    await popup.waitFor(`document.querySelector('[data-strictness]')?.value === 'strict'`, 'the team strictness in the popup');
    expect(await popup.evaluate(`document.querySelector('[data-strictness]').disabled`)).toBe(true);
  });

  it('stays locked when storage is changed behind the UI', async () => {
    const { driver } = suite;
    const options = opened[0] ?? (await open('options.html'));
    await options.evaluate(`chrome.storage.sync.set({ settings: { version: 2, rules: { 'tone/blame': true }, strictness: 'gentle' } })`);
    await options.waitFor(`document.querySelector('[data-rule-switch="tone/blame"]') && !document.querySelector('[data-rule-switch="tone/blame"]').checked`, 'the switch still off');
    await driver.bringToFront();
    await driver.press('End');
    await driver.type(' Thanks.');
    await driver.waitForText((t) => t.endsWith('Thanks.'), 'the typing');
    const snapshot = await driver.waitForOverlay((s) => (s.underlines.some((u) => u.ruleId?.startsWith('custom/')) ? s : null), 'the overlay after typing', COACH_TIMEOUT);
    expect(snapshot.underlines.map((u) => u.ruleId)).not.toContain('tone/blame');
  });

  itContactedOnlyTheFixtureServer(suite);
});
