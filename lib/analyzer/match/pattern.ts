/**
 * Phrase patterns: the small language rules and steps are written in.
 *
 *   you should have          words, matched after contractions are expanded ("you've" = you have)
 *   so|very|truly            one of several words
 *   (can not|am unable to)   one of several word sequences; groups nest: (my (email|reply)|this)
 *   {apologize}              any inflection of a lemma (apologized, apologising, ...)
 *   really?  (so|very)?      an optional item, inside groups too: (but|however ,?)
 *   *  *?                    any one word; an optional one
 *   ,                        a punctuation mark
 *   ^                        (first) the match starts the sentence
 *   [ ... ]                  (top level) the part that is reported and replaced; the whole match by default
 *
 * Every word also matches its British spelling. Patterns are compiled once and cached; a malformed
 * pattern throws when compiled, which the rule tests catch.
 */
import { inflections } from '../language/compromise';
import { spellingVariants } from '../language/spelling';
import { expandWord } from '../language/tokens';

/** Accepts one term: a set of words, or any word. */
export type WordTest = ReadonlySet<string> | 'any-word';

/** One item of a sequence: a single term test, or a group of alternative sequences. */
export type Element =
  | { kind: 'term'; test: WordTest; optional: boolean }
  | { kind: 'group'; alternatives: Element[][]; optional: boolean };

export interface Pattern {
  source: string;
  elements: Element[];
  anchored: boolean;
  /** Element indexes where the reported span starts and ends (end exclusive). */
  spanFrom: number;
  spanTo: number;
  /** Words that can start a match, for indexing; undefined when any word can. */
  firstWords: ReadonlySet<string> | undefined;
  /**
   * One of these words is in every sentence the pattern matches: the least common such set, so a
   * sentence without any of them skips the pattern at once. Undefined when no word is required.
   */
  requiredWords: ReadonlySet<string> | undefined;
}

const wordSets = new Map<string, ReadonlySet<string>>();

function wordSet(words: readonly string[]): ReadonlySet<string> {
  const key = words.join(' ');
  let set = wordSets.get(key);
  if (!set) {
    set = new Set(words.flatMap(spellingVariants));
    wordSets.set(key, set);
  }
  return set;
}

/** A literal as written in a pattern ("can't", "you’ve") becomes the terms the tokenizer makes. */
function literalTerms(text: string, optional: boolean): Element[] {
  return expandWord(text.toLowerCase().replace(/’/g, "'")).map((w) => ({ kind: 'term', test: wordSet([w]), optional }));
}

function wordElements(word: string, optional: boolean, source: string): Element[] {
  if (word === '*') return [{ kind: 'term', test: 'any-word', optional }];
  if (/^\{[^{}]+\}$/.test(word)) {
    return [{ kind: 'term', test: wordSet(inflections(word.slice(1, -1).toLowerCase())), optional }];
  }
  if (/[{}[\]]/.test(word)) throw new Error(`Unexpected "${word}" in pattern "${source}"`);
  return literalTerms(word, optional);
}

type Token = '(' | ')' | '|' | '?' | '[' | ']' | { word: string };

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  for (const m of source.matchAll(/[()[\]|]|[^\s()[\]|]+/g)) {
    const t = m[0];
    // "?" right after an item makes it optional; standing alone it is the question mark itself.
    const attached = m.index > 0 && !/\s/.test(source[m.index - 1]!);
    if (t === '(' || t === ')' || t === '|' || t === '[' || t === ']') tokens.push(t);
    else if (t === '?') tokens.push(attached ? '?' : { word: '?' });
    else if (t.length > 1 && t.endsWith('?')) tokens.push({ word: t.slice(0, -1) }, '?');
    else tokens.push({ word: t });
  }
  return tokens;
}

/** A group of single words ("(so|very|truly)") is one term test: one set look-up, no backtracking. */
function simplifyGroup(alternatives: Element[][], optional: boolean): Element {
  const single = alternatives.every((a) => a.length === 1 && a[0]!.kind === 'term' && !a[0]!.optional);
  if (!single) return { kind: 'group', alternatives, optional };
  const tests = alternatives.map((a) => (a[0] as { test: WordTest }).test);
  if (tests.includes('any-word')) return { kind: 'term', test: 'any-word', optional };
  const union = new Set<string>();
  for (const test of tests) for (const w of test as ReadonlySet<string>) union.add(w);
  return { kind: 'term', test: union, optional };
}

class Parser {
  private i = 0;
  spanFrom = -1;
  spanTo = -1;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  private fail(message: string): never {
    throw new Error(`${message} in pattern "${this.source}"`);
  }

  private optionalMark(): boolean {
    if (this.tokens[this.i] !== '?') return false;
    this.i++;
    return true;
  }

