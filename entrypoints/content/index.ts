import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoaching } from '../../lib/coach/start';
import { isReachedFromParent } from '../../lib/editors/frames';
import { DEFAULT_SITE_PATTERNS } from '../../lib/settings/sites';

export default defineContentScript({
  // The default helpdesks; sites the agent adds are registered at run time (lib/background/user-sites.ts).
  matches: [...DEFAULT_SITE_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // A frame its parent can reach is coached from the parent, with the parent's overlay and settings.
    if (isReachedFromParent(window)) return;
    void startCoaching(document).then((stop) => ctx.onInvalidated(stop));
  },
});
