import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoaching } from '../../lib/coach/start';
import { isReachedFromParent } from '../../lib/editors/frames';


export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // A frame its parent can reach is coached from the parent, with the parent's overlay and settings.
    if (isReachedFromParent(window)) return;
    void startCoaching(document).then((stop) => ctx.onInvalidated(stop));
  },
});
