/** What is wrong with a phrase an agent is about to add, in words for them; null when it is fine. */
import { MAX_NOTE_LENGTH, MAX_PHRASE_LENGTH } from '../settings/custom-phrases';
import { t } from '../ui/messages';

export function phraseProblem(text: string, existing: readonly string[], max = MAX_PHRASE_LENGTH): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return t('options_phrase_empty');
  if (trimmed.length > max) return t('options_phrase_too_long', trimmed.length, max);
  const key = trimmed.toLowerCase();
  if (existing.some((e) => e.toLowerCase() === key)) return t('options_phrase_duplicate', trimmed);
  return null;
}

/** For the optional replacement and note: empty is allowed, too long is not. */
export function optionalProblem(text: string, max: number): string | null {
  const trimmed = text.trim();
  return trimmed.length > max ? t('options_phrase_too_long', trimmed.length, max) : null;
}

export { MAX_NOTE_LENGTH, MAX_PHRASE_LENGTH };
