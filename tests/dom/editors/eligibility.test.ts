import { afterEach, describe, expect, it } from 'vitest';
import { editorKind, editorRootOf, isCoachable, MIN_WIDTH_PX, whyNotCoachable } from '../../../lib/editors/eligibility';
import { setSize } from './layout';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Mounts `html`, sizes every element like a reply box, and returns the one marked `id="f"`. */
function field(html: string, width = 600, height = 200): HTMLElement {
  document.body.innerHTML = html;
  for (const el of document.body.querySelectorAll('*')) setSize(el, width, height);
  return document.getElementById('f') as HTMLElement;
}

describe('what counts as an editor', () => {
  it('coaches a textarea and a contenteditable root in each of its spellings', () => {
    expect(whyNotCoachable(field('<textarea id="f"></textarea>'))).toBeNull();
    for (const value of ['', 'true', 'TRUE', 'plaintext-only']) {
      expect(whyNotCoachable(field(`<div id="f" contenteditable="${value}"></div>`)), value).toBeNull();
    }
  });

  it('never coaches an input, of any type', () => {
    for (const type of ['text', 'password', 'search', 'email']) {
      expect(whyNotCoachable(field(`<input id="f" type="${type}">`)), type).toBe('not-an-editor');
    }
  });

  it('skips elements that are not editable, or turned off with contenteditable="false" or junk', () => {
    expect(whyNotCoachable(field('<div id="f"></div>'))).toBe('not-an-editor');
    expect(whyNotCoachable(field('<div id="f" contenteditable="false"></div>'))).toBe('not-an-editor');
    expect(whyNotCoachable(field('<div id="f" contenteditable="maybe"></div>'))).toBe('not-an-editor');
  });

  it('coaches only the outermost editable element, not editable children', () => {
    field('<div id="root" contenteditable="true"><p id="f" contenteditable="true">x</p><figure contenteditable="false"><figcaption id="cap" contenteditable="true">c</figcaption></figure></div>');
    expect(whyNotCoachable(document.getElementById('f') as HTMLElement)).toBe('nested');
    expect(whyNotCoachable(document.getElementById('cap') as HTMLElement)).toBe('nested');
    expect(isCoachable(document.getElementById('root') as HTMLElement)).toBe(true);
    expect(editorRootOf(document.getElementById('cap') as HTMLElement)?.id).toBe('root');
  });

  it("measures an iframe editor's body by the frame's viewport, not by its text", () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    doc.body.setAttribute('contenteditable', 'true');
    setSize(doc.body, 600, 18);
    const view = doc.defaultView as Window;
    expect([view.innerWidth, view.innerHeight].every((n) => n >= 120)).toBe(true);
    expect(whyNotCoachable(doc.body)).toBeNull();
  });

  it('treats the body of a designMode document as the editor', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    doc.designMode = 'on';
    expect(editorKind(doc.body)).toBe('contenteditable');
    expect(editorKind(doc.documentElement)).toBeNull();
  });
});

describe('skip reasons', () => {
  it('single-line: aria-multiline="false" and search or combo boxes', () => {
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" aria-multiline="false"></div>'))).toBe('single-line');
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" role="searchbox"></div>'))).toBe('single-line');
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" role="combobox"></div>'))).toBe('single-line');
  });

  it('read-only: readonly textareas and aria-readonly', () => {
    expect(whyNotCoachable(field('<textarea id="f" readonly></textarea>'))).toBe('read-only');
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" aria-readonly="true"></div>'))).toBe('read-only');
  });

  it('disabled: disabled textareas, aria-disabled, and a disabled fieldset', () => {
    expect(whyNotCoachable(field('<textarea id="f" disabled></textarea>'))).toBe('disabled');
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" aria-disabled="true"></div>'))).toBe('disabled');
    expect(whyNotCoachable(field('<fieldset disabled><textarea id="f"></textarea></fieldset>'))).toBe('disabled');
    expect(whyNotCoachable(field('<fieldset disabled><legend><textarea id="f"></textarea></legend></fieldset>'))).toBeNull();
  });

  it('opted-out: Grammarly\'s attributes and data-defuse="off", on the field or an ancestor', () => {
    expect(whyNotCoachable(field('<textarea id="f" data-gramm="false"></textarea>'))).toBe('opted-out');
    expect(whyNotCoachable(field('<div data-enable-grammarly="false"><div><textarea id="f"></textarea></div></div>'))).toBe('opted-out');
    expect(whyNotCoachable(field('<section data-defuse="off"><div id="f" contenteditable="true"></div></section>'))).toBe('opted-out');
    expect(whyNotCoachable(field('<textarea id="f" data-gramm="true" data-defuse="on"></textarea>'))).toBeNull();
  });

  it('opted-out: through a shadow host', () => {
    field('<div id="host" data-defuse="off"></div>');
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    setSize(textarea, 600, 200);
    expect(whyNotCoachable(textarea)).toBe('opted-out');
  });

  it('hidden: display none on the field or an ancestor, visibility hidden, zero size', () => {
    expect(whyNotCoachable(field('<textarea id="f" style="display: none"></textarea>'))).toBe('hidden');
    expect(whyNotCoachable(field('<div style="display: none"><textarea id="f"></textarea></div>'))).toBe('hidden');
    expect(whyNotCoachable(field('<textarea id="f" style="visibility: hidden"></textarea>'))).toBe('hidden');
    expect(whyNotCoachable(field('<textarea id="f"></textarea>', 0, 0))).toBe('hidden');
  });

  it('too-narrow: narrower than the minimum width', () => {
    expect(whyNotCoachable(field('<textarea id="f"></textarea>', MIN_WIDTH_PX - 1, 200))).toBe('too-narrow');
    expect(whyNotCoachable(field('<textarea id="f"></textarea>', MIN_WIDTH_PX, 200))).toBeNull();
  });

  it('too-short: one line high, unless focused (a chat composer grows from one line)', () => {
    // 16px font, line-height normal: about 19px a line.
    const short = field('<textarea id="f" rows="1"></textarea>', 400, 24);
    expect(whyNotCoachable(short)).toBe('too-short');
    short.focus();
    expect(whyNotCoachable(short)).toBeNull();
    expect(whyNotCoachable(field('<textarea id="f" rows="2"></textarea>', 400, 40))).toBeNull();
  });

  it('too-short: measures the content box, not the padding', () => {
    const padded = field('<div id="f" contenteditable="true" style="padding: 12px 8px; line-height: 20px"></div>', 400, 44);
    expect(whyNotCoachable(padded)).toBe('too-short');
    expect(whyNotCoachable(field('<div id="f" contenteditable="true" style="padding: 12px 8px; line-height: 20px"></div>', 400, 64))).toBeNull();
  });
});
