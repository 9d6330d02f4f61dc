import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyze } from '../lib/analyzer/analyze';
import { ANALYZER_KEY } from '../lib/coach/analyzer-loader';

// Run by the background in a frame whose content script asked for it (lib/coach/analyzer-loader.ts).
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [ANALYZER_KEY]: analyze });
});
