/**
 * `npm run bench`: how fast analyze() is on support-reply drafts of 200 to 20,000 characters,
 * cold and after a one-character edit, next to harper.js and write-good on the same drafts.
 *
 * Method
 * - What is timed is the analyzer as the extension ships it: lib/analyzer bundled by esbuild into
 *   .output/bench/analyzer.bundle.mjs. (Run from source under tsx, esbuild's keepNames wraps every
 *   closure the matcher creates in a `__name()` call, which costs ~20% and tops a profile; --source
 *   times that anyway.)
 * - Drafts come from a seeded PRNG (corpus.ts), so every run times the same texts.
 * - FULL: analyze() on a draft none of whose sentences were analyzed before. analyze.ts exports
 *   no way to clear its per-sentence cache, so every sentence carries a never-repeated id (order,
 *   ticket, invoice number); ColdCheck proves each timed draft misses the cache on every sentence.
 * - RE-ANALYSIS: right after the full analysis of that draft, one letter near the middle is
 *   inserted (even runs) or deleted (odd runs) and analyze() is timed on the edited draft: one
 *   sentence is new, the rest come from the cache, as after a keystroke in the editor.
 * - Warm-up on separate drafts of every size first, so the JIT has settled before any timing.
 * - Each size has a time budget, so a slow analyzer or a busy machine cannot stretch the run past a
 *   minute or so: timing stops at the budget once a minimum number of runs is in (`runs` says how
 *   many were made). Process CPU time is recorded next to wall-clock time: on a busy machine the
 *   wall clock includes time other processes took.
 * - harper.js (LocalLinter, inlined WebAssembly, plaintext) and write-good get the first of the
 *   drafts Defuse was timed on, same two calls (harper.js keeps a cache of its own, which the
 *   never-repeated sentences defeat the same way). Ratios are their time divided by ours: p50 and
 *   p95 of wall-clock time, p50 of CPU time. They do different work (harper is a full grammar
 *   checker, write-good a set of regexes): the ratios show the latency budget, not equal work.
 *   If harper.js cannot run, the output and the JSON say why and write-good still runs.
 * - Figures are printed, targets marked PASS/FAIL, and everything is written to
 *   .output/bench/analyzer.json (plus a dated copy in .output/bench/history/). The script always
 *   exits 0 on a completed run: timings are for reading and comparing, never a test assertion.
 *
 * Options: --defuse-only (skip harper.js and write-good, e.g. under a profiler),
 *          --sizes=1000,20000 (only these draft sizes), --source (time lib/analyzer through tsx).
 * Profile:  node --cpu-prof --cpu-prof-dir=.output/bench/prof --import tsx scripts/bench/analyzer.ts --defuse-only
 *           (the bundle is not minified, so the profile names the analyzer's own functions)
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../../lib/analyzer/text/sentences';
import { ColdCheck, Corpus } from './corpus';
import { gitInfo, machineInfo, packageVersion } from './machine';
import { ms, summarize, table, times, type Summary } from './stats';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = path.join(ROOT, '.output', 'bench');
const SEED = 0x0def05e;

/**
 * At most `max` runs (a run: one draft, full analysis then re-analysis), at least `min`, and no
 * more once the next run would take the size past `ms`. All budgets add up to about 55 s, so the
 * whole script stays near a minute even on a loaded machine (harper.js setup comes on top: 2-12 s).
 */
interface Budget {
  max: number;
  min: number;
  ms: number;
}

interface SizePlan {
  chars: number;
  /** Untimed Defuse runs on drafts never timed. */
  warmup: Budget;
  defuse: Budget;
  /** On the first of the drafts Defuse was timed on. */
  writeGood: Budget;
  /** harper.js takes 10 ms (200 chars) to 1.5 s (20,000) a lint on an idle machine. */
  harper: Budget;
}

