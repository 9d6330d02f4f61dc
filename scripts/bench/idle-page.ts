/**
 * What the extension costs a page where no editor is in use, and what the first use of an editor
 * there costs once (the coach loaded and started): see browser.ts for the method.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { FixtureServer } from '../../tests/e2e/support/server';
import { openFixture, type Variant } from './chromium-pair';
import { summarize } from './stats';

export interface IdleSample {
  evaluationMs: number;
  /** All script run in the tab by then, the page's own included (Performance.getMetrics ScriptDuration). */
  scriptMs: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

/** The one-time cost of the first click into the editor (with the extension only). */
export interface FirstUseSample {
  /** From the click's pointerdown to the editor marked data-defuse="on" (the coach loaded and started). */
  coachedMs: number;
  /** Compiling and running the coach script (trace event EvaluateScript for coach.js). */
  coachEvaluationMs: number;
}

interface TraceEvent {
  name: string;
  /** Microseconds. */
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Collects the trace events of what `act` does. */
async function traced(session: CDPSession, act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  return events;
}

/** Milliseconds spent evaluating the extension's scripts whose URL passes `which`. */
function evaluation(events: readonly TraceEvent[], which: (url: string) => boolean): number {
  const ours = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://') && which(e.args.data.url));
  return ours.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
}

/** Clicks into the idle page's editor and times the coach's arrival, measured in the page. */
async function firstUse(page: Page, session: CDPSession): Promise<FirstUseSample> {
  await page.evaluate(() => {
    const reply = document.querySelector('#reply')!;
    const probe = window as unknown as { coached?: Promise<number> };
    probe.coached = new Promise((ok) => {
      let down = 0;
      addEventListener('pointerdown', (e) => (down = e.timeStamp), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (reply.getAttribute('data-defuse') !== 'on') return;
        observer.disconnect();
        ok(performance.now() - down);
      }).observe(reply, { attributes: true, attributeFilter: ['data-defuse'] });
    });
  });
  let coachedMs = Number.NaN;
  const events = await traced(session, async () => {
    await page.click('#reply');
    coachedMs = await page.evaluate(() => (window as unknown as { coached: Promise<number> }).coached);
  });
  return { coachedMs, coachEvaluationMs: evaluation(events, (url) => url.endsWith('/coach.js')) };
}

/**
 * One idle-page round: a fresh tab, the page loaded and left alone, then measured after GC; then, with
 * the extension, the first click into its editor.
 */
async function idleRound(variant: Variant, server: FixtureServer): Promise<{ idle: IdleSample; firstUse: FirstUseSample | null }> {
  const page = await variant.context.newPage();
  try {
    const session = await variant.context.newCDPSession(page);
    const extensionContext = new Promise<number>((ok) => {
      session.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin.startsWith('chrome-extension://')) ok(context.id);
      });
    });
    await session.send('Runtime.enable');
    // Its counters start here, so before the page loads.
    await session.send('Performance.enable');
    const events = await traced(session, async () => {
      await openFixture(page, server, 'textarea.html');
      // The content script runs at document_idle; evaluating in its world waits until it has.
      if (variant.name === 'with') await session.send('Runtime.evaluate', { expression: '0', contextId: await extensionContext });
    });
    const evaluationMs = evaluation(events, () => true);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const heap = await session.send('Runtime.getHeapUsage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const idle = {
      evaluationMs,
      scriptMs: metric('ScriptDuration') * 1000,
      heapBytes: heap.usedSize,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
    };
    return { idle, firstUse: variant.name === 'with' ? await firstUse(page, session) : null };
  } finally {
    await page.close();
  }
}

/** Rounds of fresh tabs, alternating which browser goes first; "added" figures are with minus without. */
export async function measureIdlePage(variants: Variant[], server: FixtureServer, rounds: number) {
  const idle = new Map<Variant['name'], IdleSample[]>(variants.map((v) => [v.name, []]));
  const firstUses: FirstUseSample[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
      const sample = await idleRound(v, server);
      idle.get(v.name)!.push(sample.idle);
      if (sample.firstUse) firstUses.push(sample.firstUse);
    }
  }
  const median = (name: Variant['name'], pick: (s: IdleSample) => number) => summarize(idle.get(name)!.map(pick)).p50;
  return {
    rounds,
    evaluationMs: summarize(idle.get('with')!.map((s) => s.evaluationMs)),
    scriptAddedMs: median('with', (s) => s.scriptMs) - median('without', (s) => s.scriptMs),
    heapAddedBytes: median('with', (s) => s.heapBytes) - median('without', (s) => s.heapBytes),
    nodesAdded: median('with', (s) => s.nodes) - median('without', (s) => s.nodes),
    listenersAdded: median('with', (s) => s.listeners) - median('without', (s) => s.listeners),
    firstUse: {
      coachedMs: summarize(firstUses.map((s) => s.coachedMs)),
      coachEvaluationMs: summarize(firstUses.map((s) => s.coachEvaluationMs)),
    },
    samples: Object.fromEntries(idle),
    firstUseSamples: firstUses,
  };
}
