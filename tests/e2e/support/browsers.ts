/**
 * One Driver per real browser, with the extension loaded:
 * - Chromium (Debian's `chromium`) through playwright-core, loading .output/chrome-mv3 unpacked;
 * - Firefox ESR through puppeteer-core 24 over WebDriver BiDi, installing .output/firefox-mv3 as a
 *   temporary add-on.
 *
 * Both browsers use the fixture server as their HTTP(S) proxy for every host including loopback, so
 * every request either of them makes is recorded by the server and none leaves the machine
 * (see server.ts). Nothing here sleeps for a fixed time: waits poll a condition in the page.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type KeyInput, type Page as PpPage } from 'puppeteer-core';
import { pageHelpers, type ActiveInfo, type OverlaySnapshot, type PageHelpers, type Path, type Rect } from './page-helpers';
import { HOUSEKEEPING_HOST, REPO_ROOT, type FixtureServer } from './server';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The unpacked builds; DEFUSE_E2E_CHROME_EXT / DEFUSE_E2E_FIREFOX_EXT point elsewhere (e.g. another checkout's). */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: process.env.DEFUSE_E2E_CHROME_EXT || join(REPO_ROOT, '.output/chrome-mv3'),
  firefox: process.env.DEFUSE_E2E_FIREFOX_EXT || join(REPO_ROOT, '.output/firefox-mv3'),
};

/** Gecko id from wxt.config.ts, and a fixed moz-extension:// uuid for it. */
export const GECKO_ID = 'defuse@defuse.dev';
export const FIREFOX_EXTENSION_UUID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

export interface BrowserRequest {
  method: string;
  url: string;
  /** host[:port]; '' for non-network schemes (data:, blob:, about:, extension pages). */
  host: string;
}

export interface TabCounters {
  listeners: number;
  nodes: number;
  heapBytes: number;
}

export interface WaitOptions {
  /** ms; default 10 s */
  timeout?: number;
  /** Said in the error on timeout, with the last value seen. */
  message?: string;
}

const POLL_MS = 50;

/**
 * One of the extension's own pages (popup.html, options.html) open in a tab of its own: the popup's
 * toolbar bubble cannot be driven by automation in either browser, so the popup is tested as the same
 * document in a tab, pointed at the page under test with `?tab=<id>`.
 */
export class ExtensionPage {
  constructor(
    private readonly browserName: BrowserName,
    private readonly evaluateIn: (expression: string) => Promise<unknown>,
    /** A real click on the first element matching a CSS selector. */
    readonly click: (selector: string) => Promise<void>,
    readonly close: () => Promise<void>,
  ) {}

  /** Evaluates an expression in the page (it may use the extension's `browser`/`chrome` APIs). */
  async evaluate<R>(expression: string): Promise<R> {
    return (await this.evaluateIn(expression)) as R;
  }

  /** Polls an expression until it is truthy and returns its value. */
  async waitFor<R>(expression: string, message: string, timeout = 10_000): Promise<R> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      last = await this.evaluateIn(expression).catch((error: unknown) => `error: ${String(error)}`);
      if (last && !(typeof last === 'string' && last.startsWith('error: '))) return last as R;
      if (Date.now() >= deadline) throw new Error(`[${this.browserName}] timed out after ${timeout} ms waiting for ${message}; last value: ${JSON.stringify(last)}`);
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }
}

export function findBrowser(name: BrowserName): string {
  const [envVar, fallback, pkg] =
    name === 'chromium'
      ? (['CHROMIUM_PATH', '/usr/bin/chromium', 'chromium'] as const)
      : (['FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'] as const);
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync(fallback)) return fallback;
  throw new Error(
    `No ${name} binary: set ${envVar}, or install Debian's ${pkg} (apt-get install -y ${pkg}) so that ${fallback} exists. ` +
      'Branded Chrome ignores --load-extension; use Chromium.',
  );
}

export function extensionDir(name: BrowserName): string {
  const dir = EXTENSION_DIRS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  return dir;
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return /^(https?|wss?|ftp):$/.test(u.protocol) ? u.host : '';
  } catch {
    return '';
  }
}

function parseChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`bad key chord ${chord}`);
  return { modifiers: parts, key };
}

