/** Makes a suggestion read correctly in the place it will be applied. */
import { toInfinitive } from './language/compromise';
import type { Span } from './types';

const startsUpper = (s: string) => /^\p{Lu}/u.test(s);
const startsLower = (s: string) => /^\p{Ll}/u.test(s);

/** Capitalises the replacement when the words it replaces were capitalised (sentence start). */
export function matchCase(replacement: string, original: string): string {
  if (startsUpper(original) && startsLower(replacement)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export interface Edit extends Span {
  replacement: string;
}

/**
 * Removing words from a sentence: the edit swallows the following word so the sentence still reads
 * ("Simply restart" -> "Restart"; "you can simply restart" -> "you can restart"). At the end of a
 * sentence it takes the separator before the words instead ("That's it, obviously." -> "That's it.").
 */
export function dropEdit(sentence: string, start: number, end: number): Edit | null {
  const after = /^[\s,;:—–-]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)/u.exec(sentence.slice(end));
  if (after) {
    const next = after[1]!;
    const atSentenceStart = sentence.slice(0, start).trim() === '';
    const replacement = atSentenceStart ? matchCase(next, sentence.slice(start)) : next;
    return { start, end: end + after[0].length, replacement };
  }
  const before = /[\s,;:—–-]+$/.exec(sentence.slice(0, start));
  if (!before || before.index === 0) return null;
  return { start: before.index, end, replacement: '' };
}

/**
 * Fills `{base}` in a suggestion with the infinitive of the span's last word, so one rewrite fits
 * every verb ("you should have restarted" -> "it helps to restart"). Undefined when the verb is unknown:
 * better no suggestion than a wrong one.
 */
export function fillTemplate(suggestion: string, words: string): string | undefined {
  if (!suggestion.includes('{base}')) return suggestion;
  const last = /[\p{L}']+$/u.exec(words)?.[0];
  const base = last ? toInfinitive(last) : undefined;
  return base === undefined ? undefined : suggestion.replaceAll('{base}', base);
}
