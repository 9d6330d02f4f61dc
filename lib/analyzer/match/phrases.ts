/** Finds a rule's or step's phrases in one sentence, honouring their exceptions. */
import type { PhraseSpec } from '../definitions';
import type { Term } from '../language/tokens';
import { matchAll, type TermMatch } from './matcher';
import { compilePattern, type Pattern } from './pattern';

export interface CompiledPhrase {
  spec: PhraseSpec;
  pattern: Pattern;
  unless: Pattern[];
}

export function compilePhrase(spec: PhraseSpec): CompiledPhrase {
  return { spec, pattern: compilePattern(spec.match), unless: (spec.unless ?? []).map(compilePattern) };
}

const overlaps = (a: TermMatch, b: TermMatch) => a.from < b.to && b.from < a.to;

export function findPhrase(phrase: CompiledPhrase, terms: readonly Term[]): TermMatch[] {
  const found = matchAll(phrase.pattern, terms);
  if (found.length === 0 || phrase.unless.length === 0) return found;
  const exceptions = phrase.unless.flatMap((p) => matchAll(p, terms));
  return found.filter((m) => !exceptions.some((e) => overlaps(m, e)));
}
