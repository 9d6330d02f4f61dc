/**
 * Phrase patterns: the small language rules and steps are written in.
 *
 *   you should have          words, matched after contractions are expanded ("you've" = you have)
 *   so|very|truly            one of several words
 *   (can not|am unable to)   one of several word sequences
 *   {apologize}              any inflection of a lemma (apologized, apologising, ...)
 *   really?  (so|very)?      optional element
 *   *  *?                    any one word; an optional one
 *   ,                        a punctuation mark
 *   ^                        (first) the match starts the sentence
 *   [ ... ]                  the part that is reported and replaced; the whole match by default
 *
 * Every word also matches its British spelling. Patterns are compiled once and cached.
 */
import { inflections } from '../language/compromise';
import { spellingVariants } from '../language/spelling';
import { expandWord } from '../language/tokens';

/** Accepts one term: a set of words, or any word. */
export type WordTest = ReadonlySet<string> | 'any-word';

export interface Element {
  alternatives: WordTest[][];
  optional: boolean;
}

export interface Pattern {
  source: string;
  elements: Element[];
  anchored: boolean;
  /** Element indexes where the reported span starts and ends (end exclusive). */
  spanFrom: number;
  spanTo: number;
  /** Words that can start a match, for indexing; undefined when any word can. */
  firstWords: ReadonlySet<string> | undefined;
}

function wordSet(words: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of words) for (const v of spellingVariants(w)) set.add(v);
  return set;
}

/** A literal as written in a pattern ("can't", "you've") becomes the terms the tokenizer makes. */
function literal(text: string): WordTest[] {
  return expandWord(text.toLowerCase()).map((w) => wordSet([w]));
}

function parseAlternative(text: string): WordTest[] {
  const tests: WordTest[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    if (word === '*') tests.push('any-word');
    else if (/^\{[^}]+\}$/.test(word)) tests.push(wordSet(inflections(word.slice(1, -1).toLowerCase())));
    else tests.push(...literal(word));
  }
  return tests;
}

/** Splits a pattern into element sources, keeping parenthesised groups whole. */
function elementSources(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of source) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if ((/\s/.test(ch) || ch === '[' || ch === ']') && depth === 0) {
      if (current) parts.push(current);
      if (ch === '[' || ch === ']') parts.push(ch);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new Error(`Unbalanced parentheses in pattern "${source}"`);
  if (current) parts.push(current);
  return parts;
}

function firstWordsOf(elements: Element[]): ReadonlySet<string> | undefined {
  const first = elements[0];
  if (!first || first.optional) return undefined;
  const words = new Set<string>();
  for (const alt of first.alternatives) {
    const test = alt[0];
    if (test === undefined || test === 'any-word') return undefined;
    for (const w of test) words.add(w);
  }
  return words;
}

const cache = new Map<string, Pattern>();

export function compilePattern(source: string): Pattern {
  const cached = cache.get(source);
  if (cached) return cached;
  const elements: Element[] = [];
  let anchored = false;
  let spanFrom = -1;
  let spanTo = -1;
  for (const part of elementSources(source)) {
    if (part === '^' && elements.length === 0) anchored = true;
    else if (part === '[') spanFrom = elements.length;
    else if (part === ']') spanTo = elements.length;
    else {
      const optional = part.length > 1 && part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      const inner = body.startsWith('(') && body.endsWith(')') ? body.slice(1, -1) : body;
      const alternatives = inner.split('|').map(parseAlternative);
      if (alternatives.some((a) => a.length === 0)) throw new Error(`Empty alternative in pattern "${source}"`);
      elements.push({ alternatives, optional });
    }
  }
  if (elements.length === 0) throw new Error(`Empty pattern "${source}"`);
  const pattern: Pattern = {
    source,
    elements,
    anchored,
    spanFrom: spanFrom < 0 ? 0 : spanFrom,
    spanTo: spanTo < 0 ? elements.length : spanTo,
    firstWords: firstWordsOf(elements),
  };
  cache.set(source, pattern);
  return pattern;
}

/** A phrase typed by a person (a team's custom list): every word literal, no pattern syntax. */
export function compileLiteral(text: string): Pattern | null {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  const elements: Element[] = words
    .flatMap((w) => expandWord(w.replace(/’/g, "'")))
    .map((w) => ({ alternatives: [[wordSet([w])]], optional: false }));
  if (elements.length === 0) return null;
  return {
    source: text,
    elements,
    anchored: false,
    spanFrom: 0,
    spanTo: elements.length,
    firstWords: firstWordsOf(elements),
  };
}
