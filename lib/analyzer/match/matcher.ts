/** Runs compiled patterns over a sentence's terms. */
import type { Term } from '../language/tokens';
import type { Pattern, WordTest } from './pattern';

export interface TermMatch {
  /** Term indexes of the whole match, end exclusive. */
  from: number;
  to: number;
  /** Character offsets of the reported span. */
  start: number;
  end: number;
}

function accepts(test: WordTest, term: Term | undefined): boolean {
  if (!term) return false;
  return test === 'any-word' ? term.isWord : test.has(term.word);
}

/** Matches `pattern` with its first element at term `from`; returns null when it does not match. */
export function matchAt(pattern: Pattern, terms: readonly Term[], from: number): TermMatch | null {
  const { elements, spanFrom, spanTo } = pattern;
  const marks = [from, from];

  const walk = (ei: number, ti: number): number => {
    if (ei === spanFrom) marks[0] = ti;
    if (ei === spanTo) marks[1] = ti;
    if (ei === elements.length) return ti;
    const element = elements[ei]!;
    for (const alternative of element.alternatives) {
      let t = ti;
      let ok = true;
      for (const test of alternative) {
        if (!accepts(test, terms[t])) {
          ok = false;
          break;
        }
        t++;
      }
      if (ok) {
        const end = walk(ei + 1, t);
        if (end >= 0) return end;
      }
    }
    return element.optional ? walk(ei + 1, ti) : -1;
  };

  const to = walk(0, from);
  if (to < 0) return null;
  const [spanStart, spanEnd] = marks as [number, number];
  if (spanEnd <= spanStart) return null;
  return { from, to, start: terms[spanStart]!.start, end: terms[spanEnd - 1]!.end };
}

/** All non-overlapping matches of `pattern` in a sentence, left to right. */
export function matchAll(pattern: Pattern, terms: readonly Term[]): TermMatch[] {
  const found: TermMatch[] = [];
  const first = terms.findIndex((t) => t.isWord);
  if (first < 0) return found;
  const lastStart = pattern.anchored ? first : terms.length - 1;
  for (let i = pattern.anchored ? first : 0; i <= lastStart; i++) {
    if (pattern.firstWords && !pattern.firstWords.has(terms[i]!.word)) continue;
    const m = matchAt(pattern, terms, i);
    if (m) {
      found.push(m);
      i = Math.max(i, m.to - 1);
    }
  }
  return found;
}
