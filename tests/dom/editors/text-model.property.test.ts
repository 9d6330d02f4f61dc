import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readTextModel } from '../../../lib/editors/text-model';
import { expectSound } from './model-checks';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Any mix of blocks, inline elements, breaks, islands, quotes and awkward characters. */
type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'br' }
  | { kind: 'comment' }
  | { kind: 'img' }
  | { kind: 'island'; data: string }
  | { kind: 'quote'; data: string }
  | { kind: 'inline'; tag: string; children: Tree[] }
  | { kind: 'block'; tag: string; children: Tree[] };

const CHARS = ['a', 'b', 'c', ' ', ' ', '\n', '\t', '\u00A0', '\u200B', '\uFEFF', '\u2060', 'é', '\u{1F600}'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((chars) => chars.join(''));

const { tree } = fc.letrec<{ tree: Tree; children: Tree[] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((data): Tree => ({ kind: 'text', data })),
    fc.constant<Tree>({ kind: 'br' }),
    fc.constant<Tree>({ kind: 'comment' }),
    fc.constant<Tree>({ kind: 'img' }),
    text.map((data): Tree => ({ kind: 'island', data })),
    text.map((data): Tree => ({ kind: 'quote', data })),
    fc.record({ kind: fc.constant('inline' as const), tag: fc.constantFrom('span', 'b', 'em', 'a'), children: tie('children') }),
    fc.record({ kind: fc.constant('block' as const), tag: fc.constantFrom('p', 'div', 'li', 'h2', 'pre'), children: tie('children') }),
  ),
  children: fc.array(tie('tree'), { maxLength: 4 }),
}));

function build(doc: Document, node: Tree): Node {
  switch (node.kind) {
    case 'text':
      return doc.createTextNode(node.data);
    case 'br':
      return doc.createElement('br');
    case 'comment':
      return doc.createComment('block');
    case 'img':
      return doc.createElement('img');
    case 'island': {
      const chip = doc.createElement('span');
      chip.setAttribute('contenteditable', 'false');
      chip.textContent = node.data;
      return chip;
    }
    case 'quote': {
      const quote = doc.createElement('blockquote');
      quote.textContent = node.data;
      return quote;
    }
    default: {
      const el = doc.createElement(node.tag);
      for (const child of node.children) el.append(build(doc, child));
      return el;
    }
  }
}

function mountTree(children: Tree[], whiteSpace: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  if (whiteSpace !== '') root.style.whiteSpace = whiteSpace;
  for (const child of children) root.append(build(document, child));
  document.body.replaceChildren(root);
  return root;
}

describe('text model on random trees', () => {
  it('round-trips every offset and maps every DOM position in order', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.constantFrom('', 'pre-wrap'), (children, whiteSpace) => {
        const root = mountTree(children, whiteSpace);
        expectSound(readTextModel(root), root);
      }),
      { numRuns: 400 },
    );
  });
});

/** Paragraphs of lines of words, rendered the way one editor would render them. */
const words = fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
const paragraph = fc.array(words, { minLength: 1, maxLength: 3 });
const FLAVOURS = ['prosemirror', 'quill', 'ckeditor5', 'lexical', 'slate', 'draft', 'trix'] as const;
type Flavour = (typeof FLAVOURS)[number];

const EMPTY_LINE: Record<Flavour, string> = {
  prosemirror: '<br class="ProseMirror-trailingBreak">',
  quill: '<br>',
  ckeditor5: '<br data-cke-filler="true">',
  lexical: '<br>',
  slate: '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span>',
  draft: '<span data-offset-key="x-0-0"><br data-text="true"></span>',
  trix: '<!--block--><br>',
};

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** One line's text cut into runs, each wrapped the way the editor wraps formatted text. */
function runs(flavour: Flavour, line: string, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (line.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const to of [...points, line.length]) {
    if (to > from) pieces.push(line.slice(from, to));
    from = Math.max(from, to);
  }
  return pieces
    .map((piece, i) => {
      const t = escape(piece);
      switch (flavour) {
        case 'slate':
          return `<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${t}</span></span></span>`;
        case 'draft':
          return `<span data-offset-key="x-${i}-0"><span data-text="true">${t}</span></span>`;
        case 'lexical':
          return `<span data-lexical-text="true">${t}</span>`;
        case 'ckeditor5':
          // CKEditor 5 parks its inline filler in a text node where formatting changes.
          return i % 2 === 1 ? `<strong>${'\u2060'.repeat(7)}${t}</strong>` : t;
        default:
          return i % 2 === 1 ? `<strong>${t}</strong>` : t;
      }
    })
    .join('');
}

function render(flavour: Flavour, paragraphs: string[][], cuts: number[]): string {
  const blocks = paragraphs.map((lines) => {
    let inner: string;
    if (lines.length === 1 && lines[0] === '') inner = EMPTY_LINE[flavour];
    else {
      inner = lines.map((line) => runs(flavour, line, cuts)).join('<br>');
      // A paragraph ending in a line break needs a placeholder to show its last, empty line.
      if (lines.length > 1 && lines[lines.length - 1] === '') inner += EMPTY_LINE[flavour];
    }
    if (flavour === 'draft') return `<div data-block="true"><div class="public-DraftStyleDefault-block">${inner}</div></div>`;
    if (flavour === 'slate') return `<div data-slate-node="element">${inner}</div>`;
    if (flavour === 'trix') return `<div>${lines.length === 1 && lines[0] === '' ? inner : '<!--block-->' + inner}</div>`;
    return `<p>${inner}</p>`;
  });
  const body = blocks.join('');
  const style = flavour === 'ckeditor5' || flavour === 'trix' ? '' : ' style="white-space: pre-wrap"';
  return `<div contenteditable="true"${style}>${flavour === 'draft' ? `<div data-contents="true">${body}</div>` : body}</div>`;
}

describe('text model against the lines an editor shows', () => {
  it('reads paragraphs and line breaks back as the lines typed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLAVOURS),
        fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(30), { maxLength: 3 }),
        (flavour, paragraphs, cuts) => {
          document.body.innerHTML = render(flavour, paragraphs, cuts);
          const root = document.body.firstElementChild as HTMLElement;
          const model = readTextModel(root);
          expect(model.text).toBe(paragraphs.map((lines) => lines.join('\n')).join('\n'));
          expectSound(model, root);
        },
      ),
      { numRuns: 300 },
    );
  });
});
