/**
 * `npm run zip` as a store reviewer sees it: the Chrome and Firefox packages, their manifests, icons
 * and strings, `web-ext lint` on the Firefox package, the sources archive rebuilding that package,
 * and the strings as Chromium itself reads them from the package.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, toMessagesJson, type MessageKey } from '../../lib/ui/messages';
import { ICON_SIZES } from '../../scripts/icons';
import { chromiumArgs, findBrowser, firefoxPrefs } from '../e2e/support/browsers';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { mustRun, pngSize, readZip, REPO_ROOT, run, shellEnv, unpack } from './support';

const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: join(REPO_ROOT, `.output/${name}-${version}-chrome.zip`),
  firefox: join(REPO_ROOT, `.output/${name}-${version}-firefox.zip`),
  sources: join(REPO_ROOT, `.output/${name}-${version}-sources.zip`),
};
type Store = 'chrome' | 'firefox';

interface Manifest {
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

const packages = {} as Record<Store, Map<string, Buffer>>;
const temporary: string[] = [];
/** The browsers' proxy, so that nothing they do at startup leaves the machine. */
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  await mustRun('npm', ['run', '-s', 'zip']);
  packages.chrome = await readZip(ZIPS.chrome);
  packages.firefox = await readZip(ZIPS.firefox);
});

afterAll(async () => {
  await server.close();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

const manifestOf = (store: Store): Manifest => JSON.parse(fileOf(store, 'manifest.json').toString('utf8')) as Manifest;

function fileOf(store: Store, path: string): Buffer {
  const file = packages[store].get(path);
  if (!file) throw new Error(`${store} package has no ${path}`);
  return file;
}

async function unpackTemporary(files: Map<string, Buffer>, prefix: string): Promise<string> {
  const dir = await unpack(files, prefix);
  temporary.push(dir);
  return dir;
}

describe.each(['chrome', 'firefox'] as const)('the %s package', (store) => {
  it('is named and described from _locales/en, and every __MSG_ reference resolves', () => {
    const manifest = fileOf(store, 'manifest.json').toString('utf8');
    const messages = JSON.parse(fileOf(store, '_locales/en/messages.json').toString('utf8')) as Record<string, unknown>;
    expect(manifestOf(store).default_locale).toBe('en');
    const references = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(references).toEqual(expect.arrayContaining(['ext_name', 'ext_description']));
    for (const key of references) expect(messages, `__MSG_${key}__`).toHaveProperty(key);
  });

  it('carries every UI string of lib/ui/messages.ts', () => {
    expect(JSON.parse(fileOf(store, '_locales/en/messages.json').toString('utf8'))).toEqual(toMessagesJson());
  });

  it('has a PNG icon of each declared size for the browser and the toolbar', () => {
    const { icons, action } = manifestOf(store);
    expect(Object.keys(icons ?? {}).map(Number)).toEqual([...ICON_SIZES]);
    expect(action?.default_icon).toEqual(icons);
    for (const [size, path] of Object.entries(icons ?? {})) {
      expect(pngSize(fileOf(store, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe('the Firefox package', () => {
  it('has a fixed gecko id and the minimum version the end-to-end tests ran on', () => {
    expect(manifestOf('firefox').browser_specific_settings?.gecko).toMatchObject({ id: 'defuse@defuse.dev', strict_min_version: '153.0' });
  });

  it('installs in Firefox ESR from the zip', async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: firefoxPrefs(server),
    });
    try {
      expect(await browser.installExtension(ZIPS.firefox)).toBe('defuse@defuse.dev');
    } finally {
      await browser.close();
    }
  });

  it('sets HTML from a string nowhere in its own code, so the innerHTML lint warning is a Preact path it never takes', async () => {
    const ours = [...(await filesUnder(join(REPO_ROOT, 'lib'))), ...(await filesUnder(join(REPO_ROOT, 'entrypoints')))];
    const html = ours.filter(([, content]) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment/.test(content.toString('utf8')));
    expect(html.map(([path]) => path)).toEqual([]);
  });

  it('passes web-ext lint with no error, and the README explains each warning', async () => {
    const dir = await unpackTemporary(packages.firefox, 'lint');
    // web-ext exits non-zero when there are errors; the JSON report says which either way.
    // NO_UPDATE_NOTIFIER: else web-ext asks the npm registry for a newer web-ext in the background.
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      env: shellEnv({ NO_UPDATE_NOTIFIER: '1' }),
    });
    const report = JSON.parse(stdout) as Record<'errors' | 'warnings', { code: string; file?: string; message: string }[]>;
    expect(report.errors).toEqual([]);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const unexplained = report.warnings.filter((warning) => !readme.includes(warning.code));
    expect(unexplained.map((w) => `${w.code} (${w.file}): ${w.message}`)).toEqual([]);
  });

  it('is rebuilt byte for byte from the sources archive, which leaves the tests out', async () => {
    const sources = await readZip(ZIPS.sources);
    expect([...sources.keys()].filter((path) => path.startsWith('tests/'))).toEqual([]);
    expect(sources.has('package-lock.json')).toBe(true);
    const dir = await unpackTemporary(sources, 'sources');
    // What `npm ci` would install from the archive's lock file is what this checkout has installed.
    await symlink(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await mustRun('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir });
    const rebuilt = await filesUnder(join(dir, '.output/firefox-mv3'));
    expect([...rebuilt.keys()].sort()).toEqual([...packages.firefox.keys()].sort());
    for (const [path, content] of rebuilt) expect(content.equals(fileOf('firefox', path)), path).toBe(true);
  });
});

describe('the Chrome package in Chromium', () => {
  it('reads every message from its _locales as the English table has it, substitutions included', async () => {
    const dir = await unpackTemporary(packages.chrome, 'chrome');
    const context = await chromium.launchPersistentContext('', {
      executablePath: findBrowser('chromium'),
      headless: true,
      args: chromiumArgs(server, dir),
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const calls = Object.entries(toMessagesJson()).map(([key, entry]) => ({
        key: key as MessageKey,
        // Dollar signs in a substitution are kept as they are, in the browser as in the table.
        subs: Object.keys(entry.placeholders ?? {}).map((_, i) => `$${i + 1}<${i}>`),
      }));
      const fromChromium = await worker.evaluate(
        (list) => {
          // The service worker's extension API; this file is typed for Node, which has none.
          const { i18n } = (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, subs: string[]): string } } }).chrome;
          return list.map(({ key, subs }) => i18n.getMessage(key, subs));
        },
        calls,
      );
      // `t` reads the table here (no extension around it); its argument count is checked per key,
      // which a loop over every key cannot satisfy.
      const fromTable = calls.map(({ key, subs }) => (t as (key: MessageKey, ...subs: string[]) => string)(key, ...subs));
      expect(fromChromium).toEqual(fromTable);
    } finally {
      await context.close();
    }
  });
});

async function filesUnder(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(root, path), await readFile(path));
    }
  }
  return files;
}
