/** Runs compiled patterns over a sentence's terms. */
import type { Term } from '../language/tokens';
import type { Element, Pattern, WordTest } from './pattern';

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
  if (test === 'any-word') return term.isWord;
  return test.has(term.word) || (term.alt !== undefined && test.has(term.alt));
}

/**
 * Backtracking match of `elements[i..]` from term `t`; `next(t)` continues with what follows and
 * returns the end term index, or -1. Patterns are short and sentences shorter, so this stays cheap.
 */
function matchSequence(
  elements: readonly Element[],
  i: number,
  t: number,
  terms: readonly Term[],
  next: (t: number) => number,
  marks: ((i: number, t: number) => void) | null,
): number {
  marks?.(i, t);
  if (i === elements.length) return next(t);
  const element = elements[i]!;
  const rest = (after: number) => matchSequence(elements, i + 1, after, terms, next, marks);
  if (element.kind === 'term') {
    if (accepts(element.test, terms[t])) {
      const end = rest(t + 1);
      if (end >= 0) return end;
    }
  } else {
    for (const alternative of element.alternatives) {
      const end = matchSequence(alternative, 0, t, terms, rest, null);
      if (end >= 0) return end;
    }
  }
  return element.optional ? rest(t) : -1;
}

/** Matches `pattern` with its first element at term `from`; returns null when it does not match. */
export function matchAt(pattern: Pattern, terms: readonly Term[], from: number): TermMatch | null {
  const { elements, spanFrom, spanTo } = pattern;
  let spanStart = from;
  let spanEnd = from;
  const to = matchSequence(elements, 0, from, terms, (t) => t, (i, t) => {
    if (i === spanFrom) spanStart = t;
    if (i === spanTo) spanEnd = t;
  });
  if (to < 0 || spanEnd <= spanStart) return null;
  return { from, to, start: terms[spanStart]!.start, end: terms[spanEnd - 1]!.end };
}

/** All non-overlapping matches of `pattern` in a sentence, left to right. */
export function matchAll(pattern: Pattern, terms: readonly Term[]): TermMatch[] {
  const found: TermMatch[] = [];
  const first = terms.findIndex((t) => t.isWord);
  if (first < 0) return found;
  const lastStart = pattern.anchored ? first : terms.length - 1;
  for (let i = pattern.anchored ? first : 0; i <= lastStart; i++) {
    const term = terms[i]!;
    if (pattern.firstWords && !pattern.firstWords.has(term.word) && !(term.alt && pattern.firstWords.has(term.alt))) continue;
    const m = matchAt(pattern, terms, i);
    if (m) {
      found.push(m);
      i = Math.max(i, m.to - 1);
    }
  }
  return found;
}
