/**
 * A long draft analyzed as consecutive chunks, so the work can be spread over several tasks and a
 * keystroke re-analyzes only the chunk it changed. No DOM: unit-tested in Node.
 *
 * Chunks end at a line break where one is near, so each chunk holds whole sentences and whole
 * quoted lines (the analyzer's masking is line-based). A cut is looked for from a fixed distance
 * after the chunk's start, so an edit moves the boundaries after it only until the next line
 * break re-aligns them: the chunks beyond come out as the same strings, and hit the cache.
 */
import { scoreReport } from '../analyzer/score';
import type { Report, Step } from '../analyzer/types';

export interface Chunk {
  start: number;
  end: number;
}

/** Where chunks of about `size` characters end in `text[0, length)`. */
export function chunkDraft(text: string, size: number, length = text.length): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < length; ) {
    const end = cutAfter(text, start + size, Math.min(length, start + size * 2), length);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/**
 * The first place from `from` on (and before `limit`) to end a chunk: after a line break, else
 * after a sentence's end, else after a space; `limit` when the text offers none (a single line
 * with no spaces, which holds no sentences to split anyway).
 */
function cutAfter(text: string, from: number, limit: number, length: number): number {
  if (from >= length) return length;
  // A whole run of breaks or spaces stays in one chunk, so the cut lands on the same spot whichever
  // of its characters the search reached first.
  for (const pattern of [/\n+/g, /[.!?]\s+/g, /\s+/g]) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m && m.index < limit) return m.index + m[0].length;
  }
  return limit;
}

/** One report for the whole draft from its chunks' reports (offsets relative to each chunk). */
export function mergeReports(parts: ReadonlyArray<{ start: number; report: Report }>): Report {
  const diagnostics = parts.flatMap(({ start, report }) =>
    report.diagnostics.map((d) => ({ ...d, start: d.start + start, end: d.end + start })),
  );
  const first = parts[0]?.report.steps ?? [];
  // Every report lists the same steps in the same order: the analyzer's definition order.
  const steps: Step[] = first.map((step, i) => {
    const spans = parts.flatMap(({ start, report }) =>
      (report.steps[i]?.spans ?? []).map((s) => ({ start: s.start + start, end: s.end + start })),
    );
    return { ...step, done: spans.length > 0, spans };
  });
  return { score: scoreReport(diagnostics, steps), diagnostics, steps };
}
