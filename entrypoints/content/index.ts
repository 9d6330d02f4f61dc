import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { coachOnFirstUse } from '../../lib/coach/bootstrap';
import { isReachedFromParent } from '../../lib/editors/frames';
import { DEFAULT_SITE_PATTERNS } from '../../lib/settings/sites';

/**
 * Set in this frame's isolated world by the copy of the script that coaches it. The script can be
 * run again in a frame (on a site just added, by the registered script and the background both);
 * the value says whether that copy's extension is still alive (an update orphans old copies).
 */
const RUNNING = Symbol.for('defuse.content-script');

export default defineContentScript({
  // The default helpdesks; sites the agent adds are registered at run time (lib/background/user-sites.ts).
  matches: [...DEFAULT_SITE_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const world = globalThis as { [RUNNING]?: () => boolean };
    if (world[RUNNING]?.()) return;
    world[RUNNING] = () => Boolean(browser.runtime?.id);
    // A frame its parent can reach is coached from the parent, with the parent's overlay and settings.
    if (isReachedFromParent(window)) return;
    const stop = coachOnFirstUse(document);
    // WXT invalidates a context when its extension is gone, and also when any script in the page
    // announces a newer copy: an announcement the page can forge. Only the first is acted on; a
    // real second copy never starts (above).
    ctx.onInvalidated(() => {
      if (!browser.runtime?.id) stop();
    });
  },
});
