/** The fixture editors every real-browser test runs against, and the reply typed into them. */
import type { Path } from './page-helpers';

/** A blame sentence; the analyzer's suggestion for PHRASE is SUGGESTION. */
export const SENTENCE = 'You should have restarted the router.';
export const PHRASE = 'You should have restarted';
export const SUGGESTION = 'It helps to restart';

export interface FixtureCase {
  name: string;
  page: string;
  /** Where the agent types (see page-helpers.ts for paths through iframes and shadow roots). */
  editor: Path;
}

export const FIXTURES: readonly FixtureCase[] = [
  { name: 'plain textarea', page: 'textarea.html', editor: ['#reply'] },
  { name: 'React-controlled textarea', page: 'react.html', editor: ['#reply'] },
  { name: 'plain contenteditable', page: 'contenteditable.html', editor: ['#reply'] },
  { name: 'ProseMirror', page: 'prosemirror.html', editor: ['#editor .ProseMirror'] },
  { name: 'Quill 2', page: 'quill.html', editor: ['#editor .ql-editor'] },
  { name: 'iframe (srcdoc) body', page: 'iframe-srcdoc.html', editor: ['#editor-frame', 'body'] },
  { name: 'iframe (about:blank, document.write) body', page: 'iframe-blank.html', editor: ['#editor-frame', 'body'] },
  { name: 'open shadow root', page: 'shadow.html', editor: ['#host', '.editor'] },
  { name: 'textarea added 500 ms after load', page: 'late.html', editor: ['#reply'] },
  { name: 'Gmail-like compose (signature, quoted history)', page: 'gmail.html', editor: ['#reply'] },
];
