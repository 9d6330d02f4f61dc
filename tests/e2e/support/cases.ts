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
  { name: 'CKEditor 5 classic', page: 'ckeditor5-classic.html', editor: ['.ck-editor__editable'] },
  { name: 'CKEditor 5 inline', page: 'ckeditor5-inline.html', editor: ['#editor'] },
  { name: 'Tiptap', page: 'tiptap.html', editor: ['#editor .tiptap'] },
  { name: 'Summernote', page: 'summernote.html', editor: ['.note-editable'] },
  { name: 'TinyMCE classic (iframe)', page: 'tinymce.html', editor: ['iframe.tox-edit-area__iframe', 'body'] },
  { name: 'chat widget (Enter sends)', page: 'chat.html', editor: ['#reply'] },
  { name: 'Lexical', page: 'lexical.html', editor: ['#editor'] },
  { name: 'Slate', page: 'slate.html', editor: ['[data-slate-editor]'] },
  { name: 'Draft.js', page: 'draft-js.html', editor: ['.public-DraftEditor-content'] },
  { name: 'Trix', page: 'trix.html', editor: ['#reply'] },
];
