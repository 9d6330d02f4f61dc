/**
 * The content script loads the coach only once the agent uses an editor (or opens the popup on the
 * tab), and the popup's question is answered by the coach it loads.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabStatus } from '../../../lib/messaging/protocol';
import { until } from '../until';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const COACH = Symbol.for('defuse.coach');
const world = globalThis as { [COACH]?: unknown };
const STATUS: TabStatus = { host: 'acme.zendesk.com', coaching: true, reply: null };

let stopBootstrap: (() => void) | null = null;
let send: MockInstance<typeof fakeBrowser.runtime.sendMessage>;
const startCoaching = vi.fn(async () => ({ status: () => STATUS, stop: stopCoach }));
const stopCoach = vi.fn();

/** Starts a fresh bootstrap (fresh loader state, no coach in this "frame" yet) on the current page. */
async function bootstrap() {
  vi.resetModules();
  const { coachOnFirstUse } = await import('../../../lib/coach/bootstrap');
  stopBootstrap = coachOnFirstUse(document);
}

/** The background running entrypoints/coach.ts in the frame, as asked. */
const loadsFine = async () => {
  world[COACH] = startCoaching;
  return true;
};

/** What the popup does when it opens on the tab (lib/popup/popup-app.tsx), as `senderId`. */
const askStatus = (senderId = fakeBrowser.runtime.id) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'defuse/get-status' }, { id: senderId }, () => undefined);

const loaded = () => until(() => startCoaching.mock.calls.length > 0, 'the coach to start');

beforeEach(() => {
  delete world[COACH];
  startCoaching.mockClear();
  stopCoach.mockClear();
  send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(loadsFine);
  document.body.innerHTML = `
    <button id="send">Send</button><input id="subject">
    <textarea id="reply"></textarea>
    <div id="rich" contenteditable="true"><p id="para">Hello</p></div>
    <iframe id="frame"></iframe>
    <div id="host"></div>`;
  const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<textarea id="inner"></textarea>';
});

afterEach(() => {
  stopBootstrap?.();
  stopBootstrap = null;
  vi.restoreAllMocks();
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.innerHTML = '';
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const pointerDown = (el: Element) => el.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
const keyDown = (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));

describe('loading the coach on first use', () => {
  it('loads nothing on a page where no editor is used', async () => {
    await bootstrap();
    $('#send').focus();
    pointerDown($('#send'));
    keyDown(document.body);
    $('#subject').focus();
    keyDown($('#subject'));
    window.dispatchEvent(new Event('blur'));
    await new Promise((r) => setTimeout(r, 0)); // the blur handler's second look
    expect(send).not.toHaveBeenCalled();
    expect(startCoaching).not.toHaveBeenCalled();
  });

  it.each([
    ['focusing a textarea', () => $('#reply').focus()],
    ['clicking in a contenteditable element', () => pointerDown($('#para'))],
    ['typing in a contenteditable element', () => keyDown($('#rich'))],
    ['clicking an iframe', () => pointerDown($('#frame'))],
    ['focusing a textarea in a shadow root', () => $('#host').shadowRoot!.querySelector<HTMLElement>('#inner')!.focus()],
    ['typing in a textarea in a shadow root', () => keyDown($('#host').shadowRoot!.querySelector('#inner')!)],
  ])('loads and starts it on %s', async (_what, use) => {
    await bootstrap();
    use();
    await loaded();
    expect(send).toHaveBeenCalledWith({ type: 'defuse/load-script', script: 'coach' });
    expect(startCoaching).toHaveBeenCalledWith(document);
  });

  it('loads it when focus moves into an iframe (the window blurs, the frame becomes active)', async () => {
    await bootstrap();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue($('#frame'));
    window.dispatchEvent(new Event('blur'));
    await loaded();
  });

  it('loads it at once when an editor already has focus', async () => {
    $('#reply').focus();
    await bootstrap();
    await loaded();
  });

  it('loads it once, whatever the agent does next', async () => {
    await bootstrap();
    $('#reply').focus();
    keyDown($('#reply'));
    pointerDown($('#rich'));
    await loaded();
    keyDown($('#reply'));
    $('#rich').focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(send).toHaveBeenCalledTimes(1);
    expect(startCoaching).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next use after a failed load, and says why once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    send.mockRejectedValue(new Error('Could not establish connection'));
    await bootstrap();
    $('#reply').focus();
    await until(() => warn.mock.calls.length > 0, 'the warning');
    keyDown($('#reply'));
    await until(() => send.mock.calls.length === 2, 'a second try');
    expect(startCoaching).not.toHaveBeenCalled();
    send.mockImplementation(loadsFine);
    // Used again (and again, until the failed try has settled) it loads.
    await until(() => {
      keyDown($('#reply'));
      return startCoaching.mock.calls.length > 0;
    }, 'the coach to start on a later use');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('loading the coach failed');
  });

  it('stops the coach it started when the extension goes away', async () => {
    await bootstrap();
    $('#reply').focus();
    await loaded();
    stopBootstrap!();
    stopBootstrap = null;
    await until(() => stopCoach.mock.calls.length > 0, 'the coach to stop');
  });

  it('stops waiting when the extension goes away before any use', async () => {
    await bootstrap();
    stopBootstrap!();
    stopBootstrap = null;
    $('#reply').focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(send).not.toHaveBeenCalled();
  });
});

describe("answering the popup's question", () => {
  it('loads the coach and answers with its status, though no editor was used', async () => {
    await bootstrap();
    const answers = await askStatus();
    expect(answers).toContainEqual(STATUS);
    expect(startCoaching).toHaveBeenCalledTimes(1);
    $('#reply').focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('answers a second time from the same coach', async () => {
    await bootstrap();
    $('#reply').focus();
    await loaded();
    const answers = await askStatus();
    expect(answers).toContainEqual(STATUS);
    expect(startCoaching).toHaveBeenCalledTimes(1);
  });

  it('ignores the question from another extension or a page, and loads nothing for it', async () => {
    await bootstrap();
    const answers = await askStatus('someone-else');
    expect(answers.filter((a) => a !== undefined)).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('one copy of the content script per frame', () => {
  const RUNNING = Symbol.for('defuse.content-script');
  const running = globalThis as { [RUNNING]?: { alive: () => boolean; stop: () => void } };
  afterEach(() => {
    running[RUNNING]?.stop();
    delete running[RUNNING];
  });
  const start = async () => {
    vi.resetModules();
    const { startContentScript } = await import('../../../lib/coach/bootstrap');
    return startContentScript;
  };

  it('leaves the frame to the copy already there while its extension is alive', async () => {
    const startContentScript = await start();
    startContentScript(window);
    startContentScript(window);
    $('#reply').focus();
    await loaded();
    await new Promise((r) => setTimeout(r, 0));
    expect(startCoaching).toHaveBeenCalledTimes(1);
  });

  it('stops a copy orphaned by an update and coaches in its place', async () => {
    const orphan = { alive: () => false, stop: vi.fn() };
    running[RUNNING] = orphan;
    (await start())(window);
    expect(orphan.stop).toHaveBeenCalledTimes(1);
    $('#reply').focus();
    await loaded();
  });

  it('stays idle in a frame its parent coaches', async () => {
    // happy-dom's frames do not know their parent: a window as a same-origin frame's looks to its script.
    const frameWindow = { parent: window, frameElement: $('#frame'), document } as unknown as Window;
    (await start())(frameWindow);
    expect(running[RUNNING]).toBeUndefined();
    $('#reply').focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(send).not.toHaveBeenCalled();
  });
});

