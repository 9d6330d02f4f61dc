/**
 * The content script's whole job until the agent uses an editor: wait. The coach (Preact, settings,
 * discovery, overlay: lib/coach/start.ts) is loaded into this frame (lib/coach/script-loader.ts) and
 * started the first time the agent focuses, clicks or types in an editor here, finds one focused at
 * once, or opens the popup on this tab. A helpdesk page kept open all day and never written in costs
 * only this.
 */
import { browser } from 'wxt/browser';
import { isReachedFromParent } from '../editors/frames';
import { isOwnSender, isStatusRequest } from '../messaging/protocol';
import { isEditorFocused, watchEditorUse } from './first-use';
import { loadScript } from './script-loader';
import type { Coach } from './start';

/** Starts coaching `doc` on first use; returns what stops it (or stops waiting for it). */
export function coachOnFirstUse(doc: Document): () => void {
  let coach: Promise<Coach> | null = null;
  let warned = false;
  const start = (): Promise<Coach> =>
    (coach ??= loadScript('coach')
      .then((startCoaching) => startCoaching(doc))
      .then((started) => {
        // From here the coach follows the editors itself; only the popup's question stays with us.
        stopWatching();
        return started;
      })
      .catch((error: unknown) => {
        coach = null;
        // Every later use of an editor tries again; one warning is enough to say why nothing happens.
        if (!warned) console.warn('[Defuse] loading the coach failed (tried again on the next use of an editor):', error);
        warned = true;
        throw error;
      }));

  const stopWatching = watchEditorUse(doc, () => void start().catch(() => undefined));
  // The one answer to the popup's question: opening the popup on a tab also says the agent is here.
  const answerStatus = (message: unknown, sender: { id?: string }) => {
    if (!isStatusRequest(message) || !isOwnSender(sender, browser.runtime.id)) return undefined;
    return start().then((started) => started.status());
  };
  browser.runtime.onMessage.addListener(answerStatus);
  if (isEditorFocused(doc)) void start().catch(() => undefined);

  return () => {
    stopWatching();
    browser.runtime.onMessage.removeListener(answerStatus);
    void coach?.then((started) => started.stop(), () => undefined);
  };
}

/**
 * Left in the frame's isolated world by the copy of the content script that coaches it. The script
 * can be run again in a frame (on a site just added, by the registered script and the background
 * both), and an update leaves the old copy orphaned in the same world.
 */
const RUNNING = Symbol.for('defuse.content-script');

interface Running {
  alive: () => boolean;
  stop: () => void;
}

/**
 * The content script's start: one copy per frame. A copy whose extension is still there is left to
 * coach; one whose extension is gone (an update) is stopped and replaced. A frame its parent can
 * reach is coached from the parent, with the parent's overlay and settings.
 */
export function startContentScript(win: Window): void {
  const world = globalThis as { [RUNNING]?: Running };
  const previous = world[RUNNING];
  if (previous?.alive()) return;
  previous?.stop();
  delete world[RUNNING];
  if (isReachedFromParent(win)) return;
  world[RUNNING] = { alive: () => Boolean(browser.runtime?.id), stop: coachOnFirstUse(win.document) };
}
