import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { coachOnFirstUse } from '../lib/coach/bootstrap';
import { isReachedFromParent } from '../lib/editors/frames';

/**
 * The content script (listed in the manifest by wxt.config.ts, and registered for added sites by
 * lib/background/user-sites.ts). Not a WXT content script on purpose: WXT's context costs a page
 * milliseconds it never uses Defuse in, and announces every start to the page with a message that
 * names the extension, which lets any page detect Defuse.
 */

/**
 * Left in this frame's isolated world by the copy of the script that coaches it. The script can be
 * run again in a frame (on a site just added, by the registered script and the background both), and
 * an update leaves the old copy orphaned in the same world: a new copy starts only if the old one's
 * extension is gone, and stops it first.
 */
const RUNNING = Symbol.for('defuse.content-script');

interface Running {
  alive: () => boolean;
  stop: () => void;
}

export default defineUnlistedScript(() => {
  const world = globalThis as { [RUNNING]?: Running };
  const previous = world[RUNNING];
  if (previous?.alive()) return;
  previous?.stop();
  // A frame its parent can reach is coached from the parent, with the parent's overlay and settings.
  if (isReachedFromParent(window)) return;
  world[RUNNING] = { alive: () => Boolean(browser.runtime?.id), stop: coachOnFirstUse(document) };
});