/** What the driver needs of a browser tab beyond the primitives below. */
interface Tab {
  bringToFront(): Promise<void>;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export abstract class Driver<P extends Tab = Tab> {
  abstract readonly name: BrowserName;
  /** Every tab opened, in order; `page` is the one the primitives drive. */
  private readonly tabs: P[];
  protected page: P;
  /** Chromium: the id from the service worker's URL; Firefox: the gecko id. */
  extensionId = '';
  /** Launch to extension ready, ms. */
  launchMs = 0;
  readonly consoleErrors: string[] = [];
  readonly requests: BrowserRequest[] = [];

  protected constructor(
    readonly server: FixtureServer,
    page: P,
  ) {
    this.page = page;
    this.tabs = [page];
  }

  /** A new tab, with its console watched. */
  protected abstract newPage(): Promise<P>;

  /**
   * Opens a new tab and makes it the one every other method drives; `useTab(0)` goes back to the
   * first. Returns the new tab's index.
   */
  async openTab(): Promise<number> {
    this.page = await this.newPage();
    return this.tabs.push(this.page) - 1;
  }

  async useTab(index: number): Promise<void> {
    const page = this.tabs[index];
    if (!page) throw new Error(`no tab ${index}`);
    this.page = page;
    await page.bringToFront();
  }

  /** Makes the driven tab the active one again (after an extension page was opened). */
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  /** Makes the driven tab the active one again (after an extension page was opened). */
  protected evaluateExpression(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }

  protected async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  // Primitives each browser implements.
  /** Sends one real key-down (key: a character or a key name such as 'Control', 'End', 'K'). */
  protected abstract keyDown(key: string): Promise<void>;
  /** Sends one real key-up. */
  protected abstract keyUp(key: string): Promise<void>;
  /** A real mouse click at top-viewport coordinates. */
  abstract clickAt(x: number, y: number): Promise<void>;
  abstract close(): Promise<void>;
  /** Where the extension's own pages are: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  protected abstract readonly extensionOrigin: string;

  /** Opens `path` (e.g. 'options.html') of the extension in a new tab; its console errors count as the driver's. */
  async openExtensionPage(path: string): Promise<ExtensionPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}${path}`, { waitUntil: 'load' });
    return new ExtensionPage(this.name, (expression) => page.evaluate(expression), (selector) => page.click(selector), () => page.close());
  }

  /**
   * The tab's event listeners, DOM nodes and JS heap after a garbage collection, every world in it
   * counted (the page's and the extension's); null where the browser has no such counters (Firefox over BiDi).
   */
  abstract tabCounters(): Promise<TabCounters | null>;

  /** Key-downs sent again because the page never received them, and key-ups it never received. */
  readonly keyTrouble: string[] = [];

  /** Types text with real key events (one key-down and key-up per character) into whatever has focus. */
  async type(text: string): Promise<void> {
    for (const ch of text) await this.press(ch);
  }

  /** Presses a chord such as 'Control+z', 'Alt+Shift+K', 'Enter', 'End', or one character. */
  async press(chord: string): Promise<void> {
    const { modifiers, key } = chord.length === 1 ? { modifiers: [], key: chord } : parseChord(chord);
    for (const m of modifiers) await this.down(m);
    try {
      await this.down(key);
      await this.up(key);
    } finally {
      for (const m of [...modifiers].reverse()) await this.up(m);
    }
  }

  /**
   * Sends a key-down and checks that the page received it (trusted keydown/keyup listeners on the
   * windows of the top document and its same-origin frames count them). Firefox driven over BiDi
   * silently drops synthesized key events now and then when the page is busy, e.g. while a content
   * script re-renders on every input on a loaded machine (seen: 3 to 10 of 37 characters lost per
   * sentence). A dropped key-down never reached the page, so it is sent again (Firefox then marks
   * it `repeat`, as a held key); a key-up cannot be re-sent (Firefox's input state already counts
   * the key as released) and a lost one changes no text, so it is only noted.
   */
  private async down(key: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const before = (await this.run((h) => h.keyCounts(), null)).down;
      await this.keyDown(key);
      if (await this.keyArrived('down', before)) return;
      if (attempt === 3) throw new Error(`[${this.name}] keydown ${JSON.stringify(key)} never reached the page (3 tries)`);
      this.keyTrouble.push(`keydown ${JSON.stringify(key)} re-sent`);
    }
  }

  private async up(key: string): Promise<void> {
    const before = (await this.run((h) => h.keyCounts(), null)).up;
    await this.keyUp(key);
    if (!(await this.keyArrived('up', before))) this.keyTrouble.push(`keyup ${JSON.stringify(key)} lost`);
  }

  private async keyArrived(kind: 'down' | 'up', before: number): Promise<boolean> {
    return this.waitFor((h, a) => h.keyCounts()[a.kind] > a.before, { kind, before }, { timeout: 300 }).then(
      () => true,
      () => false,
    );
  }

  /**
   * Runs fn(helpers, arg) in the page's top frame. fn must be self-contained (it is sent as source);
   * arg must be JSON-serialisable.
   */
  async run<A, R>(fn: (h: PageHelpers, arg: A) => R, arg: A): Promise<Awaited<R>> {
    // `__name`: the helper esbuild inserts when a loader keeps function names (tsx does; vitest does not).
    const expression =
      `(() => { const __name = (f) => f; const h = (${pageHelpers.toString()})(); ` +
      `return (${fn.toString()})(h, ${JSON.stringify(arg ?? null)}); })()`;
    return (await this.evaluateExpression(expression)) as Awaited<R>;
  }

  /** Polls fn until it returns a truthy value, and returns that value. */
  async waitFor<A, R>(fn: (h: PageHelpers, arg: A) => R, arg: A, options: WaitOptions = {}): Promise<NonNullable<Awaited<R>>> {
    const timeout = options.timeout ?? 10_000;
    const deadline = Date.now() + timeout;
    let last: unknown;
    let lastError: unknown;
    for (;;) {
      try {
        last = await this.run(fn, arg);
        lastError = undefined;
        if (last) return last as NonNullable<Awaited<R>>;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() >= deadline) {
        const detail = lastError ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
        throw new Error(`[${this.name}] timed out after ${timeout} ms waiting for ${options.message ?? fn.toString()}; ${detail}`);
      }
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }

  /** Polls a Node-side probe (e.g. one that reads the overlay) until it returns a truthy value. */
  async until<R>(probe: () => Promise<R>, options: WaitOptions = {}): Promise<NonNullable<R>> {
    const timeout = options.timeout ?? 10_000;
    const deadline = Date.now() + timeout;
    let last: R | undefined;
    for (;;) {
      last = await probe();
      if (last) return last as NonNullable<R>;
      if (Date.now() >= deadline) {
        throw new Error(`[${this.name}] timed out after ${timeout} ms waiting for ${options.message ?? probe.toString()}; last value: ${JSON.stringify(last)}`);
      }
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }

  /** Opens a fixture page (path relative to the server, or absolute URL) and waits for window.fixture. */
  async open(pathOrUrl: string): Promise<void> {
    const url = /^[a-z]+:/i.test(pathOrUrl) ? pathOrUrl : this.server.url(pathOrUrl);
    await this.goto(url);
    await this.waitFor(() => document.documentElement.dataset.fixtureReady === 'true' && !!window.fixture, null, {
      message: `fixture ${url} to be ready`,
    });
  }

  /** Focuses the editor at path (waiting for it to exist) and checks that focus landed there. */
  async focus(path: Path): Promise<void> {
    await this.waitFor((h, p) => !!h.resolve(p), path, { message: `element ${JSON.stringify(path)} to exist` });
    const problem = await this.run((h, p) => h.focus(p), path);
    if (problem) throw new Error(`[${this.name}] focus: ${problem}`);
    await this.waitFor((h, p) => h.active(p).matches, path, { message: `focus on ${JSON.stringify(path)}` });
  }

  async active(path: Path): Promise<ActiveInfo> {
    return this.run((h, p) => h.active(p), path);
  }

  /** Clicks the centre of the element at path (its first client rect). */
  async click(path: Path): Promise<void> {
    const rect = await this.waitFor((h, p) => {
      const el = h.resolve(p);
      return el ? h.rectOf(el) : null;
    }, path, { message: `a visible ${JSON.stringify(path)}` });
    await this.clickAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  /** Clicks the centre of the first element matching `selector` in the top document's overlay (waits for it). */
  async clickInOverlay(selector: string, message: string): Promise<void> {
    const rect = await this.waitFor(
      (h, s) => {
        const el = document.querySelector('defuse-overlay')?.shadowRoot?.querySelector(s);
        return el ? h.rectOf(el) : null;
      },
      selector,
      { message },
    );
    await this.clickAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  /** Where the first occurrence of `needle` in the editor at `path` is drawn (waits for it). */
  async textRect(path: Path, needle: string): Promise<Rect> {
    return this.waitFor((h, a) => h.textRect(a.path, a.needle), { path, needle }, {
      message: `${JSON.stringify(needle)} drawn in ${JSON.stringify(path)}`,
    });
  }

  /** A real click in the middle of the words `needle` in the editor at `path`. */
  async clickText(path: Path, needle: string): Promise<Rect> {
    const rect = await this.textRect(path, needle);
    await this.clickAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return rect;
  }

  /** The fixture's own (framework) view of the editor text. */
  async getText(): Promise<string> {
    return this.run(() => window.fixture.getText(), null);
  }

  /** The agent pauses: see Fixture.settle in fixtures/lib/common.ts. */
  async settle(): Promise<void> {
    await this.run(() => window.fixture.settle?.(), null);
  }

  /** One line for the test log: launch time and any key events that had to be sent again. */
  summary(): string {
    const keys = this.keyTrouble.length ? `; dropped key events: ${this.keyTrouble.join(', ')}` : '';
    return `[e2e] ${this.name}: launch + extension ready in ${this.launchMs} ms${keys}`;
  }

  /** Waits until the fixture's text satisfies the predicate, returning that text. */
  async waitForText(predicate: (text: string) => boolean, message: string, timeout?: number): Promise<string> {
    let last = '';
    try {
      return await this.until(async () => {
        last = await this.getText();
        return predicate(last) ? { text: last } : null;
      }, { message, timeout }).then((r) => r.text);
    } catch {
      throw new Error(`[${this.name}] timed out waiting for ${message}; text is ${JSON.stringify(last)}`);
    }
  }

  /** Reads the hooks of every <defuse-overlay> in the top document and its same-origin frames. */
  async overlay(): Promise<OverlaySnapshot> {
    return this.run((h) => h.overlays(), null);
  }

  /** Waits until probe(overlay snapshot) is truthy and returns it. */
  async waitForOverlay<R>(probe: (s: OverlaySnapshot) => R, message: string, timeout?: number): Promise<NonNullable<R>> {
    let last: OverlaySnapshot | undefined;
    try {
      return await this.until(async () => {
        last = await this.overlay();
        return probe(last);
      }, { message, timeout });
    } catch {
      throw new Error(`[${this.name}] timed out waiting for ${message}; overlay: ${JSON.stringify(last)}`);
    }
  }

  /** Forgets the console errors seen so far (requests are kept: see foreignBrowserRequests). */
  clearLogs(): void {
    this.consoleErrors.length = 0;
  }

  /** Network requests (http/https/ws) the page side saw, since launch, for hosts other than the fixture server. */
  foreignBrowserRequests(): BrowserRequest[] {
    return this.requests.filter((r) => r.host !== '' && r.host !== this.server.host);
  }
}

/**
 * Chromium switches. --disable-features takes only its last occurrence, so this list repeats the
 * features playwright-core disables by default (its own --disable-features comes first and loses)
 * and adds Autofill's server predictions. Google-account (GAIA) and component-updater endpoints are
 * pointed at HOUSEKEEPING_HOST (reaching the recording proxy like everything else) so that they are
 * told apart from foreign hosts: Debian's build ships Google API keys and calls both at startup.
 * Spell checking is off in the profile: it downloads a dictionary otherwise.
 */
export function chromiumArgs(server: FixtureServer, ext: string | null): string[] {
  const disabledFeatures = [
    'AutofillServerCommunication',
    'NetworkTimeServiceQuerying',
    'OptimizationHints',
    'OptimizationGuideModelDownloading',
    'AimEnabled',
    'PreconnectToSearch',
    'MediaRouter',
    'Translate',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'AvoidCorsURLLoaderRestartOnRedirect',
  ];
  const housekeeping = `http://${HOUSEKEEPING_HOST}/`;
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--no-pings',
    `--disable-features=${disabledFeatures.join(',')}`,
    // Only an origin is accepted here; with a path Chromium falls back to accounts.google.com.
    `--gaia-url=${housekeeping}`,
    `--component-updater=url-source=${housekeeping}component-updater`,
    ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : ['--disable-extensions']),
    // Everything, loopback included, through the recording proxy.
    `--proxy-server=${server.proxy}`,
    '--proxy-bypass-list=<-loopback>',
    ...(process.env.E2E_EXTRA_CHROMIUM_ARGS ? process.env.E2E_EXTRA_CHROMIUM_ARGS.split(' ') : []),
  ];
}

