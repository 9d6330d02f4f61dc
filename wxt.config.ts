import { defineConfig } from 'wxt';
import { DEFAULT_SITE_PATTERNS } from './lib/settings/sites';

// Firefox 146 is the first release that draws text-decoration on CSS highlights; ESR 153 is what we test.
const FIREFOX_MIN_VERSION = '146.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Defuse',
    description: 'Coaches de-escalation in support replies while you type. Runs locally; sends nothing anywhere.',
    // Each permission and why: README, "Permissions".
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...DEFAULT_SITE_PATTERNS],
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'defuse@defuse.dev',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome reads a team policy from storage.managed only when the manifest names its schema.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({
    // WXT's storage helpers import `@wxt-dev/browser` (bare `chrome` in Chrome); pointing it at the
    // polyfill keeps every extension API call on the one promise-based `browser`.
    resolve: { alias: { '@wxt-dev/browser': '@wxt-dev/webextension-polyfill/browser' } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
