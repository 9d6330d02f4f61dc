import { afterEach, describe, expect, it } from 'vitest';
import { readTextModel } from '../../../lib/editors/text-model';
import { EDITOR_MARKUP, TINYMCE_BODY } from './editor-markup';
import { expectSound } from './model-checks';

function mount(html: string, css?: string): HTMLElement {
  document.head.innerHTML = css === undefined ? '' : `<style>${css}</style>`;
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

function editable(html: string, style = ''): HTMLElement {
  return mount(`<div contenteditable="true" style="${style}">${html}</div>`);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('text model on the markup real editors produce', () => {
  for (const editor of EDITOR_MARKUP) {
    it(editor.name, () => {
      const root = mount(editor.html, editor.css);
      const model = readTextModel(root);
      expect(model.text).toBe(editor.text);
      expectSound(model, root);
    });
  }

  it("TinyMCE's body inside an about:blank iframe", () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    for (const [name, value] of Object.entries(TINYMCE_BODY.attributes)) doc.body.setAttribute(name, value);
    doc.body.innerHTML = TINYMCE_BODY.html;
    const model = readTextModel(doc.body);
    expect(model.text).toBe(TINYMCE_BODY.text);
    expectSound(model, doc.body);
  });
});

describe('lines', () => {
  it('puts one line feed between blocks, none before the first or after the last', () => {
    expect(readTextModel(editable('<p>one</p><p>two</p>')).text).toBe('one\ntwo');
    expect(readTextModel(editable('<div><div><p>one</p></div></div><div>two</div>')).text).toBe('one\ntwo');
  });

  it('keeps an empty paragraph as one empty line, its placeholder <br> adding nothing', () => {
    expect(readTextModel(editable('<p>a</p><p><br></p><p>b</p>')).text).toBe('a\n\nb');
    expect(readTextModel(editable('<p>a</p><p><br class="ProseMirror-trailingBreak"></p>')).text).toBe('a\n');
    expect(readTextModel(editable('<p><br></p>')).text).toBe('');
  });

  it('ignores a trailing <br> after text and counts each other <br>', () => {
    expect(readTextModel(editable('<p>a<br></p><p>b</p>')).text).toBe('a\nb');
    expect(readTextModel(editable('<p>a<br><br></p><p>b</p>')).text).toBe('a\n\nb');
    expect(readTextModel(editable('a<br>b<br><br>c')).text).toBe('a\nb\n\nc');
    expect(readTextModel(editable('<p><br>b</p>')).text).toBe('\nb');
  });

  it('reads an empty editor as empty text with a position inside the root', () => {
    const root = editable('');
    const model = readTextModel(root);
    expect(model.text).toBe('');
    expect(model.toDom(0)).toEqual({ node: root, offset: 0 });
    expect(model.fromDom(root, 0)).toBe(0);
  });

  it('gives an empty line a position inside its own block', () => {
    const root = editable('<p>a</p><p><br></p><p>b</p>');
    const model = readTextModel(root);
    const empty = root.children[1] as HTMLElement;
    expect(model.toDom(2)).toEqual({ node: empty, offset: 0 });
    expect(model.fromDom(empty, 0)).toBe(2);
    expect(model.fromDom(empty, 1)).toBe(2);
  });

  it('maps the end of a block to the line feed and the next block to the offset after it', () => {
    const root = editable('<p>ab</p><p>cd</p>');
    const model = readTextModel(root);
    const [first, second] = [root.children[0] as HTMLElement, root.children[1] as HTMLElement];
    expect(model.fromDom(first, 1)).toBe(2);
    expect(model.fromDom(root, 1)).toBe(3);
    expect(model.fromDom(second, 0)).toBe(3);
    expect(model.fromDom(root, 2)).toBe(5);
    expect(model.toDom(2)).toEqual({ node: first.firstChild, offset: 2 });
  });
});

describe('white space', () => {
  it('collapses runs and trims line ends under white-space: normal', () => {
    const root = editable('\n  <p>  Hello   <b> big </b>  world  </p>\n  <p>\tnext</p>\n');
    const model = readTextModel(root);
    expect(model.text).toBe('Hello big world\nnext');
    expectSound(model, root);
  });

  it('keeps spaces and line feeds as typed under pre-wrap', () => {
    const root = editable('<p>  two  spaces </p><p>   </p><p>a\nb</p>', 'white-space: pre-wrap');
    const model = readTextModel(root);
    expect(model.text).toBe('  two  spaces \n   \na\nb');
    expectSound(model, root);
  });

  it('drops source indentation between blocks under pre-wrap', () => {
    const root = editable('\n  <p>one</p>\n  <p>two</p>\n', 'white-space: pre-wrap');
    expect(readTextModel(root).text).toBe('one\ntwo');
  });

  it('reads a <pre> block as preformatted inside a normal editor', () => {
    const root = editable('<p>run:</p><pre>a  b\n  c</pre>');
    expect(readTextModel(root).text).toBe('run:\na  b\n  c');
  });

  it('turns no-break spaces into spaces, one for one', () => {
    const root = editable('<p>a&nbsp;&nbsp;b&nbsp;</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('a  b ');
    expectSound(model, root);
  });
});

describe('fillers', () => {
  it('leaves zero-width fillers out of the text but maps their positions', () => {
    const root = editable('<p>\u200Bab\uFEFFc\u2060</p>');
    const model = readTextModel(root);
    const text = root.firstElementChild?.firstChild as Text;
    expect(model.text).toBe('abc');
    expect(model.fromDom(text, 0)).toBe(0);
    expect(model.fromDom(text, 1)).toBe(0);
    expect(model.fromDom(text, 3)).toBe(2);
    expect(model.fromDom(text, 4)).toBe(2);
    expect(model.fromDom(text, 6)).toBe(3);
    expectSound(model, root);
  });

  it('keeps zero-width joiners, which are part of emoji and words', () => {
    expect(readTextModel(editable('<p>\u{1F469}\u200D\u{1F4BB}</p>')).text).toBe('\u{1F469}\u200D\u{1F4BB}');
  });

  it('counts a line holding only a filler as an empty line, positioned in the filler text', () => {
    const root = editable('<p>a</p><p>\u200B</p><p>b</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('a\n\nb');
    expect(model.toDom(2)).toEqual({ node: root.children[1]?.firstChild, offset: 0 });
  });
});

describe('islands and left-out parts', () => {
  it('leaves mention chips out and keeps the sentence around them', () => {
    const root = editable('<p>Hi <span class="mention" contenteditable="false">@Sam</span> thanks</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('Hi thanks');
    const chip = root.querySelector('.mention') as HTMLElement;
    expect(model.fromDom(chip.firstChild as Text, 1)).toBeNull();
    expect(model.fromDom(chip, 0)).toBeNull();
    expectSound(model, root);
  });

  it('keeps a line that holds only a chip', () => {
    const root = editable('<p>a</p><p><span contenteditable="false">chip</span></p><p>b</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('a\n\nb');
    expectSound(model, root);
  });

  it('leaves out block widgets without adding a line', () => {
    const root = editable('<p>a</p><figure contenteditable="false"><figcaption contenteditable="true">cap</figcaption></figure><p>b</p>');
    expect(readTextModel(root).text).toBe('a\nb');
  });

  it('leaves out quoted history, signatures, hidden and script content', () => {
    const root = editable(
      '<p>Reply</p><blockquote type="cite"><p>Old mail</p></blockquote>' +
        '<div class="gmail_extra"><div class="gmail_quote">older</div></div>' +
        '<p hidden>secret</p><p style="display: none">draft</p><script>x()</script><p>End</p>',
    );
    const model = readTextModel(root);
    expect(model.text).toBe('Reply\nEnd');
    const quote = root.querySelector('blockquote p') as HTMLElement;
    expect(model.fromDom(quote.firstChild as Text, 0)).toBeNull();
    expectSound(model, root);
  });
});

describe('affinity', () => {
  it('sticks to the previous text node backward and to the next forward', () => {
    const root = editable('<p><b>bad</b>word</p>');
    const model = readTextModel(root);
    const [bad, word] = [root.querySelector('b')?.firstChild, root.querySelector('p')?.lastChild];
    expect(model.toDom(3)).toEqual({ node: word, offset: 0 });
    expect(model.toDom(3, 'backward')).toEqual({ node: bad, offset: 3 });
    expect(model.toDom(0, 'backward')).toEqual({ node: bad, offset: 0 });
  });
});

describe('textarea', () => {
  it('is its value with every offset on the element itself', () => {
    const textarea = mount('<textarea>Hello\nthere</textarea>') as HTMLTextAreaElement;
    const model = readTextModel(textarea);
    expect(model.text).toBe('Hello\nthere');
    expect(model.toDom(3)).toEqual({ node: textarea, offset: 3 });
    expect(model.toDom(99)).toEqual({ node: textarea, offset: 11 });
    expect(model.fromDom(textarea, 4)).toBe(4);
    expect(model.fromDom(document.body, 0)).toBeNull();
  });

  it('reads the current value, not the initial markup', () => {
    const textarea = mount('<textarea>draft</textarea>') as HTMLTextAreaElement;
    textarea.value = 'changed';
    expect(readTextModel(textarea).text).toBe('changed');
  });
});

describe('positions outside the editor', () => {
  it('are null', () => {
    const root = editable('<p>a</p>');
    const outside = document.createElement('p');
    outside.textContent = 'x';
    document.body.append(outside);
    const model = readTextModel(root);
    expect(model.fromDom(outside.firstChild as Text, 0)).toBeNull();
    expect(model.fromDom(document.body, 0)).toBeNull();
  });
});
