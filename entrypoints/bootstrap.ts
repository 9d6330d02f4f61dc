import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentScript } from '../lib/coach/bootstrap';

/**
 * The content script (listed in the manifest by wxt.config.ts, and registered for added sites by
 * lib/background/user-sites.ts). Not a WXT content script on purpose: WXT's context costs a page
 * milliseconds it never uses Defuse in, and announces every start to the page with a message that
 * names the extension, which lets any page detect Defuse.
 */
export default defineUnlistedScript(() => startContentScript(window));
