/**
 * A fast tokenizer over compromise's contraction data. A term is one word after expanding
 * contractions ("can't" gives the terms `can` and `not`, both spanning the whole "can't"), or one
 * punctuation mark. Offsets are UTF-16 indexes into the text the tokenizer was given.
 */
import { suffixContractions, wholeWordContractions } from './compromise';

export interface Term {
  /** Lowercase word with curly apostrophes straightened, or the punctuation mark itself. */
  word: string;
  /** The other word an ambiguous contraction may stand for: "'d" is would or had, "'s" is or has. */
  alt?: string;
  start: number;
  end: number;
  isWord: boolean;
}

// Letters, marks and digits, with apostrophes inside a word ("don't", "customer's"). A hyphen splits
// words so "follow-up" matches "follow up".
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const PRONOUN_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this']);

/** The words a (lowercase, straight-apostrophe) token stands for. */
export function expandWord(word: string): readonly string[] {
  const whole = wholeWordContractions.get(word);
  if (whole) return whole;
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe <= 0) return [word];
  const base = word.slice(0, apostrophe);
  const suffix = word.slice(apostrophe + 1);
  if (suffix === 't' && base.endsWith('n')) return [base.slice(0, -1), 'not'];
  if (suffix === 's') return PRONOUN_IS.has(base) ? [base, 'is'] : [base, "'s"];
  if (suffix === 'd') return [base, 'would'];
  const expanded = suffixContractions.get(suffix);
  return expanded ? [base, expanded] : [word];
}

export function tokenize(text: string, offset = 0): Term[] {
  const terms: Term[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = (m.index ?? 0) + offset;
    const end = start + raw.length;
    if (!/^[\p{L}\p{M}\p{N}]/u.test(raw)) {
      // A hyphen inside a word joins its parts ("follow-up" reads as follow up), so it is no term.
      const joins = raw === '-' && /[\p{L}\p{N}]/u.test(text[start - offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[end - offset] ?? '');
      if (!joins) terms.push({ word: raw, start, end, isWord: false });
      continue;
    }
    const lower = raw.toLowerCase().replace(/’/g, "'");
    for (const word of expandWord(lower)) {
      const alt =
        word === 'would' && lower.endsWith("'d")
          ? 'had'
          : word === 'is' && lower.endsWith("'s")
            ? 'has'
            : word === "'s"
              ? 'is'
              : undefined;
      terms.push(alt ? { word, alt, start, end, isWord: true } : { word, start, end, isWord: true });
    }
  }
  return terms;
}