/**
 * Chromium in a fresh profile through the recording proxy, with the unpacked extension at `ext` or,
 * for a baseline, with no extension at all. The caller closes the context and removes `profile`.
 */
export async function launchChromium(server: FixtureServer, ext: string | null): Promise<{ context: BrowserContext; profile: string }> {
  // Spell checking off, else Chromium downloads a Hunspell dictionary.
  const profile = await mkdtemp(join(tmpdir(), 'defuse-e2e-chromium-'));
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ browser: { enable_spellchecking: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server, ext),
  });
  return { context, profile };
}

class ChromiumDriver extends Driver<PwPage> {
  readonly name = 'chromium' as const;
  protected get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}/`;
  }
  private constructor(
    server: FixtureServer,
    private readonly context: BrowserContext,
    page: PwPage,
    private readonly profile: string,
  ) {
    super(server, page);
  }

  watchConsole(page: PwPage): void {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(`pageerror: ${e.message}`));
  }

  protected async newPage(): Promise<PwPage> {
    const page = await this.context.newPage();
    this.watchConsole(page);
    return page;
  }

  static async launch(server: FixtureServer): Promise<ChromiumDriver> {
    const started = performance.now();
    const { context, profile } = await launchChromium(server, extensionDir('chromium'));
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const page = context.pages()[0] ?? (await context.newPage());
      const driver = new ChromiumDriver(server, context, page, profile);
      driver.extensionId = new URL(worker.url()).host;
      context.on('request', (r) => driver.requests.push({ method: r.method(), url: r.url(), host: hostOf(r.url()) }));
      driver.watchConsole(page);
      driver.launchMs = Math.round(performance.now() - started);
      return driver;
    } catch (error) {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      throw error;
    }
  }

  protected async keyDown(key: string): Promise<void> {
    await this.page.keyboard.down(key);
  }

  protected async keyUp(key: string): Promise<void> {
    await this.page.keyboard.up(key);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async tabCounters(): Promise<TabCounters> {
    const session = await this.context.newCDPSession(this.page);
    try {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('Performance.enable');
      const { metrics } = await session.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return { listeners: metric('JSEventListeners'), nodes: metric('Nodes'), heapBytes: metric('JSHeapUsedSize') };
    } finally {
      await session.detach();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

/** Prefs for Firefox: unsigned temporary add-ons, all traffic through the recording proxy, no prefetch. */
export function firefoxPrefs(server: FixtureServer): Record<string, unknown> {
  return {
    'xpinstall.signatures.required': false,
    // MV3: Firefox treats the content script's <all_urls> as a host permission the user may withhold.
    // ESR 153 grants it at install by default (this pref, true by default since 127), temporary
    // add-ons included; with it false the MV3 content script never runs. Pinned so a distro or
    // policy default cannot silently turn the content script off.
    'extensions.originControls.grantByDefault': true,
    // Remote settings: release builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1
    // (set in launch's env); the data: URL makes Firefox skip its settings sync.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    // Fixed moz-extension:// origin for the gecko id.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    // Manual proxy for every scheme and host, loopback included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': server.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': server.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.trr.mode': 5,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
  };
}

class FirefoxDriver extends Driver<PpPage> {
  readonly name = 'firefox' as const;
  protected readonly extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  private constructor(
    server: FixtureServer,
    private readonly browser: PpBrowser,
    page: PpPage,
  ) {
    super(server, page);
  }

  watch(page: PpPage): void {
    page.on('request', (r) => this.requests.push({ method: r.method(), url: r.url(), host: hostOf(r.url()) }));
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  }

  protected async newPage(): Promise<PpPage> {
    const page = await this.browser.newPage();
    this.watch(page);
    return page;
  }

  static async launch(server: FixtureServer): Promise<FirefoxDriver> {
    const started = performance.now();
    const executablePath = findBrowser('firefox');
    const ext = extensionDir('firefox');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: firefoxPrefs(server),
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    try {
      const extensionId = await browser.installExtension(ext);
      // The tab Firefox starts with never gets focus in headless mode (document.hasFocus() stays
      // false, no focus/focusin events fire even on clicks); a tab opened over BiDi does.
      const page = await browser.newPage();
      for (const other of await browser.pages()) if (other !== page) await other.close();
      const driver = new FirefoxDriver(server, browser, page);
      driver.extensionId = extensionId;
      driver.watch(page);
      driver.launchMs = Math.round(performance.now() - started);
      return driver;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  protected async keyDown(key: string): Promise<void> {
    await this.page.keyboard.down(key as KeyInput);
  }

  protected async keyUp(key: string): Promise<void> {
    await this.page.keyboard.up(key as KeyInput);
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async tabCounters(): Promise<null> {
    return null;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Launches the named browser with the extension loaded. One per test file: launch in beforeAll. */
export async function launch(name: BrowserName, server: FixtureServer): Promise<Driver> {
  return name === 'chromium' ? ChromiumDriver.launch(server) : FirefoxDriver.launch(server);
}
