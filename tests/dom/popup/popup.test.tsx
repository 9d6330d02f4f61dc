import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from '../until';
import type { TabStatus } from '../../../lib/messaging/protocol';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { PopupApp } = await import('../../../lib/popup/popup-app');
const { PopupView } = await import('../../../lib/popup/popup-view');

const TAB = 7;
const URL_OF_TAB = 'https://acme.zendesk.com/agent/tickets/1';

const reply = (over: Partial<NonNullable<TabStatus['reply']>> = {}): NonNullable<TabStatus['reply']> => ({
  score: 48,
  steps: [
    { id: 'acknowledge', title: 'Acknowledge the issue', tip: 'Name the problem.', done: true, required: true },
    { id: 'empathy', title: 'Show empathy', tip: 'Name how it feels.', done: false, required: true },
    { id: 'apology', title: 'Apologize', tip: 'Say sorry once.', done: false, required: false },
  ],
  problems: [{ category: 'blame', count: 2 }],
  ...over,
});

const status = (over: Partial<TabStatus> = {}): TabStatus => ({ host: 'acme.zendesk.com', coaching: true, reply: reply(), ...over });

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

/** The sites field of the stored settings, if any. */
const storedSites = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { sites?: Record<string, boolean> } | undefined)?.sites;

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);

