import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { injectInto, syncUserSites } = await import('../../../lib/background/user-sites');

describe('coaching on sites the agent added', () => {
  let registered: Array<{ id: string; matches?: string[] }>;
  let origins: string[];
  const executeScript = vi.fn((_injection: { target: { tabId: number } }) => Promise.resolve([]));

  beforeEach(() => {
    registered = [];
    origins = ['*://*.zendesk.com/*', '*://*.help.acme.example/*', '*://*/*'];
    executeScript.mockClear();
    Object.assign(fakeBrowser.permissions, { getAll: () => Promise.resolve({ origins, permissions: [] }) });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: ({ ids }: { ids: string[] }) => Promise.resolve(registered.filter((s) => ids.includes(s.id))),
      unregisterContentScripts: ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
        return Promise.resolve();
      },
      registerContentScripts: (scripts: Array<{ id: string; matches?: string[] }>) => {
        registered.push(...scripts);
        return Promise.resolve();
      },
      executeScript,
    });
  });

  it('registers the content script for granted sites beyond the default helpdesks', async () => {
    await syncUserSites();
    expect(registered).toEqual([expect.objectContaining({ id: 'defuse-user-sites', matches: ['*://*.help.acme.example/*'], allFrames: true, js: ['/bootstrap.js'] })]);
  });

  it('follows removals: no added site left, no registered script', async () => {
    await syncUserSites();
    origins = ['*://*.zendesk.com/*'];
    await syncUserSites();
    expect(registered).toEqual([]);
  });

  it("starts coaching in the newly granted site's open tabs", async () => {
    const query = vi.fn((_info: { url?: string[] }) => Promise.resolve([{ id: 4 }, { id: 9 }]));
    Object.assign(fakeBrowser.tabs, { query });
    await injectInto(['*://*.help.acme.example/*', '*://*/*']);
    expect(query).toHaveBeenCalledWith({ url: ['*://*.help.acme.example/*'] });
    expect(executeScript.mock.calls.map(([i]) => i.target.tabId)).toEqual([4, 9]);
  });
});
