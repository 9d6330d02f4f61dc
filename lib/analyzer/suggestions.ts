/** Makes a suggestion read correctly in the place it will be applied. */
import { toInfinitive } from './language/compromise';
import type { Span } from './types';

/** Nothing but bullets, numbering, quotes or brackets before this point of the sentence. */
export function isSentenceStart(sentence: string, offset: number): boolean {
  return /^[\s\-–—*•>"“”'‘’([\d.)]*$/u.test(sentence.slice(0, offset));
}

/**
 * Makes a replacement fit where it goes: at the start of a sentence its first letter takes the case
 * of the words it replaces; elsewhere it stays as written (a capital "I" in the middle of a sentence
 * must not capitalise "let me...").
 */
export function fitCase(replacement: string, sentence: string, start: number): string {
  if (!isSentenceStart(sentence, start)) return replacement;
  const first = sentence.slice(start).match(/\p{L}/u)?.[0];
  if (!first) return replacement;
  const upper = first === first.toUpperCase() && first !== first.toLowerCase();
  const head = replacement.charAt(0);
  return (upper ? head.toUpperCase() : head.toLowerCase()) + replacement.slice(1);
}

export interface Edit extends Span {
  replacement: string;
}

/**
 * Removing words from a sentence so it still reads. Before another word, the edit swallows that
 * word ("Simply restart" -> "Restart"; "you can simply restart" -> "you can restart"). At the end
 * of a sentence it takes the separator before the words ("That's it, obviously." -> "That's it.").
 * Between two commas neither works for every sentence ("Sam, obviously, the app..." against "We
 * are, unfortunately, out of stock"), so rules decide there (see `droppable.ts`).
 */
export function dropEdit(sentence: string, start: number, end: number): Edit | null {
  const after = /^[\s,;:—–-]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)/u.exec(sentence.slice(end));
  if (after) {
    return { start, end: end + after[0].length, replacement: fitCase(after[1]!, sentence, start) };
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
