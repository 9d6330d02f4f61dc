/**
 * The frame every real-browser test file shares: one fixture server per file, one browser with the
 * extension per `describe` block, both closed afterwards, and the privacy check each block ends with.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type BrowserName, type Driver } from './browsers';
import { startFixtureServer, type FixtureServer } from './server';

export interface BrowserSuite {
  readonly server: FixtureServer;
  readonly driver: Driver;
  /** Requests the server had seen before this browser launched. */
  readonly firstRequest: number;
}

let server: Promise<FixtureServer> | undefined;

afterAll(async () => {
  await (await server)?.close();
});

/** Call inside a `describe`: launches `browserName` before its tests and closes it after. */
export function browserSuite(browserName: BrowserName): BrowserSuite {
  const suite = { server: undefined as unknown as FixtureServer, driver: undefined as unknown as Driver, firstRequest: 0 };
  beforeAll(async () => {
    suite.server = await (server ??= startFixtureServer());
    suite.firstRequest = suite.server.requests.length;
    suite.driver = await launch(browserName, suite.server);
  });
  afterAll(async () => {
    if (suite.driver) console.log(suite.driver.summary());
    await suite.driver?.close();
  });
  return suite;
}

/** The last test of a block: neither the server nor the browser saw a request for any other host. */
export function itContactedOnlyTheFixtureServer(suite: BrowserSuite): void {
  it('contacted no host but the fixture server', () => {
    expect(suite.server.foreignRequests(suite.firstRequest)).toEqual([]);
    expect(suite.driver.foreignBrowserRequests()).toEqual([]);
  });
}
