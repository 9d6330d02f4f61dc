import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabStatus } from '../../../lib/messaging/protocol';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { forgetTab, showStatus } = await import('../../../lib/background/badge');

const withReply: TabStatus = {
  host: 'acme.zendesk.com',
  coaching: true,
  reply: {
    score: 40,
    steps: [{ id: 'empathy', title: 'Show empathy', tip: 'tip', done: false, required: true }],
    problems: [{ category: 'blame', count: 1 }],
  },
};

describe('the toolbar badge', () => {
  const text = vi.fn((_details: { tabId: number; text: string }) => Promise.resolve());
  const title = vi.fn((_details: { tabId: number; title: string }) => Promise.resolve());
  beforeEach(() => {
    text.mockClear();
    title.mockClear();
    forgetTab(1);
    Object.assign(fakeBrowser.action, { setBadgeText: text, setTitle: title, setBadgeBackgroundColor: vi.fn(() => Promise.resolve()) });
  });

  it('counts missing steps and problems for that tab, and spells them out in the tooltip', async () => {
    await showStatus(1, 0, withReply);
    expect(text).toHaveBeenLastCalledWith({ tabId: 1, text: '2' });
    expect(title.mock.lastCall?.[0].title).toBe('Defuse: score 40. Missing: Show empathy. Tone: Blame ×1');
  });

  it('stays with the frame that reported a reply when another frame of the tab has none', async () => {
    await showStatus(1, 3, withReply);
    await showStatus(1, 0, { ...withReply, reply: null });
    expect(text).toHaveBeenCalledTimes(1);
    await showStatus(1, 3, { ...withReply, reply: null });
    expect(text).toHaveBeenLastCalledWith({ tabId: 1, text: '' });
  });

  it('is empty where coaching is off', async () => {
    await showStatus(1, 0, { ...withReply, coaching: false });
    expect(text).toHaveBeenLastCalledWith({ tabId: 1, text: '' });
    expect(title.mock.lastCall?.[0].title).toBe('Defuse is off on this site');
  });
});
