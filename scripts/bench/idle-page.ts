/** What the extension costs a page where no editor is in use: see browser.ts for the method. */
import type { CDPSession } from 'playwright-core';
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

interface TraceEvent {
  name: string;
  /** Microseconds. */
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Collects the trace events of one page load. */
async function traced(session: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await load();
  const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await session.send('Tracing.end');
  await complete;
  return events;
}

/** One idle-page round: a fresh tab, the page loaded and left alone, then measured after GC. */
async function idleRound(variant: Variant, server: FixtureServer): Promise<IdleSample> {
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
    if (variant.name === 'with') await page.waitForFunction(() => document.querySelector('#reply')?.getAttribute('data-defuse') === 'on', null, { timeout: 30_000 });
    const evaluationMs =
      events
        .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'))
        .reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const heap = await session.send('Runtime.getHeapUsage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return {
      evaluationMs,
      scriptMs: metric('ScriptDuration') * 1000,
      heapBytes: heap.usedSize,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
    };
  } finally {
    await page.close();
  }
}

/** Rounds of fresh tabs, alternating which browser goes first; "added" figures are with minus without. */
export async function measureIdlePage(variants: Variant[], server: FixtureServer, rounds: number) {
  const idle = new Map<Variant['name'], IdleSample[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 === 0 ? variants : [...variants].reverse()) idle.get(v.name)!.push(await idleRound(v, server));
  }
  const median = (name: Variant['name'], pick: (s: IdleSample) => number) => summarize(idle.get(name)!.map(pick)).p50;
  return {
    rounds,
    evaluationMs: summarize(idle.get('with')!.map((s) => s.evaluationMs)),
    scriptAddedMs: median('with', (s) => s.scriptMs) - median('without', (s) => s.scriptMs),
    heapAddedBytes: median('with', (s) => s.heapBytes) - median('without', (s) => s.heapBytes),
    nodesAdded: median('with', (s) => s.nodes) - median('without', (s) => s.nodes),
    listenersAdded: median('with', (s) => s.listeners) - median('without', (s) => s.listeners),
    samples: Object.fromEntries(idle),
  };
}
