import { defineConfig } from 'wxt';

// Firefox 146 is the first release that draws text-decoration on CSS highlights; ESR 153 is what we test.
const FIREFOX_MIN_VERSION = '146.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Defuse',
    description: 'Coaches de-escalation in support replies while you type. Runs locally; sends nothing anywhere.',
    permissions: ['storage'],
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
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
