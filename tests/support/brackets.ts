/** Test cases mark expected spans with [brackets]; this strips them and returns the spans. */
export interface Marked {
  text: string;
  spans: Array<{ start: number; end: number }>;
}

export function parseBrackets(marked: string): Marked {
  let text = '';
  const spans: Marked['spans'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '[' && open < 0) open = text.length;
    else if (ch === ']' && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  if (open >= 0) throw new Error(`Unclosed [ in case: ${marked}`);
  return { text, spans };
}

export function applySuggestion(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** What "reads correctly" can be checked mechanically: no doubled spaces or punctuation, capitalised starts. */
export function readingProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[^\s] {2,}[^\s]/.test(text)) problems.push('double space');
  if (/ [,.;:!?]/.test(text)) problems.push('space before punctuation');
  if (/[,;:]\s*[,.;:]/.test(text)) problems.push('doubled punctuation');
  if (/(^|[.!?]\s+)\p{Ll}/u.test(text.trim())) problems.push('sentence starts lowercase');
  return problems;
}
