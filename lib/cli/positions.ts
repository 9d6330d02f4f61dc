/**
 * Offsets to 1-based line and column. Columns count UTF-16 code units, the unit of the analyzer's
 * offsets and of ESLint's and tsc's columns, so an emoji before a finding counts as 2.
 * Lines end at \n, \r\n or a lone \r (old Mac files still turn up in exported macros).
 */
export interface Position {
  line: number;
  column: number;
}

export function locator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
