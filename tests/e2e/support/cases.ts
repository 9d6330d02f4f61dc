/**
 * The fixture editors every real-browser test runs against, the reply typed into them, and what
 * each one supports in each browser. The support claims are data: they decide which checks the
 * end-to-end tests run (a `copy` claim runs the "copy suggestion" checks instead of apply), and
 * scripts/readme-editors.ts writes the README's editor table from them, so the table says what
 * the tests proved.
 */
import type { BrowserName } from './browsers';
import type { Path } from './page-helpers';

/** A blame sentence; the analyzer's suggestion for PHRASE is SUGGESTION. */
export const SENTENCE = 'You should have restarted the router.';
export const PHRASE = 'You should have restarted';
export const SUGGESTION = 'It helps to restart';

/**
 * - `yes`: works, and the end-to-end tests check it;
 * - `copy`: the editor refuses the edit; the text stays as it was and the card offers "copy
 *   suggestion" instead (checked);
 * - `no`: does not work; the notes say why.
 */
export type Claim = 'yes' | 'copy' | 'no';

export interface Support {
  /** Underlines over the flagged words. */
  highlights: Claim;
  /** The card, by click and by Alt+Shift+K. */
  card: Claim;
  /** Applying a suggestion, with the editor's own model agreeing. */
  apply: Claim;
  /** The editor's own Ctrl+Z restoring the text after apply. */
  undo: Claim;
  /** Inserting a checklist phrase from the badge panel. */
  insert: Claim;
  /** One note per limit or oddity, for the README. */
  notes?: readonly string[];
}

export interface FixtureCase {
  name: string;
  page: string;
  /** Where the agent types (see page-helpers.ts for paths through iframes and shadow roots). */
  editor: Path;
  /** The page loads the formatted draft of fixtures/lib/common.ts with `?draft=rich`. */
  richDraft?: boolean;
  /** The editor leaves paste to the browser, which an untrusted paste event cannot trigger: paste is not checked. */
  pastesNatively?: boolean;
  /** Enter sends the message (a chat widget) instead of starting a line. */
  enterSends?: boolean;
  support: Readonly<Record<BrowserName, Support>>;
}

const FULL: Support = { highlights: 'yes', card: 'yes', apply: 'yes', undo: 'yes', insert: 'yes' };
const both = (support: Support = FULL): Record<BrowserName, Support> => ({ chromium: support, firefox: support });

export const FIXTURES: readonly FixtureCase[] = [
  { name: 'plain textarea', page: 'textarea.html', editor: ['#reply'], support: both() },
  { name: 'React-controlled textarea', page: 'react.html', editor: ['#reply'], support: both() },
  { name: 'plain contenteditable', page: 'contenteditable.html', editor: ['#reply'], support: both() },
  { name: 'ProseMirror', page: 'prosemirror.html', editor: ['#editor .ProseMirror'], support: both() },
  {
    name: 'Quill 2',
    page: 'quill.html',
    editor: ['#editor .ql-editor'],
    support: both({
      ...FULL,
      notes: ['Quill merges edits less than a second apart into one undo step: a fix applied within a second of typing is undone together with that typing.'],
    }),
  },
  { name: 'iframe (srcdoc) body', page: 'iframe-srcdoc.html', editor: ['#editor-frame', 'body'], support: both() },
  { name: 'iframe (about:blank, document.write) body', page: 'iframe-blank.html', editor: ['#editor-frame', 'body'], support: both() },
  { name: 'open shadow root', page: 'shadow.html', editor: ['#host', '.editor'], support: both() },
  { name: 'textarea added 500 ms after load', page: 'late.html', editor: ['#reply'], support: both() },
  { name: 'Gmail-like compose (signature, quoted history)', page: 'gmail.html', editor: ['#reply'], support: both() },
  { name: 'CKEditor 5 classic', page: 'ckeditor5-classic.html', editor: ['.ck-editor__editable'], richDraft: true, support: both() },
  { name: 'CKEditor 5 inline', page: 'ckeditor5-inline.html', editor: ['#editor'], richDraft: true, support: both() },
  { name: 'Tiptap', page: 'tiptap.html', editor: ['#editor .tiptap'], richDraft: true, support: both() },
  { name: 'Summernote', page: 'summernote.html', editor: ['.note-editable'], richDraft: true, pastesNatively: true, support: both() },
  {
    name: 'TinyMCE classic (iframe)',
    page: 'tinymce.html',
    editor: ['iframe.tox-edit-area__iframe', 'body'],
    richDraft: true,
    support: both({
      ...FULL,
      notes: ['TinyMCE records undo steps only at moments it knows; Defuse announces an applied suggestion as a replacement so that Ctrl+Z undoes the suggestion alone.'],
    }),
  },
  { name: 'chat widget (Enter sends)', page: 'chat.html', editor: ['#reply'], enterSends: true, support: both() },
  { name: 'Lexical', page: 'lexical.html', editor: ['#editor'], richDraft: true, support: both() },
  { name: 'Slate', page: 'slate.html', editor: ['[data-slate-editor]'], richDraft: true, support: both() },
  { name: 'Draft.js', page: 'draft-js.html', editor: ['.public-DraftEditor-content'], richDraft: true, support: both() },
  { name: 'Trix', page: 'trix.html', editor: ['#reply'], richDraft: true, support: both() },
];