  /** A sequence until `)` or `|` (inside a group) or the end. */
  sequence(depth: number): Element[] {
    const elements: Element[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      if (token === ')' || token === '|') {
        if (depth === 0) this.fail(token === ')' ? 'Unbalanced parentheses' : 'A "|" outside a group');
        break;
      }
      this.i++;
      if (token === '[' || token === ']') {
        if (depth > 0) this.fail('Brackets inside a group');
        if (token === '[') this.spanFrom = elements.length;
        else this.spanTo = elements.length;
      } else if (token === '?') {
        this.fail('A "?" with nothing before it');
      } else if (token === '(') {
        const alternatives: Element[][] = [this.sequence(depth + 1)];
        while (this.tokens[this.i] === '|') {
          this.i++;
          alternatives.push(this.sequence(depth + 1));
        }
        if (this.tokens[this.i] !== ')') this.fail('Unbalanced parentheses');
        this.i++;
        if (alternatives.some((a) => a.length === 0)) this.fail('Empty alternative');
        elements.push(simplifyGroup(alternatives, this.optionalMark()));
      } else {
        // Outside a group, "so|very|truly" is a choice of single words; inside one, "|" separates the group's alternatives.
        const words = [token.word];
        while (depth === 0 && this.tokens[this.i] === '|') {
          const next = this.tokens[this.i + 1];
          if (typeof next !== 'object') this.fail('A "|" without a word after it');
          words.push(next.word);
          this.i += 2;
        }
        const optional = this.optionalMark();
        const alternatives = words.map((w) => wordElements(w, false, this.source));
        if (alternatives.length === 1 && !optional) elements.push(...alternatives[0]!);
        // "can't?" or "so|very?" is optional as a whole.
        else elements.push(simplifyGroup(alternatives, optional));
      }
    }
    return elements;
  }
}

function firstWordsOfSequence(elements: readonly Element[]): ReadonlySet<string> | undefined {
  const first = elements[0];
  if (!first || first.optional) return undefined;
  if (first.kind === 'term') return first.test === 'any-word' ? undefined : first.test;
  const words = new Set<string>();
  for (const alternative of first.alternatives) {
    const set = firstWordsOfSequence(alternative);
    if (!set) return undefined;
    for (const w of set) words.add(w);
  }
  return words;
}

// Words in almost every reply: a required set holding one of them filters nothing.
const COMMON = new Set(
  'i we you it they he she the a an to is are was be been not have has had do did can will would could should your my me our us and of for in on with at this that please there here if but so as by or'.split(' '),
);

function requiredSets(elements: readonly Element[]): Array<ReadonlySet<string>> {
  const sets: Array<ReadonlySet<string>> = [];
  for (const element of elements) {
    if (element.optional) continue;
    if (element.kind === 'term') {
      if (element.test !== 'any-word') sets.push(element.test);
      continue;
    }
    // A group requires the union of what each alternative requires, when each requires something.
    const union = new Set<string>();
    let each = true;
    for (const alternative of element.alternatives) {
      const best = pickRequired(requiredSets(alternative));
      if (!best) each = false;
      else for (const w of best) union.add(w);
    }
    if (each) sets.push(union);
  }
  return sets;
}

function pickRequired(sets: Array<ReadonlySet<string>>): ReadonlySet<string> | undefined {
  const cost = (set: ReadonlySet<string>) => [...set].filter((w) => COMMON.has(w)).length * 1000 + set.size;
  return sets.reduce<ReadonlySet<string> | undefined>((best, set) => (!best || cost(set) < cost(best) ? set : best), undefined);
}

const cache = new Map<string, Pattern>();

export function compilePattern(source: string): Pattern {
  const cached = cache.get(source);
  if (cached) return cached;
  let body = source.trim();
  const anchored = body.startsWith('^');
  if (anchored) body = body.slice(1);
  const parser = new Parser(lex(body), source);
  const elements = parser.sequence(0);
  if (elements.length === 0) throw new Error(`Empty pattern "${source}"`);
  const pattern: Pattern = {
    source,
    elements,
    anchored,
    spanFrom: parser.spanFrom < 0 ? 0 : parser.spanFrom,
    spanTo: parser.spanTo < 0 ? elements.length : parser.spanTo,
    firstWords: firstWordsOfSequence(elements),
    requiredWords: pickRequired(requiredSets(elements)),
  };
  cache.set(source, pattern);
  return pattern;
}

/** A phrase typed by a person (a team's custom list): every word literal, no pattern syntax. */
export function compileLiteral(text: string): Pattern | null {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  const elements = words.flatMap((w) => literalTerms(w, false));
  if (elements.length === 0) return null;
  return {
    source: text,
    elements,
    anchored: false,
    spanFrom: 0,
    spanTo: elements.length,
    firstWords: firstWordsOfSequence(elements),
    requiredWords: pickRequired(requiredSets(elements)),
  };
}
