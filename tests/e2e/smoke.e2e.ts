/**
 * Must pass with today's content script, in both browsers: the extension loads, focusing a textarea
 * marks it data-defuse="on", and no host but the fixture server is ever contacted.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

describe.each(BROWSERS)('smoke in %s', (browserName) => {
  const suite = browserSuite(browserName);

  it('loads the extension', () => {
    expect(suite.driver.extensionId).not.toBe('');
  });

  it('marks a focused textarea data-defuse="on" and types into it', async () => {
    suite.driver.clearLogs();
    const before = suite.server.requests.length;
    await suite.driver.open('textarea.html');

    await suite.driver.focus(['#reply']);
    await suite.driver.waitFor((h) => h.resolve(['#reply'])?.getAttribute('data-defuse') === 'on', null, {
      message: 'data-defuse="on" on the focused textarea',
    });

    await suite.driver.type('Hello Jordan,');
    await suite.driver.waitForText((t) => t === 'Hello Jordan,', 'the typed text in the textarea');

    expect(suite.driver.consoleErrors).toEqual([]);
    // The page loaded through the recording proxy, so the server saw it...
    const seen = suite.server.requests.slice(before);
    expect(seen.some((r) => r.url === suite.server.url('textarea.html'))).toBe(true);
    // ...and nothing for any other host, on the server side or the page side.
    expect(suite.server.foreignRequests(suite.firstRequest)).toEqual([]);
    expect(suite.driver.foreignBrowserRequests()).toEqual([]);
  });

  itContactedOnlyTheFixtureServer(suite);
});
