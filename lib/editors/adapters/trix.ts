/**
 * Trix keeps its own document and maps browser edits back onto it. In Firefox, the replacement of a
 * selected phrase went wrong in the end-to-end run (the phrase and the characters after it were
 * cut), and Trix's undo did not bring the draft back: never edit Trix there. Chromium applies and
 * undoes cleanly.
 */
import type { EditorAdapter } from './types';

export const trix: EditorAdapter = {
  id: 'trix',
  matches: (root) => root.localName === 'trix-editor',
  copyOnlyIn: ['firefox'],
};
