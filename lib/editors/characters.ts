/** Characters the text model treats specially. */

/**
 * Invisible fillers editors put in the DOM to hold a caret or keep an empty line open: U+200B
 * (CKEditor 4's filling characters, Lexical's composition marker), U+FEFF (Slate, Quill's cursor, TinyMCE's caret),
 * U+2060 × 7 (CKEditor 5's inline filler). They are not the agent's words, so they stay out of the text;
 * their DOM positions still map to the neighbouring offset. U+200C/U+200D are left alone:
 * they join scripts and emoji and belong to the text.
 */
export function isFiller(char: string): boolean {
  return char === '\u200B' || char === '\uFEFF' || char === '\u2060';
}

/** White space that CSS collapses under `white-space: normal` (U+00A0 is not among it). */
export function isCollapsibleSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

/**
 * The character the analyzer sees for a kept DOM character. Editors write runs of spaces as
 * alternating U+00A0 so they survive collapsing; to the reader they are spaces. One-for-one, so
 * offsets are unchanged.
 */
export function modelChar(char: string): string {
  return char === '\u00A0' ? ' ' : char;
}
