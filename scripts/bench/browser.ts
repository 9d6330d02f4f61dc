/**
 * `npm run bench:browser`: what the extension costs an agent in real Chromium, measured against the
 * same Chromium without it, in one run.
 *
 * Method
 * - Builds both packages (`npm run build`; --no-build times what .output already holds) and
 *   records their sizes, the content script's and the coach script's, raw and gzipped.
 * - Two Chromium instances side by side from the e2e machinery (tests/e2e/support): one with the
 *   unpacked extension, one with extensions disabled, both loading the same fixture pages from the
 *   local fixture server (which refuses every other host).
 * - TYPING: a 5,000-character draft (corpus.ts, seeded, with the problem phrasings the rules flag)
 *   goes into a <textarea> and into a ProseMirror editor; the caret sits at the start, so every
 *   keystroke shifts every underline (the most the overlay has to redo), and real key events are
 *   sent through CDP. A probe in the page (page-probes.ts) times each keystroke from the key-down's
 *   timestamp to a task posted from the first animation frame after the input event, i.e. until
 *   that frame has been rendered with whatever the extension did in it. Keystrokes come 40-120 ms
 *   apart (a fast typist; seeded, so at a random point of the frame interval: typing.ts) and go in
 *   blocks that alternate between the two browsers, so load on this shared machine hits both alike.
 *   Overhead = p50 (p95) with the extension / p50 (p95) without.
 * - UNDERLINE: with the extension, the same probe watches the overlay's underline hooks (a
 *   MutationObserver on its open shadow root) and notes when the last underline's offset has
 *   moved by the characters typed, and whether that happened by the end of the keystroke's first frame.
 * - IDLE PAGE: the textarea page opened and left alone (no editor in use), in a fresh tab each
 *   round: the content script's evaluation (trace event EvaluateScript for the extension's URLs:
 *   compiling and running the bootstrap, which is all that runs until an editor is used); then, once
 *   the content script has run and after two forced garbage collections, all script time the tab has
 *   run, its JS heap, DOM nodes and event listeners: "added" = with minus without, medians over the
 *   rounds.
 * - FIRST USE (the one-time cost, same tabs, with the extension): a real click into the idle page's
 *   editor, timed in the page from the click's pointerdown to the editor marked data-defuse="on" (the
 *   coach script loaded by the background, evaluated and started: settings read, editors found); and
 *   the coach script's own evaluation (EvaluateScript for coach.js). The analyzer's load follows on
 *   the same first use and is not in these figures (`npm run bench` times it).
 * - A 200,000-character textarea draft is timed the same way, for the record (no target).
 * - Prints tables, marks targets PASS/FAIL, writes .output/bench/browser.json (and a dated copy in
 *   .output/bench/history/). Always exits 0 on a completed run: figures are for reading, not asserting.
 *
 * Options: --keys=N (keystrokes per draft and browser, default 300), --rounds=N (idle-page
 *          rounds, default 8), --no-build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { launchVariant, versionOf, type Variant } from './chromium-pair';
import { Corpus } from './corpus';
import { measureIdlePage } from './idle-page';
import { gitInfo, machineInfo } from './machine';
import { kb, packageSizes } from './package-sizes';
import { ms, table } from './stats';
import { KEYS_PER_BLOCK, PAUSE_MS, TYPED, typing, type DraftCase, type TypingResult } from './typing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = path.join(ROOT, '.output');
const OUT_DIR = path.join(OUTPUT, 'bench');
const SEED = 0x0def05e;

const TARGETS = {
  medianOverhead: 1.05,
  p95Overhead: 1.1,
  evaluationMs: 5,
  memoryMB: 10,
};

const CASES: DraftCase[] = [
  { label: 'textarea, 5,000 chars', page: 'textarea.html', selector: '#reply', kind: 'textarea', chars: 5_000, targeted: true },
  { label: 'ProseMirror, 5,000 chars', page: 'prosemirror.html', selector: '#editor .ProseMirror', kind: 'rich', chars: 5_000, targeted: true },
  { label: 'textarea, 200,000 chars', page: 'textarea.html', selector: '#reply', kind: 'textarea', chars: 200_000, targeted: false },
];

function parseArgs(argv: string[]) {
  let keys = 300;
  let rounds = 8;
  let build = true;
  for (const arg of argv) {
    if (arg === '--no-build') build = false;
    else if (arg.startsWith('--keys=')) keys = Number(arg.slice('--keys='.length));
    else if (arg.startsWith('--rounds=')) rounds = Number(arg.slice('--rounds='.length));
    else throw new Error(`unknown option ${arg} (use --keys=N, --rounds=N, --no-build)`);
  }
  if (!(keys > 0 && rounds > 0)) throw new Error('--keys and --rounds must be positive');
  return { keys, rounds, build };
}

function build(): void {
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    throw new Error('npm run build failed');
  }
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const ratio = (x: number) => `${x.toFixed(3)}×`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

async function main() {
  const started = performance.now();
  const { keys, rounds, build: shouldBuild } = parseArgs(process.argv.slice(2));
  mkdirSync(path.join(OUT_DIR, 'history'), { recursive: true });
  if (shouldBuild) build();
  const sizes = packageSizes(OUTPUT, ['chrome-mv3', 'firefox-mv3']);
  const machine = machineInfo();
  console.log(`Defuse in-browser benchmark — ${new Date().toISOString()}`);
  console.log(`${machine.cpuCount} × ${machine.cpuModel}, load ${machine.loadAverage.join(' ')}`);

  const server = await startFixtureServer();
  const variants: Variant[] = [];
  try {
    for (const name of ['with', 'without'] as const) variants.push(await launchVariant(server, name));
    const browserVersion = await versionOf(variants[0]!);

    const idleResult = await measureIdlePage(variants, server, rounds);

    const corpus = new Corpus(SEED);
    const typingResults: TypingResult[] = [];
    for (const c of CASES) {
      const caseKeys = c.targeted ? keys : Math.max(KEYS_PER_BLOCK, Math.round(keys / 3));
      typingResults.push(await typing(variants, server, c, caseKeys, corpus.draft(c.chars), SEED));
    }

    const loadAfter = machineInfo().loadAverage;
    console.log(`\n${browserVersion}. Keystroke to the end of the next frame, ms (with / without the extension)`);
    console.log(
      table(
        ['draft', 'keys', 'with p50', 'without p50', 'overhead', 'target', 'with p95', 'without p95', 'overhead', 'target'],
        typingResults.map((r) => [
          r.label,
          String(r.keys),
          ms(r.with.p50),
          ms(r.without.p50),
          ratio(r.overheadP50),
          r.targeted ? `≤ ${TARGETS.medianOverhead} ${verdict(r.overheadP50 <= TARGETS.medianOverhead)}` : '',
          ms(r.with.p95),
          ms(r.without.p95),
          ratio(r.overheadP95),
          r.targeted ? `≤ ${TARGETS.p95Overhead} ${verdict(r.overheadP95 <= TARGETS.p95Overhead)}` : '',
        ]),
      ),
    );
    console.log('\nKeystroke to underlines up to date, ms, and the share updated within the keystroke\'s first frame');
    console.log(
      table(
        ['draft', 'p50', 'p95', 'max', 'in first frame', 'target'],
        typingResults.map((r) => [
          r.label,
          ms(r.underline.p50),
          ms(r.underline.p95),
          ms(r.underline.max),
          `${(r.underlineInFirstFrame * 100).toFixed(1)}%`,
          r.targeted ? `100% ${verdict(r.underlineInFirstFrame === 1)}` : '',
        ]),
      ),
    );
    console.log(`\nIdle helpdesk page (textarea.html, no editor in use), medians over ${rounds} fresh tabs`);
    console.log(
      table(
        ['measure', 'value', 'target'],
        [
          ['content script evaluation p50', `${ms(idleResult.evaluationMs.p50)} ms`, `< ${TARGETS.evaluationMs} ms ${verdict(idleResult.evaluationMs.p50 < TARGETS.evaluationMs)}`],
          ['content script evaluation max', `${ms(idleResult.evaluationMs.max)} ms`, ''],
          ['all script time added by then', `${ms(idleResult.scriptAddedMs)} ms`, ''],
          ['JS heap added (after GC)', mb(idleResult.heapAddedBytes), `< ${TARGETS.memoryMB} MB ${verdict(idleResult.heapAddedBytes < TARGETS.memoryMB * 2 ** 20)}`],
          ['DOM nodes added', String(idleResult.nodesAdded), ''],
          ['event listeners added', String(idleResult.listenersAdded), ''],
        ],
        (col) => col === 1,
      ),
    );
    console.log(`\nFirst click into that editor (once per page), ${rounds} tabs`);
    console.log(
      table(
        ['measure', 'p50', 'max'],
        [
          ['click to editor coached (coach loaded and started)', `${ms(idleResult.firstUse.coachedMs.p50)} ms`, `${ms(idleResult.firstUse.coachedMs.max)} ms`],
          ['coach script evaluation', `${ms(idleResult.firstUse.coachEvaluationMs.p50)} ms`, `${ms(idleResult.firstUse.coachEvaluationMs.max)} ms`],
        ],
      ),
    );
    console.log('\nPackages');
    console.log(
      table(
        ['package', 'files', 'unpacked', 'gzipped', 'content script', 'gzipped', 'coach (first use)', 'gzipped'],
        sizes.map((p) => [
          p.name,
          String(p.files),
          kb(p.bytes),
          kb(p.gzipBytes),
          ...[p.contentScript, p.coachScript].flatMap((f) => (f ? [kb(f.bytes), kb(f.gzipBytes)] : ['—', '—'])),
        ]),
      ),
    );
    if (Math.max(machine.loadAverage[0] ?? 0, loadAfter[0] ?? 0) > machine.cpuCount) {
      console.log(`Warning: the machine was busy (load ${machine.loadAverage[0]} before, ${loadAfter[0]} after, ${machine.cpuCount} CPUs); both browsers shared it alike, but run again when idle to compare with earlier runs.`);
    }

    const date = new Date().toISOString();
    const json = {
      schema: 1,
      date,
      durationS: Math.round((performance.now() - started) / 100) / 10,
      browser: browserVersion,
      machine: { ...machine, loadAverageAfter: loadAfter },
      git: gitInfo(ROOT),
      method: { keys, rounds, keysPerBlock: KEYS_PER_BLOCK, pauseMs: PAUSE_MS, typed: TYPED, caret: 'start of the draft', seed: SEED, percentiles: 'nearest rank' },
      targets: TARGETS,
      typing: typingResults,
      idle: idleResult,
      packages: sizes,
    };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    writeFileSync(path.join(OUT_DIR, 'history', `browser-${date.replace(/[:.]/g, '-')}.json`), text);
    writeFileSync(path.join(OUT_DIR, 'browser.json'), text);
    console.log(`\nWrote ${path.relative(ROOT, path.join(OUT_DIR, 'browser.json'))} (${json.durationS} s).`);
  } finally {
    for (const v of variants) {
      await v.context.close();
      rmSync(v.profile, { recursive: true, force: true });
    }
    await server.close();
  }
}

await main();