const PLANS: SizePlan[] = [
  {
    chars: 200,
    warmup: { max: 150, min: 3, ms: 1_500 },
    defuse: { max: 600, min: 30, ms: 3_000 },
    writeGood: { max: 60, min: 3, ms: 1_500 },
    harper: { max: 60, min: 1, ms: 2_500 },
  },
  {
    chars: 1_000,
    warmup: { max: 100, min: 3, ms: 1_500 },
    defuse: { max: 400, min: 30, ms: 4_000 },
    writeGood: { max: 40, min: 3, ms: 1_500 },
    harper: { max: 40, min: 1, ms: 4_000 },
  },
  {
    chars: 5_000,
    warmup: { max: 30, min: 3, ms: 2_000 },
    defuse: { max: 200, min: 30, ms: 5_000 },
    writeGood: { max: 20, min: 3, ms: 1_500 },
    harper: { max: 20, min: 1, ms: 5_000 },
  },
  {
    chars: 20_000,
    warmup: { max: 10, min: 2, ms: 2_500 },
    defuse: { max: 100, min: 20, ms: 8_000 },
    writeGood: { max: 12, min: 3, ms: 2_000 },
    harper: { max: 12, min: 1, ms: 8_000 },
  },
];

type Metric = 'full' | 're';

interface Target {
  label: string;
  /** Sizes it applies to; re-analysis latency matters whatever the draft's length. */
  sizes: number[] | 'all';
  metric: Metric;
  p95AtMostMs: number;
}

const TARGETS: Target[] = [
  { label: 'full analysis, 1,000 chars', sizes: [1_000], metric: 'full', p95AtMostMs: 3 },
  { label: 'full analysis, 20,000 chars', sizes: [20_000], metric: 'full', p95AtMostMs: 40 },
  { label: 're-analysis after one keystroke', sizes: 'all', metric: 're', p95AtMostMs: 0.5 },
];

/** Wall-clock time, which the targets use, and the process's CPU time over the same call. */
interface Timings {
  full: Summary;
  re: Summary;
  fullCpu: Summary;
  reCpu: Summary;
}

/** Collects wall and CPU samples of one kind of call. */
class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];

  sync<T>(fn: () => T): T {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = fn();
    this.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
    return result;
  }

  async async<T>(fn: () => Promise<T>): Promise<T> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await fn();
    this.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
    return result;
  }
}

function timings(full: Samples, re: Samples): Timings {
  return { full: summarize(full.wall), re: summarize(re.wall), fullCpu: summarize(full.cpu), reCpu: summarize(re.cpu) };
}

interface SizeResult {
  chars: number;
  sentencesPerDraft: number;
  defuse: Timings & { warmupRuns: number; diagnosticsPer1000Chars: number; stepsDonePerDraft: number };
  harper: (Timings & { lintsPer1000Chars: number; ratio: Ratios }) | null;
  writeGood: (Timings & { suggestionsPer1000Chars: number; ratio: Ratios }) | null;
}

/** Their time / ours, wall clock, and p50 of CPU time (steadier when the machine is busy). */
interface Ratios {
  fullP50: number;
  fullP95: number;
  reP50: number;
  reP95: number;
  fullCpuP50: number;
  reCpuP50: number;
}

type Analyzer = typeof import('../../lib/analyzer');

type WriteGood = (text: string) => Array<{ index: number; offset: number; reason: string }>;

interface HarperLinter {
  setup(): Promise<void>;
  lint(text: string, options?: { language?: 'plaintext' | 'markdown' }): Promise<unknown[]>;
}

function parseArgs(argv: string[]) {
  let sizes: number[] | null = null;
  let defuseOnly = false;
  let source = false;
  for (const arg of argv) {
    if (arg === '--defuse-only') defuseOnly = true;
    else if (arg === '--source') source = true;
    else if (arg.startsWith('--sizes=')) sizes = arg.slice('--sizes='.length).split(',').map((s) => Number(s.replace(/[_,]/g, '')));
    else throw new Error(`unknown option ${arg} (use --defuse-only, --source, --sizes=200,1000)`);
  }
  const plans = sizes ? PLANS.filter((p) => sizes.includes(p.chars)) : PLANS;
  if (plans.length === 0) throw new Error(`--sizes must name some of ${PLANS.map((p) => p.chars).join(', ')}`);
  return { plans, defuseOnly, source };
}

