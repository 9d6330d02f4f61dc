/**
 * A team's own phrases: words to avoid (with an optional replacement and note) and extra evidence
 * for the empathy and apology steps. Each phrase is trimmed, non-empty, at most 80 characters, and
 * unique case-insensitively; a bad entry is dropped alone, with a problem naming its path.
 */
import type { CustomPhrase, CustomPhrases, Severity } from '../analyzer/types';
import { describe, isRecord, type FieldValidator, type SettingsProblem } from './problems';

export const MAX_PHRASE_LENGTH = 80;
export const MAX_NOTE_LENGTH = 200;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A trimmed phrase, or `undefined` with a problem. */
function phrase(value: unknown, path: string, problems: SettingsProblem[], max = MAX_PHRASE_LENGTH): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ field: path, message: `${path} must be text, not ${describe(value)}.` });
    return undefined;
  }
  const text = value.trim();
  if (text === '') problems.push({ field: path, message: `${path} must not be empty.` });
  else if (text.length > max) problems.push({ field: path, message: `${path} is ${text.length} characters; the limit is ${max}.` });
  else return text;
  return undefined;
}

/** Keeps the first of each case-insensitive duplicate. */
function unique<T>(items: Array<{ item: T; key: string; path: string }>, problems: SettingsProblem[]): T[] {
  const seen = new Map<string, string>();
  const kept: T[] = [];
  for (const { item, key, path } of items) {
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) problems.push({ field: path, message: `${path} repeats ${first} (“${key}”); the repeat is ignored.` });
    else {
      seen.set(key.toLowerCase(), path);
      kept.push(item);
    }
  }
  return kept;
}

function avoidEntry(value: unknown, path: string, problems: SettingsProblem[]): CustomPhrase | undefined {
  if (!isRecord(value)) {
    problems.push({ field: path, message: `${path} must be an object with "avoid" text, not ${describe(value)}.` });
    return undefined;
  }
  const avoid = phrase(value.avoid, `${path}.avoid`, problems);
  if (avoid === undefined) return undefined;
  const entry: CustomPhrase = { avoid };
  if (value.replacement !== undefined) {
    const replacement = phrase(value.replacement, `${path}.replacement`, problems);
    if (replacement !== undefined) entry.replacement = replacement;
  }
  if (value.note !== undefined) {
    const note = phrase(value.note, `${path}.note`, problems, MAX_NOTE_LENGTH);
    if (note !== undefined) entry.note = note;
  }
  if (value.severity !== undefined) {
    if (SEVERITIES.includes(value.severity as Severity)) entry.severity = value.severity as Severity;
    else problems.push({ field: `${path}.severity`, message: `${path}.severity must be one of ${SEVERITIES.join(', ')}.` });
  }
  for (const key of Object.keys(value)) {
    if (!['avoid', 'replacement', 'note', 'severity'].includes(key)) {
      problems.push({ field: `${path}.${key}`, message: `${path}.${key} is not a known field and is ignored.` });
    }
  }
  return entry;
}

export const validateAvoidList: FieldValidator<CustomPhrase[]> = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ field: path, message: `${path} must be a list of phrases to avoid, not ${describe(value)}.` });
    return undefined;
  }
  const entries = value.flatMap((item, i) => {
    const entry = avoidEntry(item, `${path}[${i}]`, problems);
    return entry ? [{ item: entry, key: entry.avoid, path: `${path}[${i}].avoid` }] : [];
  });
  return unique(entries, problems);
};

const validatePhraseList: FieldValidator<string[]> = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ field: path, message: `${path} must be a list of phrases, not ${describe(value)}.` });
    return undefined;
  }
  const entries = value.flatMap((item, i) => {
    const text = phrase(item, `${path}[${i}]`, problems);
    return text === undefined ? [] : [{ item: text, key: text, path: `${path}[${i}]` }];
  });
  return unique(entries, problems);
};

export const EMPTY_CUSTOM: CustomPhrases = { avoid: [], empathy: [], apology: [] };

/** Each of the three lists falls back to empty alone. */
export const validateCustom: FieldValidator<CustomPhrases> = (value, path, problems) => {
  if (!isRecord(value)) {
    problems.push({ field: path, message: `${path} must be an object with avoid, empathy and apology lists, not ${describe(value)}.` });
    return undefined;
  }
  const custom: CustomPhrases = structuredClone(EMPTY_CUSTOM);
  if (value.avoid !== undefined) custom.avoid = validateAvoidList(value.avoid, `${path}.avoid`, problems) ?? [];
  if (value.empathy !== undefined) custom.empathy = validatePhraseList(value.empathy, `${path}.empathy`, problems) ?? [];
  if (value.apology !== undefined) custom.apology = validatePhraseList(value.apology, `${path}.apology`, problems) ?? [];
  for (const key of Object.keys(value)) {
    if (!['avoid', 'empathy', 'apology'].includes(key)) {
      problems.push({ field: `${path}.${key}`, message: `${path}.${key} is not a known list and is ignored.` });
    }
  }
  return custom;
};
