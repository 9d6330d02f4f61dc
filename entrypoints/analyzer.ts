import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyze } from '../lib/analyzer/analyze';
import { provideScript } from '../lib/coach/script-loader';

// Run by the background in a frame whose coach asked for it (lib/coach/script-loader.ts).
export default defineUnlistedScript(() => provideScript('analyzer', analyze));