/** The analyzer as shipped: bundled by esbuild without keepNames, not minified so profiles read. */
async function loadAnalyzer(source: boolean): Promise<{ analyzer: Analyzer; how: string; importMs: number }> {
  if (source) {
    const start = performance.now();
    const analyzer = await import('../../lib/analyzer');
    return { analyzer, how: 'lib/analyzer from source through tsx (keepNames)', importMs: performance.now() - start };
  }
  // Built per process and renamed once loaded: two runs at once must not read each other's half-written file.
  const outfile = path.join(OUT_DIR, `analyzer.bundle.${process.pid}.mjs`);
  const keptAs = path.join(OUT_DIR, 'analyzer.bundle.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'lib/analyzer/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'error',
  });
  const start = performance.now();
  const analyzer = (await import(pathToFileURL(outfile).href)) as Analyzer;
  const importMs = performance.now() - start;
  renameSync(outfile, keptAs);
  const how = `lib/analyzer bundled by esbuild ${packageVersion(ROOT, 'esbuild') ?? ''} (es2022, no keepNames), kept as ${path.relative(ROOT, keptAs)}`;
  return { analyzer, importMs, how };
}

/** The first items a budget allows: `next()` says whether to take one more. */
class Allowance {
  private readonly start = performance.now();
  private taken = 0;

  constructor(private readonly budget: Budget) {}

  next(): boolean {
    const spent = performance.now() - this.start;
    const perRun = this.taken ? spent / this.taken : 0;
    const more = this.taken < this.budget.max && (this.taken < this.budget.min || spent + perRun <= this.budget.ms);
    if (more) this.taken++;
    return more;
  }
}

function eachWithin<T>(items: readonly T[], budget: Budget, run: (item: T) => void): number {
  const allowance = new Allowance(budget);
  let n = 0;
  for (const item of items) {
    if (!allowance.next()) break;
    run(item);
    n++;
  }
  return n;
}

function ratios(theirs: Timings, ours: Timings): Ratios {
  const r = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return {
    fullP50: r(theirs.full.p50, ours.full.p50),
    fullP95: r(theirs.full.p95, ours.full.p95),
    reP50: r(theirs.re.p50, ours.re.p50),
    reP95: r(theirs.re.p95, ours.re.p95),
    fullCpuP50: r(theirs.fullCpu.p50, ours.fullCpu.p50),
    reCpuP50: r(theirs.reCpu.p50, ours.reCpu.p50),
  };
}

/**
 * harper.js starts loading its binary in promises nobody awaits (the LocalLinter constructor, its
 * memoized loader): a failure there is an unhandled rejection, which would end the process instead
 * of being reported. While trapped, such a rejection fails `failure` instead.
 */
function trapUnhandledRejections(): { failure: Promise<never>; release: () => void } {
  let onUnhandled: (reason: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    onUnhandled = (reason) => reject(reason);
  });
  failure.catch(() => {}); // a late failure after release must not be unhandled itself
  process.on('unhandledRejection', onUnhandled);
  return { failure, release: () => process.off('unhandledRejection', onUnhandled) };
}

