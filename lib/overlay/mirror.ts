/**
 * A textarea cannot show highlights, so a mirror copies its text into a div with the same box,
 * font and wrapping, placed exactly over it, with transparent text and underlined spans. Harper's
 * misaligned underlines came from copying too few styles; this copies everything that affects
 * where a line wraps, and compensates for the scrollbar.
 */
import type { Span } from '../analyzer/types';
import { boxOf, type Box } from './geometry';

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
  /** Set on the mark's first span only, so a mark that runs over a line break is still one hook. */
  attributes: Record<string, string>;
}

/** One line of the textarea's text (up to a line break), drawn as a block of its own. */
interface Line {
  element: HTMLDivElement;
  /** Its text and where its marks fall in it: an unchanged line keeps its element and its layout. */
  signature: string;
  /** Its spans, one per piece of a mark, in order. */
  spans: HTMLElement[];
}

interface WantedLine {
  text: string;
  pieces: Piece[];
  signature: string;
}

/** The part of a mark that falls in one line, in that line's offsets. */
interface Piece {
  mark: number;
  start: number;
  end: number;
  className: string;
  first: boolean;
}

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private lines: Line[] = [];
  /** The mirror's styles as last written (the browser may read them back in another form). */
  private readonly written = new Map<string, string>();

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

  /**
   * Matches the textarea's box, styles and scroll position, and returns that box. Call on every frame
   * that needs it, after render(): the one layout it makes the browser do then covers the new text.
   * Only values that changed are written: writing any style of the mirror, even one set to a
   * different value and back in the same call, has the browser lay out the whole mirrored draft.
   */
  layout(): Box | null {
    const view = this.textarea.ownerDocument.defaultView;
    if (!view) return null;
    const computed = view.getComputedStyle(this.textarea);
    const rect = this.textarea.getBoundingClientRect();
    const wanted = new Map<string, string>(COPIED.map((prop) => [prop, computed.getPropertyValue(prop)]));
    wanted.set('border-color', 'transparent');
    wanted.set('box-sizing', 'border-box');
    wanted.set('left', `${rect.left}px`);
    wanted.set('top', `${rect.top}px`);
    wanted.set('width', `${rect.width}px`);
    wanted.set('height', `${rect.height}px`);
    // The textarea's scrollbar narrows its text area; widen our right padding by the same amount.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, this.textarea.offsetWidth - this.textarea.clientWidth - borders);
    wanted.set('padding-right', `${parseFloat(computed.paddingRight) + scrollbar}px`);
    const wraps = computed.getPropertyValue('white-space') !== 'pre' && this.textarea.getAttribute('wrap') !== 'off';
    wanted.set('white-space', wraps ? 'pre-wrap' : 'pre');
    const style = this.element.style;
    for (const [prop, value] of wanted) {
      if (this.written.get(prop) === value) continue;
      style.setProperty(prop, value);
      this.written.set(prop, value);
    }
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
    return boxOf(rect);
  }

  /**
   * Writes the text with a span per mark (marks must not overlap) and returns each mark's spans.
   * Each line is a block of its own and only lines whose text or marks changed are rebuilt: a
   * keystroke re-wraps one line of a long draft, not all of it.
   */
  render(text: string, marks: readonly MirrorMark[]): HTMLElement[][] {
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    const wanted = linesOf(text, sorted);
    let same = 0;
    while (same < wanted.length && same < this.lines.length && this.lines[same]!.signature === wanted[same]!.signature) same++;
    let sameEnd = 0;
    while (
      sameEnd < wanted.length - same &&
      sameEnd < this.lines.length - same &&
      this.lines[this.lines.length - 1 - sameEnd]!.signature === wanted[wanted.length - 1 - sameEnd]!.signature
    ) sameEnd++;
    const removed = this.lines.slice(same, this.lines.length - sameEnd);
    const made = wanted.slice(same, wanted.length - sameEnd).map((line) => this.makeLine(line));
    const next = this.lines[this.lines.length - sameEnd]?.element ?? null;
    for (const line of removed) line.element.remove();
    for (const line of made) this.content.insertBefore(line.element, next);
    this.lines = [...this.lines.slice(0, same), ...made, ...this.lines.slice(this.lines.length - sameEnd)];

    const spans: HTMLElement[][] = sorted.map(() => []);
    this.lines.forEach((line, i) => {
      wanted[i]!.pieces.forEach((piece, j) => {
        const span = line.spans[j]!;
        spans[piece.mark]!.push(span);
        if (!piece.first) return;
        for (const [name, value] of Object.entries(sorted[piece.mark]!.attributes)) {
          if (span.getAttribute(name) !== value) span.setAttribute(name, value);
        }
      });
    });
    return spans;
  }

  /**
   * The line blocks in the mirror's visible part: only their spans need measuring. Found by a binary
   * search, since a long draft has thousands of lines and its underlines thousands of boxes.
   */
  visibleLines(): ReadonlySet<Element> {
    const top = this.element.scrollTop;
    const bottom = top + this.element.clientHeight;
    const lines = this.lines;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const element = lines[mid]!.element;
      if (element.offsetTop + element.offsetHeight <= top) low = mid + 1;
      else high = mid;
    }
    const visible = new Set<Element>();
    for (let i = low; i < lines.length && lines[i]!.element.offsetTop < bottom; i++) visible.add(lines[i]!.element);
    return visible;
  }

  private makeLine({ text, pieces, signature }: WantedLine): Line {
    const doc = this.content.ownerDocument;
    const element = doc.createElement('div');
    element.className = 'defuse-mirror-line';
    const spans: HTMLElement[] = [];
    let cursor = 0;
    for (const piece of pieces) {
      if (piece.start > cursor) element.append(text.slice(cursor, piece.start));
      const span = doc.createElement('span');
      span.className = piece.className;
      span.textContent = text.slice(piece.start, piece.end);
      element.append(span);
      spans.push(span);
      cursor = piece.end;
    }
    // An empty line still takes up its line, as it does in the textarea.
    const rest = text === '' ? '\u200b' : text.slice(cursor);
    if (rest) element.append(rest);
    return { element, signature, spans };
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

/** The text's lines, each with the parts of the marks that fall in it (a mark may run over a line break). */
function linesOf(text: string, marks: readonly MirrorMark[]): WantedLine[] {
  const lines: WantedLine[] = [];
  const started = new Set<number>();
  let next = 0;
  let from = 0;
  for (const line of text.split('\n')) {
    const to = from + line.length;
    while (next < marks.length && marks[next]!.end <= from) next++;
    const pieces: Piece[] = [];
    let cursor = 0;
    for (let m = next; m < marks.length && marks[m]!.start < to; m++) {
      const mark = marks[m]!;
      const start = Math.max(mark.start, from) - from;
      const end = Math.min(mark.end, to) - from;
      if (start < cursor || end <= start) continue;
      pieces.push({ mark: m, start, end, className: mark.className, first: !started.has(m) });
      started.add(m);
      cursor = end;
    }
    const signature = `${line}\u0000${pieces.map((p) => `${p.start}-${p.end}-${p.className}-${p.first ? 1 : 0}`).join(',')}`;
    lines.push({ text: line, pieces, signature });
    from = to + 1;
  }
  return lines;
}
