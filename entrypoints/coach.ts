import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideScript } from '../lib/coach/script-loader';
import { startCoaching } from '../lib/coach/start';

// Run by the background in a frame whose content script saw the agent use an editor (lib/coach/bootstrap.ts).
export default defineUnlistedScript(() => provideScript('coach', startCoaching));