/** Settles with `promise`, or fails after `timeoutMs`, or when `failure` does first. */
async function guarded<T>(promise: Promise<T>, failure: Promise<never>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, failure, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** harper.js in Node: LocalLinter on the inlined binary (a data: URL, no file or network access). */
async function loadHarper(failure: Promise<never>): Promise<{ linter: HarperLinter; setupMs: number } | { error: string }> {
  try {
    const { LocalLinter } = await guarded(import('harper.js'), failure, 30_000, "import('harper.js')");
    const { binaryInlined } = await guarded(import('harper.js/binaryInlined'), failure, 30_000, "import('harper.js/binaryInlined')");
    const start = performance.now();
    const linter = new LocalLinter({ binary: binaryInlined });
    await guarded(linter.setup(), failure, 60_000, 'LocalLinter.setup()');
    const lints = await guarded(linter.lint('I has a apple.', { language: 'plaintext' }), failure, 30_000, 'first lint');
    if (!Array.isArray(lints)) throw new Error('lint() did not return an array');
    return { linter, setupMs: performance.now() - start };
  } catch (error) {
    return { error: errorText(error) };
  }
}

function loadWriteGood(): WriteGood | { error: string } {
  try {
    const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;
    writeGood('So it is clearly a test.');
    return writeGood;
  } catch (error) {
    return { error: errorText(error) };
  }
}

function readPrevious(file: string): { date?: string; git?: { commit?: string | null }; sizes?: SizeResult[] } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { date?: string; sizes?: SizeResult[] };
  } catch {
    return null;
  }
}

function targetFor(chars: number, metric: Metric): Target | undefined {
  return TARGETS.find((t) => t.metric === metric && (t.sizes === 'all' || t.sizes.includes(chars)));
}

function verdict(chars: number, metric: Metric, summary: Summary): string {
  const target = targetFor(chars, metric);
  if (!target) return '';
  return `≤ ${target.p95AtMostMs} ms ${summary.p95 <= target.p95AtMostMs ? 'PASS' : 'FAIL'}`;
}

const fmtChars = (n: number) => n.toLocaleString('en-US');
const pct = (now: number, before: number) => `${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)}%`;

