/** Splits text into sentences with exact offsets: the unit of analysis and of caching. */
import type { Span } from '../types';

export interface Sentence extends Span {
  text: string;
}

// A sentence ends after terminal punctuation (with closing quotes or brackets) followed by a space,
// or at a line break: greetings, list items and sign-offs stand on lines of their own.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s|$)|\n/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) sentences.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    // A lowercase word after it means the sentence goes on: click "Forgot password?" on the page, e.g. this.
    if (m[0] !== '\n' && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