describe('the popup view', () => {
  const view = (state: Partial<Parameters<typeof PopupView>[0]['state']> = {}, handlers: Partial<Parameters<typeof PopupView>[0]> = {}) =>
    act(() =>
      render(
        <PopupView
          state={{ host: 'acme.zendesk.com', status: status(), siteOn: true, strictness: 'standard', locked: new Set(), error: null, ...state }}
          onToggleSite={handlers.onToggleSite ?? vi.fn()}
          onStrictness={handlers.onStrictness ?? vi.fn()}
          onOpenOptions={handlers.onOpenOptions ?? vi.fn()}
        />,
        container,
      ),
    );

  it('shows the score, each step with data-step and data-done, the first missing step\'s tip open, and problems by kind', () => {
    view();
    expect($('[data-score]')!.getAttribute('data-score')).toBe('48');
    const steps = [...container.querySelectorAll('[data-step]')].map((li) => [li.getAttribute('data-step'), li.getAttribute('data-done')]);
    expect(steps).toEqual([
      ['acknowledge', 'true'],
      ['empathy', 'false'],
      ['apology', 'false'],
    ]);
    // Every tip is there for whoever opens its step; only the first missing required step's is open.
    expect($('[data-step="empathy"]')!.textContent).toContain('Name how it feels.');
    expect([...container.querySelectorAll('details')].map((d) => d.open)).toEqual([false, true, false]);
    expect($('[data-step="empathy"]')!.textContent).toContain('Missing');
    expect($('[data-step="apology"]')!.textContent).toContain('Optional');
    expect($('[data-category="blame"]')!.textContent).toBe('Blame: 2');
  });

  it('says how to start when coaching is on but no reply is being written', () => {
    view({ status: status({ reply: null }) });
    expect($('[data-popup-hint="no-editor"]')!.textContent).toMatch(/Click in a reply box/);
    expect($('[data-score]')).toBeNull();
  });

  it('explains a switched-off site and a page Defuse cannot run on', () => {
    view({ siteOn: false, status: status({ coaching: false, reply: null }) });
    expect($('[data-popup-hint="off"]')!.textContent).toContain('acme.zendesk.com');
    view({ host: null, status: null });
    expect($('[data-popup-hint="unsupported"]')).not.toBeNull();
    expect($('[data-site-switch]')).toBeNull();
  });

  it('reports the switch, strictness and options link to its callbacks', () => {
    const onToggleSite = vi.fn();
    const onStrictness = vi.fn();
    const onOpenOptions = vi.fn();
    view({}, { onToggleSite, onStrictness, onOpenOptions });
    const toggle = $<HTMLInputElement>('[data-site-switch]')!;
    expect(toggle.getAttribute('role')).toBe('switch');
    act(() => toggle.click());
    expect(onToggleSite).toHaveBeenCalledWith(false);
    const select = $<HTMLSelectElement>('[data-strictness]')!;
    act(() => {
      select.value = 'strict';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onStrictness).toHaveBeenCalledWith('strict');
    act(() => $<HTMLButtonElement>('[data-open-options]')!.click());
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('disables what a team policy locks and says so', () => {
    view({ locked: new Set(['sites', 'strictness']) });
    expect($<HTMLInputElement>('[data-site-switch]')!.disabled).toBe(true);
    expect($<HTMLSelectElement>('[data-strictness]')!.disabled).toBe(true);
    expect(container.querySelectorAll('[data-locked]')).toHaveLength(2);
  });

  it('shows why a change failed as an alert', () => {
    view({ error: 'strictness is set by your team' });
    expect($('[data-popup-error]')!.getAttribute('role')).toBe('alert');
  });
});

describe('the popup with the browser', () => {
  function stubBrowser(answer: TabStatus | Error) {
    const sendMessage = vi.fn(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)));
    Object.assign(fakeBrowser.tabs, { sendMessage });
    const contains = vi.fn(() => Promise.resolve(true));
    const request = vi.fn(() => Promise.resolve(true));
    Object.assign(fakeBrowser.permissions, { contains, request });
    const executeScript = vi.fn(() => Promise.resolve([]));
    Object.assign(fakeBrowser.scripting, { executeScript });
    return { sendMessage, request, executeScript };
  }
  const open = () => act(() => render(<PopupApp target={{ tabId: TAB, url: URL_OF_TAB }} />, container));

  it("asks the tab's top frame for its status and shows it", async () => {
    const { sendMessage } = stubBrowser(status());
    open();
    await until(() => $('[data-score]') !== null, 'the score');
    expect(sendMessage).toHaveBeenCalledWith(TAB, { type: 'defuse/get-status' }, { frameId: 0 });
    expect($('[data-score]')!.getAttribute('data-score')).toBe('48');
  });

  it('follows the reply live from status messages of that tab only, and ignores look-alikes from elsewhere', async () => {
    stubBrowser(status({ reply: null }));
    open();
    await until(() => $('[data-popup-hint="no-editor"]') !== null, 'the no-editor hint');
    type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    // Only the fields a sender is judged by; the rest of a Tab does not matter here.
    const sender = (id: string, tabId: number) => ({ id, tab: { id: tabId } }) as Sender;
    const own = sender(fakeBrowser.runtime.id, TAB);
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'defuse/status', status: status({ reply: reply({ score: 91 }) }) }, own, () => undefined);
    });
    expect($('[data-score]')!.getAttribute('data-score')).toBe('91');
    await act(async () => {
      // Another extension, another tab, and a malformed message: none of them changes what is shown.
      await fakeBrowser.runtime.onMessage.trigger({ type: 'defuse/status', status: status({ reply: reply({ score: 5 }) }) }, sender('other-extension', TAB), () => undefined);
      await fakeBrowser.runtime.onMessage.trigger({ type: 'defuse/status', status: status({ reply: reply({ score: 6 }) }) }, sender(fakeBrowser.runtime.id, TAB + 1), () => undefined);
      await fakeBrowser.runtime.onMessage.trigger({ type: 'defuse/status', status: { host: 1, coaching: 'yes', reply: { score: 7 } } }, own, () => undefined);
    });
    expect($('[data-score]')!.getAttribute('data-score')).toBe('91');
  });

  it('switches the site off in the settings, and on again after asking for access', async () => {
    const { request } = stubBrowser(status());
    open();
    await until(() => $<HTMLInputElement>('[data-site-switch]')?.checked === true, 'the switch on');
    act(() => $<HTMLInputElement>('[data-site-switch]')!.click());
    await until(() => $<HTMLInputElement>('[data-site-switch]')!.checked === false, 'the switch off');
    await expect.poll(async () => (await storedSites())?.['acme.zendesk.com']).toBe(false);
    expect($('[data-popup-hint="off"]')).not.toBeNull();

    act(() => $<HTMLInputElement>('[data-site-switch]')!.click());
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.acme.zendesk.com/*'] });
    await expect.poll(async () => (await storedSites())?.['acme.zendesk.com']).toBe(true);
    await until(() => $<HTMLInputElement>('[data-site-switch]')!.checked, 'the switch on again');
  });

  it('keeps the site off and says why when the agent declines access', async () => {
    const { request, executeScript } = stubBrowser(new Error('Could not establish connection'));
    request.mockResolvedValue(false);
    act(() => render(<PopupApp target={{ tabId: TAB, url: 'https://help.example.org/inbox' }} />, container));
    await until(() => $('[data-site-switch]') !== null, 'the switch');
    expect($<HTMLInputElement>('[data-site-switch]')!.checked).toBe(false);
    act(() => $<HTMLInputElement>('[data-site-switch]')!.click());
    await until(() => $('[data-popup-error]') !== null, 'the error');
    expect($('[data-popup-error]')!.textContent).toContain('help.example.org');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('starts coaching in the tab at once when the agent switches a new site on', async () => {
    const { executeScript, request } = stubBrowser(new Error('Could not establish connection'));
    act(() => render(<PopupApp target={{ tabId: TAB, url: 'https://help.example.org/inbox' }} />, container));
    await until(() => $('[data-site-switch]') !== null, 'the switch');
    act(() => $<HTMLInputElement>('[data-site-switch]')!.click());
    await until(() => executeScript.mock.calls.length > 0, 'the script injected');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, allFrames: true }, files: ['/bootstrap.js'] });
    expect((await storedSites())?.['help.example.org']).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.help.example.org/*'] });
  });

  it('shows a strictness a team policy sets and locks, disabled', async () => {
    stubBrowser(status());
    await fakeBrowser.storage.managed.set({ settings: { strictness: 'strict' }, locked: ['strictness'] });
    open();
    await until(() => $<HTMLSelectElement>('[data-strictness]')?.value === 'strict', 'the team strictness');
    expect($<HTMLSelectElement>('[data-strictness]')!.disabled).toBe(true);
  });
});