async function main() {
  const started = performance.now();
  const { plans, defuseOnly, source } = parseArgs(process.argv.slice(2));
  const git = gitInfo(ROOT);
  const machine = machineInfo();
  mkdirSync(path.join(OUT_DIR, 'history'), { recursive: true });
  const { analyzer, how, importMs } = await loadAnalyzer(source);
  const { analyze, RULES, STEPS } = analyzer;
  const phrasedRules = RULES.filter((r) => (r.phrases?.length ?? 0) > 0 || r.detect).length;
  const phrasedSteps = STEPS.filter((s) => s.phrases.length > 0).length;

  console.log(`Defuse analyzer benchmark — ${new Date().toISOString()}`);
  console.log(`node ${process.version}, ${machine.platform} ${machine.arch}, ${machine.cpuCount} × ${machine.cpuModel}, load ${machine.loadAverage.join(' ')}`);
  console.log(
    `commit ${git.commit?.slice(0, 10) ?? 'unknown'}${git.analyzerChanges.length ? ` + ${git.analyzerChanges.length} uncommitted change(s) in lib/analyzer` : ''}; ` +
      `${phrasedRules}/${RULES.length} rules and ${phrasedSteps}/${STEPS.length} steps have phrases or detectors`,
  );
  console.log(`timing ${how}`);

  // Every draft up front, from one seeded corpus: generation stays out of the timed loops.
  const corpus = new Corpus(SEED);
  const drafts = plans.map((plan) => ({
    plan,
    warmup: Array.from({ length: plan.warmup.max }, (_, i) => corpus.pair(plan.chars, i % 2 ? 'delete' : 'insert')),
    timed: Array.from({ length: plan.defuse.max }, (_, i) => corpus.pair(plan.chars, i % 2 ? 'delete' : 'insert')),
  }));
  const cold = new ColdCheck((text) => splitSentences(text));

  // The first call in a fresh process also compiles every rule's and step's patterns: what the
  // first keystroke on a page pays. Timed once, on a 1,000-char draft.
  const firstDraft = corpus.draft(1_000);
  cold.fresh(firstDraft);
  const firstCall = new Samples();
  firstCall.sync(() => analyze(firstDraft));
  const startup = { importMs: Math.round(importMs * 10) / 10, firstCallMs: Math.round(firstCall.wall[0]! * 10) / 10, firstCallCpuMs: Math.round(firstCall.cpu[0]! * 10) / 10 };

  // Warm-up: every size, both calls, on drafts that are never timed.
  const warmupRuns = drafts.map(({ plan, warmup }) =>
    eachWithin(warmup, plan.warmup, (pair) => {
      cold.fresh(pair.draft);
      analyze(pair.draft);
      cold.edited(pair.edited);
      analyze(pair.edited);
    }),
  );

  const results: SizeResult[] = [];
  for (const [i, { plan, timed }] of drafts.entries()) {
    const full = new Samples();
    const re = new Samples();
    let sentences = 0;
    let diagnostics = 0;
    let stepsDone = 0;
    eachWithin(timed, plan.defuse, (pair) => {
      sentences += cold.fresh(pair.draft); // outside the timed region
      const report = full.sync(() => analyze(pair.draft));
      diagnostics += report.diagnostics.length;
      stepsDone += report.steps.filter((s) => s.done).length;
      cold.edited(pair.edited);
      re.sync(() => analyze(pair.edited));
    });
    const n = full.wall.length;
    results.push({
      chars: plan.chars,
      sentencesPerDraft: Math.round((sentences / n) * 10) / 10,
      defuse: {
        ...timings(full, re),
        warmupRuns: warmupRuns[i]!,
        diagnosticsPer1000Chars: Math.round((diagnostics / n / plan.chars) * 1000 * 10) / 10,
        stepsDonePerDraft: Math.round((stepsDone / n) * 10) / 10,
      },
      harper: null,
      writeGood: null,
    });
  }

  // write-good, then harper.js, on the first drafts of each size.
  const writeGood = defuseOnly ? { error: 'skipped (--defuse-only)' } : loadWriteGood();
  if (typeof writeGood === 'function') {
    for (const [i, { plan, warmup, timed }] of drafts.entries()) {
      for (const pair of warmup.slice(0, 3)) {
        writeGood(pair.draft);
        writeGood(pair.edited);
      }
      const full = new Samples();
      const re = new Samples();
      let found = 0;
      eachWithin(timed.slice(0, results[i]!.defuse.full.n), plan.writeGood, (pair) => {
        found += full.sync(() => writeGood(pair.draft)).length;
        re.sync(() => writeGood(pair.edited));
      });
      const result = results[i]!;
      const t = timings(full, re);
      result.writeGood = {
        ...t,
        suggestionsPer1000Chars: Math.round((found / t.full.n / plan.chars) * 1000 * 10) / 10,
        ratio: ratios(t, result.defuse),
      };
    }
  }

  let harper: { linter: HarperLinter; setupMs: number } | { error: string } = { error: 'skipped (--defuse-only)' };
  if (!defuseOnly) {
    const trap = trapUnhandledRejections();
    harper = await loadHarper(trap.failure);
    if ('linter' in harper) {
      const { linter } = harper;
      const lint = (text: string) => guarded(linter.lint(text, { language: 'plaintext' }), trap.failure, 60_000, 'lint()');
      try {
        // Warm-up on small drafts only: a 20,000-char lint takes over a second.
        for (const { plan, warmup } of drafts) {
          if (plan.chars > 1_000) continue;
          for (const pair of warmup.slice(0, 3)) {
            await lint(pair.draft);
            await lint(pair.edited);
          }
        }
        for (const [i, { plan, timed }] of drafts.entries()) {
          const full = new Samples();
          const re = new Samples();
          let found = 0;
          const allowance = new Allowance(plan.harper);
          for (const pair of timed.slice(0, results[i]!.defuse.full.n)) {
            if (!allowance.next()) break;
            found += (await full.async(() => lint(pair.draft))).length;
            await re.async(() => lint(pair.edited));
          }
          const result = results[i]!;
          const t = timings(full, re);
          result.harper = {
            ...t,
            lintsPer1000Chars: Math.round((found / t.full.n / plan.chars) * 1000 * 10) / 10,
            ratio: ratios(t, result.defuse),
          };
        }
      } catch (error) {
        harper = { error: `failed while timing: ${errorText(error)}` };
        for (const r of results) r.harper = null;
      }
    }
    // After a failure harper.js may still reject promises of its own later on: keep them trapped.
    if (!('error' in harper)) trap.release();
  }

  // Report.
  const loadAfter = machineInfo().loadAverage;
  const busy = Math.max(machine.loadAverage[0] ?? 0, loadAfter[0] ?? 0) > machine.cpuCount;
  console.log('\nDefuse analyze(), milliseconds of wall clock; targets are on wall p95 (cpu p95: process CPU time, steadier on a busy machine)');
  console.log(
    table(
      ['chars', 'sentences', 'runs', 'full p50', 'full p95', 'cpu p95', 'target', 're-analysis p50', 're p95', 'cpu p95', 'target'],
      results.map((r) => [
        fmtChars(r.chars),
        String(r.sentencesPerDraft),
        String(r.defuse.full.n),
        ms(r.defuse.full.p50),
        ms(r.defuse.full.p95),
        ms(r.defuse.fullCpu.p95),
        verdict(r.chars, 'full', r.defuse.full),
        ms(r.defuse.re.p50),
        ms(r.defuse.re.p95),
        ms(r.defuse.reCpu.p95),
        verdict(r.chars, 're', r.defuse.re),
      ]),
    ),
  );
  console.log(
    `Startup: importing the analyzer ${ms(startup.importMs)} ms; first analyze() (1,000 chars, compiles all patterns) ${ms(startup.firstCallMs)} ms (cpu ${ms(startup.firstCallCpuMs)} ms).`,
  );
  console.log(
    `Findings per draft: ${results.map((r) => `${fmtChars(r.chars)} chars ${Math.round((r.defuse.diagnosticsPer1000Chars * r.chars) / 100) / 10} diagnostics, ${r.defuse.stepsDonePerDraft} steps done`).join('; ')}.`,
  );

  const targetResults = TARGETS.flatMap((t) =>
    results
      .filter((r) => t.sizes === 'all' || t.sizes.includes(r.chars))
      .map((r) => {
        const p95 = r.defuse[t.metric].p95;
        const cpuP95 = r.defuse[t.metric === 'full' ? 'fullCpu' : 'reCpu'].p95;
        return { label: t.label, chars: r.chars, metric: t.metric, p95Ms: p95, cpuP95Ms: cpuP95, limitMs: t.p95AtMostMs, pass: p95 <= t.p95AtMostMs };
      }),
  );
  const failed = targetResults.filter((t) => !t.pass);
  console.log(
    failed.length === 0
      ? `\nTargets: all ${targetResults.length} met.`
      : `\nTargets: ${failed.length} of ${targetResults.length} missed: ${failed
          .map((t) => `${t.label} at ${fmtChars(t.chars)} chars (p95 ${ms(t.p95Ms)} ms > ${t.limitMs} ms; cpu p95 ${ms(t.cpuP95Ms)} ms)`)
          .join('; ')}.`,
  );
  if (busy) {
    console.log(
      `Warning: the machine was busy (load average ${machine.loadAverage[0]} before, ${loadAfter[0]} after, on ${machine.cpuCount} CPUs): ` +
        'other processes took CPU during timing, so wall-clock figures are inflated; compare cpu p95, or run again when idle.',
    );
  }

  if (defuseOnly) {
    console.log('\nharper.js and write-good skipped (--defuse-only).');
  } else {
    console.log(
      '\nOthers on the same drafts: their wall p50 in ms; × = their p50 / Defuse p50, wall clock and CPU time (higher: Defuse is faster)',
    );
    const cells = (t: (Timings & { ratio: Ratios }) | null, metric: Metric) =>
      t
        ? [
            ms(t[metric].p50),
            times(metric === 'full' ? t.ratio.fullP50 : t.ratio.reP50),
            times(metric === 'full' ? t.ratio.fullCpuP50 : t.ratio.reCpuP50),
          ]
        : ['—', '—', '—'];
    console.log(
      table(
        ['chars', 'harper runs', 'full', '×', '× cpu', 're', '×', '× cpu', 'write-good runs', 'full', '×', '× cpu', 're', '×', '× cpu'],
        results.map((r) => [
          fmtChars(r.chars),
          String(r.harper?.full.n ?? 0),
          ...cells(r.harper, 'full'),
          ...cells(r.harper, 're'),
          String(r.writeGood?.full.n ?? 0),
          ...cells(r.writeGood, 'full'),
          ...cells(r.writeGood, 're'),
        ]),
      ),
    );
    if ('error' in harper) console.log(`harper.js not run: ${harper.error}`);
    else console.log(`harper.js ${packageVersion(ROOT, 'harper.js')}: LocalLinter, inlined binary, plaintext; setup took ${ms(harper.setupMs)} ms.`);
    if (typeof writeGood !== 'function') console.log(`write-good not run: ${writeGood.error}`);
  }

  const jsonFile = path.join(OUT_DIR, 'analyzer.json');
  const previous = readPrevious(jsonFile);
  if (previous?.sizes?.length) {
    const rows = results.flatMap((r) => {
      const before = previous.sizes!.find((p) => p.chars === r.chars)?.defuse;
      if (!before?.full || !before.re) return [];
      return [
        [
          fmtChars(r.chars),
          `${ms(before.full.p95)} → ${ms(r.defuse.full.p95)}`,
          pct(r.defuse.full.p95, before.full.p95),
          `${ms(before.re.p95)} → ${ms(r.defuse.re.p95)}`,
          pct(r.defuse.re.p95, before.re.p95),
        ],
      ];
    });
    if (rows.length) {
      console.log(`\nAgainst the previous run (${previous.date ?? '?'}, commit ${previous.git?.commit?.slice(0, 10) ?? '?'}), Defuse p95 ms`);
      console.log(table(['chars', 'full', 'change', 're-analysis', 'change'], rows));
    }
  }

  const date = new Date().toISOString();
  const json = {
    schema: 1,
    date,
    partial: defuseOnly || source || plans.length !== PLANS.length,
    durationS: Math.round((performance.now() - started) / 100) / 10,
    node: process.version,
    v8: process.versions.v8,
    machine: { ...machine, loadAverageAfter: loadAfter, busy },
    git,
    packages: {
      'harper.js': packageVersion(ROOT, 'harper.js'),
      'write-good': packageVersion(ROOT, 'write-good'),
      esbuild: packageVersion(ROOT, 'esbuild'),
      tsx: packageVersion(ROOT, 'tsx'),
    },
    method: {
      timed: how,
      seed: SEED,
      options: 'analyze(text) with default options',
      cold: 'every sentence carries a never-repeated id, so a timed full analysis misses the per-sentence cache on every sentence (checked with the analyzer\'s splitSentences)',
      reAnalysis: 'analyze(draft), then one letter inserted (even runs) or deleted (odd runs) nearest the middle; the second call is timed',
      percentiles: 'nearest rank',
      ratios: 'their time / Defuse time on the same drafts',
      plans,
    },
    analyzer: { rules: RULES.length, rulesWithPhrasesOrDetector: phrasedRules, steps: STEPS.length, stepsWithPhrases: phrasedSteps },
    harper: 'error' in harper ? { ran: false, error: harper.error } : { ran: true, setupMs: Math.round(harper.setupMs) },
    writeGood: typeof writeGood === 'function' ? { ran: true } : { ran: false, error: writeGood.error },
    startup,
    targets: targetResults,
    sizes: results,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  // A partial run (some sizes, no comparison, or the source build) keeps analyzer.json for full runs.
  const partial = defuseOnly || source || plans.length !== PLANS.length;
  const historyFile = path.join(OUT_DIR, 'history', `analyzer-${date.replace(/[:.]/g, '-')}${partial ? '-partial' : ''}.json`);
  writeFileSync(historyFile, text);
  if (!partial) writeFileSync(jsonFile, text);
  console.log(`\nWrote ${path.relative(ROOT, partial ? historyFile : jsonFile)} (${json.durationS} s).`);
}

await main();
