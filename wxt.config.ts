import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_FILE, DEFAULT_SITE_PATTERNS } from './lib/settings/sites';

// Rendered from public/icon.svg by `npm run icons` (its ICON_SIZES; a package test compares the two).
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

// What the end-to-end tests run on (ESR 153). Firefox 146 is the first to draw text-decoration on CSS
// highlights, so no earlier release could work; 146-152 would likely work but are untested.
const FIREFOX_MIN_VERSION = '153.0';

const EXTENSION_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Strings come from public/_locales (written from lib/ui/messages.ts by `npm run locales`).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    icons: ICONS,
    action: { default_icon: ICONS },
    // Each permission and why: README, "Permissions".
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...DEFAULT_SITE_PATTERNS],
    // The default helpdesks; sites the agent adds are registered at run time (lib/background/user-sites.ts).
    content_scripts: [{ matches: [...DEFAULT_SITE_PATTERNS], js: [CONTENT_SCRIPT_FILE], all_frames: true, match_about_blank: true, run_at: 'document_idle' }],
    optional_host_permissions: ['*://*/*'],
    // Extension pages load only their own files and connect nowhere (they have no reason to).
    content_security_policy: { extension_pages: EXTENSION_PAGE_CSP },
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
  zip: {
    // The sources archive for Firefox's reviewers holds what the build reads, the README, and the
    // scripts that write the generated files in public/; tests, tooling and benchmarks stay out.
    includeSources: ['entrypoints/**', 'lib/**', 'public/**', 'scripts/icons.ts', 'scripts/locales.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md'],
  },
  vite: () => ({
    // WXT's storage helpers import `@wxt-dev/browser` (bare `chrome` in Chrome); pointing it at the
    // polyfill keeps every extension API call on the one promise-based `browser`.
    resolve: { alias: { '@wxt-dev/browser': '@wxt-dev/webextension-polyfill/browser' } },
    // Vite's module-preload polyfill fetches chunk URLs; extension pages need none of it, and leaving it
    // out leaves the packages with no code that makes a request.
    build: { modulePreload: { polyfill: false } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
