/**
 * WXT's storage helpers reach the extension API through `@wxt-dev/browser`, which is loaded from
 * node_modules (so `vi.mock` cannot replace it) and takes `globalThis.browser` when it has a runtime
 * id. Installing WXT's in-memory fake there makes every test's storage the fake one.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

Object.assign(globalThis, { browser: fakeBrowser });

// The fake has no _locales: answering '' makes `t` fall back to the English table it was made from.
Object.assign(fakeBrowser.i18n, { getMessage: () => '' });

// In the extension the background runs the analyzer script in a frame on its first edit
// (lib/coach/script-loader.ts); here it is simply there, as that script leaves it.
// (The key is script-loader.ts's, spelled out: importing that module here would load
// `browser` before the fake above is in place.)
import { analyze } from '../../lib/analyzer/analyze';

Object.assign(globalThis, { [Symbol.for('defuse.analyzer')]: analyze });
