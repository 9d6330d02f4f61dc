/**
 * The fixture server of the real-browser tests.
 *
 * - Serves tests/e2e/fixtures/*.html, plus one bundle per tests/e2e/fixtures/*.ts|tsx entry file, built
 *   with esbuild at startup into a temporary directory (never committed), plus the editors' own
 *   stylesheets, skins and fonts straight from node_modules (see VENDOR). Nothing a fixture page
 *   loads comes from another host.
 * - Doubles as the browsers' HTTP proxy (see browsers.ts): every request either browser makes, to any
 *   host, arrives here and is recorded with its method, URL and host. Requests for any host but this
 *   server's own are answered 403 and never leave the machine; CONNECT tunnels (HTTPS) are refused too.
 *   A privacy test can therefore assert that nothing but the fixture server was contacted.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/e2e/fixtures');

/**
 * What is served under /vendor/ (paths below node_modules). Only what fixture pages link to: a file,
 * or a folder (name ending in `/`) for editors that load their own skins, fonts and content styles
 * at run time, as TinyMCE self-hosted and Summernote do.
 */
const VENDOR: Record<string, string> = {
  'quill.snow.css': 'quill/dist/quill.snow.css',
  'quill.core.css': 'quill/dist/quill.core.css',
  'ckeditor5.css': 'ckeditor5/dist/ckeditor5.css',
  'trix.css': 'trix/dist/trix.css',
  'tinymce/': 'tinymce/',
  'summernote/': 'summernote/dist/',
};

/** The node_modules file for a /vendor/ name, or null when it is not vendored. */
function vendoredFile(name: string): string | null {
  const exact = VENDOR[name];
  if (exact !== undefined && !exact.endsWith('/')) return join(REPO_ROOT, 'node_modules', exact);
  const folder = Object.keys(VENDOR).find((key) => key.endsWith('/') && name.startsWith(key));
  if (folder === undefined) return null;
  const base = join(REPO_ROOT, 'node_modules', VENDOR[folder]!);
  const file = resolve(base, name.slice(folder.length));
  return file.startsWith(base) ? file : null;
}

/**
 * The host browsers.ts points the browsers' own service endpoints at (Chromium's Google-account and
 * component-updater URLs). `.invalid` is reserved (RFC 2606): nothing real can answer for it, and
 * the extension has no reason to name it, so requests for it are the browser's housekeeping.
 */
export const HOUSEKEEPING_HOST = 'browser-housekeeping.invalid';

/**
 * Hosts counted as the browser's own housekeeping rather than as foreign hosts. Keep this short and
 * exact, each with the reason it cannot be switched off:
 * - redirector.gvt1.com: Chromium sometimes downloads its Hunspell dictionary
 *   (/edgedl/chrome/dict/en-us-10-2.bdic, seen in a net-log) although spell checking is off in the
 *   test profile; no switch moves that URL. Refused by the proxy like every other foreign request.
 */
export const HOUSEKEEPING_HOSTS: readonly string[] = [HOUSEKEEPING_HOST, 'redirector.gvt1.com'];

/**
 * The host name fixture pages are served under. Defuse coaches only on helpdesk sites, so the pages
 * must come from one: this name is a subdomain of a default site (zendesk.com). The browsers send
 * every request to this server as their proxy, which answers for the name itself: no lookup of it
 * and no request to it ever leaves the machine.
 */
export const FIXTURE_HOSTNAME = 'defuse-fixtures.zendesk.com';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.eot': 'application/vnd.ms-fontobject',
};

export interface RequestRecord {
  method: string;
  /** Absolute URL as the server understood it (for CONNECT: `https://host:port/`). */
  url: string;
  /** host[:port] the request was meant for. */
  host: string;
  /** True when the request came through the proxy path (absolute-form or CONNECT). */
  proxied: boolean;
  /** True for the browser's own housekeeping (HOUSEKEEPING_HOSTS); refused like any foreign host. */
  housekeeping: boolean;
}

