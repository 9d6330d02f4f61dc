import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyzer/analyze';
import type { Report } from '../../../lib/analyzer/types';
import { chunkDraft, mergeReports } from '../../../lib/coach/draft-chunks';
import { AnalysisScheduler, MAX_ANALYZED_CHARS, SYNC_CHARS } from '../../../lib/coach/scheduler';

/** Paragraphs whose every sentence is new to the analyzer's cache, so each chunk is real work. */
function longDraft(chars: number): string {
  let text = '';
  for (let i = 10_000; text.length < chars; i++) {
    text +=
      `I'm so sorry the refund for order ${i} is late. You should have restarted router ${i}. ` +
      `Calm down, ticket ${i} is only a small delay. I'll check back with you about case ${i} on Friday.\n\n`;
  }
  return text;
}

function deliveries() {
  const got: Array<{ text: string; report: Report }> = [];
  return { got, deliver: (text: string, report: Report) => got.push({ text, report }) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('chunks of a long draft', () => {
  it('cover the draft end to end, each ending after a line break when one is near', () => {
    const text = longDraft(30_000);
    const chunks = chunkDraft(text, 4_000);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (const [i, c] of chunks.entries()) {
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      if (c.end < text.length) expect(text[c.end - 1]).toBe('\n');
    }
  });

  it('keep the chunks after an edit the same strings, so only the edited one is analyzed again', () => {
    const text = longDraft(30_000);
    const edited = `${text.slice(0, 100)}x${text.slice(100)}`;
    const pieces = (t: string) => chunkDraft(t, 4_000).map((c) => t.slice(c.start, c.end));
    const before = new Set(pieces(text));
    expect(pieces(edited).filter((p) => !before.has(p))).toHaveLength(1);
  });

  it('cut a single line with no breaks after a sentence or a space, and text with neither at the size', () => {
    const line = 'Calm down. '.repeat(1_000);
    for (const c of chunkDraft(line, 500).slice(0, -1)) expect(line.slice(c.end - 2, c.end)).toBe('. ');
    const words = 'calm down '.repeat(1_000);
    for (const c of chunkDraft(words, 500).slice(0, -1)) expect(words[c.end - 1]).toBe(' ');
    const blob = 'x'.repeat(10_000);
    expect(chunkDraft(blob, 1_000).map((c) => c.end - c.start)).toEqual(Array(5).fill(2_000));
  });

  it('merge into the report of the whole draft: same problems at the same offsets, same steps', () => {
    const text = longDraft(12_000);
    const whole = analyze(text);
    const merged = mergeReports(chunkDraft(text, 3_000).map((c) => ({ start: c.start, report: analyze(text.slice(c.start, c.end)) })));
    const spans = (r: Report) => r.diagnostics.map((d) => [d.ruleId, d.start, d.end, d.text]);
    expect(spans(merged)).toEqual(spans(whole));
    expect(merged.steps.map((s) => [s.id, s.done, s.spans])).toEqual(whole.steps.map((s) => [s.id, s.done, s.spans]));
    expect(merged.score).toBe(whole.score);
  });
});

describe('the analysis scheduler', () => {
  it('analyzes a draft up to SYNC_CHARS at once', () => {
    const { got, deliver } = deliveries();
    new AnalysisScheduler(deliver).analyze('You should have restarted the router.', {});
    expect(got).toHaveLength(1);
    expect(got[0]!.report.diagnostics[0]?.ruleId).toBe('tone/blame');
  });

  it('analyzes a longer draft in slices across tasks, and delivers what one pass would find', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { got, deliver } = deliveries();
    const text = longDraft(SYNC_CHARS * 3);
    const scheduler = new AnalysisScheduler(deliver);
    scheduler.analyze(text, {});
    expect(got).toHaveLength(0);
    let tasks = 0;
    while (scheduler.busy) {
      vi.advanceTimersToNextTimer();
      tasks++;
    }
    expect(tasks).toBeGreaterThan(1);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toBe(text);
    expect(got[0]!.report.diagnostics.map((d) => [d.start, d.ruleId])).toEqual(analyze(text).diagnostics.map((d) => [d.start, d.ruleId]));
  });

  it('drops a run overtaken by a newer edit, and stops at MAX_ANALYZED_CHARS and at a signature', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { got, deliver } = deliveries();
    const scheduler = new AnalysisScheduler(deliver);
    const first = longDraft(SYNC_CHARS * 2);
    const huge = `${longDraft(MAX_ANALYZED_CHARS + 50_000)}`;
    scheduler.analyze(first, {});
    scheduler.analyze(huge, {});
    vi.runAllTimers();
    expect(got.map((g) => g.text)).toEqual([huge]);
    expect(Math.max(...got[0]!.report.diagnostics.map((d) => d.end))).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);

    const signed = `${longDraft(SYNC_CHARS * 2)}--\nYou should have restarted the router.`;
    scheduler.analyze(signed, {});
    vi.runAllTimers();
    const end = signed.indexOf('--\n');
    expect(got[1]!.report.diagnostics.every((d) => d.end <= end)).toBe(true);
  });
});
