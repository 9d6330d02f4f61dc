/**
 * When a draft gets analyzed. Up to SYNC_CHARS it is analyzed at once, inside the edit's own event,
 * so the underlines are current in the very next frame (re-analysis of 20,000 characters takes
 * about a millisecond). A longer draft (a pasted log, a 200,000-character thread) is analyzed in
 * chunks, a few milliseconds of them per task, so typing, scrolling and the page's own scripts
 * keep running in between; an edit restarts the run, and chunks whose text did not change are
 * taken from a cache instead of being analyzed again.
 */
import { agentTextEnd } from '../analyzer/text/ignored-regions';
import type { AnalyzeOptions, Report } from '../analyzer/types';
import { loadedScript, loadScript, type Analyze } from './script-loader';
import { chunkDraft, mergeReports } from './draft-chunks';
import { guarded } from './guard';

/** Drafts beyond this are analyzed up to it: agents never write more, pasted logs do. */
export const MAX_ANALYZED_CHARS = 120_000;
export const SYNC_CHARS = 20_000;
const CHUNK_CHARS = 4_000;
/** Work per task: well inside a frame, so the page gets the rest of it. */
const SLICE_MS = 6;
/** Chunk reports kept: more than a capped draft's 30 chunks, so a keystroke misses only its own. */
const CACHED_CHUNKS = 64;

type Delivery = (text: string, report: Report) => void;

export class AnalysisScheduler {
  private run: { text: string; steps: Generator<void, Report> } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly chunks = new Map<string, Report>();
  private chunksFor = '';

  /** `deliver` gets each finished report with the text it is about. */
  constructor(private readonly deliver: Delivery) {}

  /** The latest request made while the analyzer was still loading. */
  private waiting: { text: string; options: AnalyzeOptions } | null = null;

  /**
   * Analyzes `text`, now or in slices; a run still going for an older text is dropped. The first
   * request in a frame loads the analyzer (see script-loader.ts) and is answered once it is there.
   */
  analyze(text: string, options: AnalyzeOptions): void {
    clearTimeout(this.timer);
    this.run = null;
    const analyze = loadedScript('analyzer');
    if (!analyze) {
      const first = this.waiting === null;
      this.waiting = { text, options };
      if (first) void loadScript('analyzer').then(this.loaded, this.failed);
      return;
    }
    this.waiting = null;
    if (text.length <= SYNC_CHARS) {
      this.deliver(text, analyze(text, options));
      return;
    }
    const key = JSON.stringify(options);
    if (key !== this.chunksFor) {
      this.chunks.clear();
      this.chunksFor = key;
    }
    this.run = { text, steps: this.inChunks(analyze, text, options) };
    this.timer = setTimeout(this.slice, 0);
  }

  private readonly loaded = guarded('analyzing the reply', () => {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) this.analyze(waiting.text, waiting.options);
  });

  /** Logged once; the next edit asks for the analyzer again. */
  private readonly failed = guarded('loading the analyzer', (error: unknown) => {
    this.waiting = null;
    throw error;
  });

  /** True while a long draft is still being analyzed, or the analyzer is still loading. */
  get busy(): boolean {
    return this.run !== null || this.waiting !== null;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.run = null;
    this.waiting = null;
  }

  private readonly slice = guarded('analyzing a long reply', () => {
    const run = this.run;
    if (!run) return;
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const next = run.steps.next();
      if (next.done) {
        this.run = null;
        this.deliver(run.text, next.value);
        return;
      }
      if (performance.now() >= until) break;
    }
    this.timer = setTimeout(this.slice, 0);
  });

  /** Yields after each chunk it had to analyze; returns the whole draft's report. */
  private *inChunks(analyze: Analyze, text: string, options: AnalyzeOptions): Generator<void, Report> {
    // A signature or pasted history runs to the end: nothing after its start is the agent's.
    const length = Math.min(agentTextEnd(text), MAX_ANALYZED_CHARS);
    const parts: Array<{ start: number; report: Report }> = [];
    for (const { start, end } of chunkDraft(text, CHUNK_CHARS, length)) {
      const piece = text.slice(start, end);
      let report = this.chunks.get(piece);
      if (!report) {
        report = analyze(piece, options);
        if (this.chunks.size >= CACHED_CHUNKS) this.chunks.delete(this.chunks.keys().next().value as string);
        this.chunks.set(piece, report);
        yield;
      }
      parts.push({ start, report });
    }
    return parts.length > 0 ? mergeReports(parts) : analyze('', options);
  }
}