export interface FixtureServer {
  /** `http://defuse-fixtures.zendesk.com:<port>`: where fixture pages are (see FIXTURE_HOSTNAME). */
  readonly origin: string;
  /** `defuse-fixtures.zendesk.com:<port>` */
  readonly host: string;
  /** `http://127.0.0.1:<port>`: the address the browsers use as their proxy. */
  readonly proxy: string;
  readonly port: number;
  /** Every request received so far, in order. */
  readonly requests: RequestRecord[];
  /** Absolute URL of a fixture page, e.g. url('textarea.html'). */
  url(path: string): string;
  /**
   * Requests for any host other than this server's, the browser's housekeeping excepted; from
   * requests[since] on (e.g. since = requests.length taken before a browser launched).
   */
  foreignRequests(since?: number): RequestRecord[];
  close(): Promise<void>;
}

/** Bundles every tests/e2e/fixtures/*.ts|tsx entry into outDir as <name>.js. */
async function bundleFixtures(outDir: string): Promise<string[]> {
  const entries = (await readdir(FIXTURES_DIR))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(FIXTURES_DIR, f));
  if (entries.length === 0) return [];
  await build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'linked',
    minify: false,
    logLevel: 'warning',
    jsx: 'automatic',
    // Each React fixture says `@jsxImportSource react` itself; the repo default is Preact.
    jsxImportSource: 'react',
    // Draft.js (through fbjs) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"development"', global: 'globalThis' },
    absWorkingDir: REPO_ROOT,
  });
  return entries;
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const bundleDir = await mkdtemp(join(tmpdir(), 'defuse-e2e-bundles-'));
  await bundleFixtures(bundleDir);

  const requests: RequestRecord[] = [];
  let ownHost = '';
  let directHost = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = req.url ?? '/';
    const proxied = /^[a-z]+:\/\//i.test(raw);
    const url = new URL(raw, `http://${req.headers.host ?? ownHost}`);
    const housekeeping = HOUSEKEEPING_HOSTS.includes(url.hostname);
    requests.push({ method: req.method ?? 'GET', url: url.href, host: url.host, proxied, housekeeping });

    if (url.host !== ownHost && !(url.host === directHost && !proxied)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('defuse e2e: foreign host refused');
      return;
    }
    const path = decodeURIComponent(url.pathname);
    if (path === '/' ) {
      const pages = (await readdir(FIXTURES_DIR)).filter((f) => f.endsWith('.html'));
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(`<!doctype html><title>fixtures</title><ul>${pages.map((p) => `<li><a href="/${p}">${p}</a>`).join('')}</ul>`);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const name = path.slice(1);
    if (name.includes('/') ? !name.startsWith('vendor/') : name.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    if (name.startsWith('vendor/')) {
      const vendored = vendoredFile(name.slice('vendor/'.length));
      if (vendored === null) res.writeHead(404).end();
      else await sendFile(res, vendored);
      return;
    }
    if (name.endsWith('.html') || name.endsWith('.css')) await sendFile(res, resolve(FIXTURES_DIR, name));
    else if (name.endsWith('.js') || name.endsWith('.js.map')) await sendFile(res, resolve(bundleDir, name));
    else res.writeHead(404).end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  // HTTPS through the proxy arrives as CONNECT: record it and refuse; nothing leaves the machine.
  server.on('connect', (req: IncomingMessage, socket) => {
    const host = req.url ?? '';
    requests.push({ method: 'CONNECT', url: `https://${host}/`, host: host.replace(/:443$/, ''), proxied: true, housekeeping: HOUSEKEEPING_HOSTS.includes(host.split(':')[0] ?? '') });
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  ownHost = `${FIXTURE_HOSTNAME}:${port}`;
  directHost = `127.0.0.1:${port}`;
  const origin = `http://${ownHost}`;

  return {
    origin,
    host: ownHost,
    proxy: `http://${directHost}`,
    port,
    requests,
    url: (path) => new URL(path, `${origin}/`).href,
    foreignRequests: (since = 0) => requests.slice(since).filter((r) => r.host !== ownHost && r.host !== directHost && !r.housekeeping),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(bundleDir, { recursive: true, force: true });
    },
  };
}
