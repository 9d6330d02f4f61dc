/** Phrases for words that read best removed ("unfortunately", "obviously", "as I said"). */
import type { PhraseSpec } from './definitions';

/** Words that start a new clause: after "Sam, unfortunately, ..." dropping the word still reads. */
const CLAUSE_START =
  '(the|your|you|we|i|it|this|that|these|those|our|my|there|here|a|an|please|if|once|when|they|let|all|every|each)';

/**
 * Dropping takes in the next word, which reads correctly at the start or end of a sentence and
 * between commas before a new clause; between commas inside a clause ("We are, unfortunately, out
 * of stock") it would leave a stray comma, so that case is flagged with no suggestion.
 */
export function droppable(words: string, spec: Omit<PhraseSpec, 'match' | 'drop' | 'suggestions'>): PhraseSpec[] {
  return [
    { ...spec, match: `, [${words}] , ${CLAUSE_START}`, drop: true },
    { ...spec, match: `, [${words}] ,` },
    { ...spec, match: `[${words}]`, drop: true, unless: [...(spec.unless ?? []), `, ${words} ,`] },
  ];
}
