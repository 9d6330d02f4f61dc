/**
 * Must pass with today's content script, in both browsers: the extension loads, focusing a textarea
 * marks it data-defuse="on", and no host but the fixture server is ever contacted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Driver } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('smoke in %s', (browserName) => {
  let driver: Driver;
  let firstRequest = 0;

  beforeAll(async () => {
    firstRequest = server.requests.length;
    driver = await launch(browserName, server);
  });

  afterAll(async () => {
    if (driver) console.log(driver.summary());
    await driver?.close();
  });

  it('loads the extension', () => {
    expect(driver.extensionId).not.toBe('');
  });

  it('marks a focused textarea data-defuse="on" and types into it', async () => {
    driver.clearLogs();
    const before = server.requests.length;
    await driver.open('textarea.html');

    await driver.focus(['#reply']);
    await driver.waitFor((h) => h.resolve(['#reply'])?.getAttribute('data-defuse') === 'on', null, {
      message: 'data-defuse="on" on the focused textarea',
    });

    await driver.type('Hello Jordan,');
    await driver.waitForText((t) => t === 'Hello Jordan,', 'the typed text in the textarea');

    expect(driver.consoleErrors).toEqual([]);
    // The page loaded through the recording proxy, so the server saw it...
    const seen = server.requests.slice(before);
    expect(seen.some((r) => r.url === server.url('textarea.html'))).toBe(true);
    // ...and nothing for any other host, on the server side or the page side.
    expect(server.foreignRequests(firstRequest)).toEqual([]);
    expect(driver.foreignBrowserRequests()).toEqual([]);
  });

  it('contacts no host but the fixture server, from launch to now', () => {
    expect(server.foreignRequests(firstRequest)).toEqual([]);
  });
});
