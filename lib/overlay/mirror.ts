/**
 * A textarea cannot show highlights, so a mirror copies its text into a div with the same box,
 * font and wrapping, placed exactly over it, with transparent text and underlined spans. Harper's
 * misaligned underlines came from copying too few styles; this copies everything that affects
 * where a line wraps, and compensates for the scrollbar.
 */
import type { Span } from '../analyzer/types';

const COPIED = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-rendering',
  'tab-size',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
] as const;

export interface MirrorMark extends Span {
  className: string;
  attributes: Record<string, string>;
}

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly content: HTMLDivElement;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'defuse-mirror';
    this.content = doc.createElement('div');
    this.content.className = 'defuse-mirror-content';
    this.element.append(this.content);
    layer.append(this.element);
  }

  /** Matches the textarea's box, styles and scroll position. Call on every frame that needs it. */
  layout(): void {
    const view = this.textarea.ownerDocument.defaultView;
    if (!view) return;
    const computed = view.getComputedStyle(this.textarea);
    const rect = this.textarea.getBoundingClientRect();
    const style = this.element.style;
    for (const prop of COPIED) style.setProperty(prop, computed.getPropertyValue(prop));
    style.setProperty('border-color', 'transparent');
    style.setProperty('box-sizing', 'border-box');
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    // The textarea's scrollbar narrows its text area; widen our right padding by the same amount.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, this.textarea.offsetWidth - this.textarea.clientWidth - borders);
    style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
    const wraps = computed.getPropertyValue('white-space') !== 'pre' && this.textarea.getAttribute('wrap') !== 'off';
    style.whiteSpace = wraps ? 'pre-wrap' : 'pre';
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
  }

  /** Writes the text with one span per mark; marks must not overlap. */
  render(text: string, marks: readonly MirrorMark[]): HTMLElement[] {
    const doc = this.content.ownerDocument;
    const nodes: Node[] = [];
    const spans: HTMLElement[] = [];
    let cursor = 0;
    for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
      if (mark.start < cursor) continue;
      nodes.push(doc.createTextNode(text.slice(cursor, mark.start)));
      const span = doc.createElement('span');
      span.className = mark.className;
      for (const [name, value] of Object.entries(mark.attributes)) span.setAttribute(name, value);
      span.textContent = text.slice(mark.start, mark.end);
      nodes.push(span);
      spans.push(span);
      cursor = mark.end;
    }
    // A trailing line break needs a character after it to take up its line, as it does in the textarea.
    nodes.push(doc.createTextNode(text.slice(cursor) + (text.endsWith('\n') ? '\u200b' : '')));
    this.content.replaceChildren(...nodes);
    this.element.scrollTop = this.textarea.scrollTop;
    return spans;
  }

  /** The line boxes of the mirrored text: where the textarea's text is on screen. */
  textRects(): DOMRect[] {
    const range = this.content.ownerDocument.createRange();
    range.selectNodeContents(this.content);
    return [...range.getClientRects()];
  }

  remove(): void {
    this.element.remove();
  }
}
