/**
 * Turns what a walk over editor markup meets, in document order, into lines of text and an
 * OffsetMap. It decides the line structure the way a browser lays it out:
 *
 *   - a block boundary ends the current line; the "\n" between two lines is written only when
 *     the next line shows up, so there is no leading or trailing extra newline; it sits at the
 *     last block end before that, so a position after a placeholder `<br>` or at the end of a
 *     paragraph's wrappers still reads as the end of that line;
 *   - `<br>` ends the current line even when empty (`a<br><br>b` has an empty line), but a
 *     trailing `<br>` (`<p>text<br></p>`, ProseMirror's and CKEditor 5's placeholders) adds
 *     nothing, because the line it would open never receives anything;
 *   - a line exists once something shows on it: a character, a filler, an island;
 *   - collapsible spaces follow CSS `white-space: normal`: dropped at the start and end of a
 *     line, a run kept as its first space.
 */
import { OffsetMap, type Point } from './offset-map';

export class TextWriter<N> {
  /** The text in pieces (runs are one piece); #keys has one entry per unit. */
  readonly #chars: string[] = [];
  readonly #keys: number[] = [];
  readonly #nodes: (N | null)[] = [];
  readonly #indexes: number[] = [];
  readonly #lineStarts: number[] = [];
  readonly #lineAnchors: Point<N>[] = [];
  #lineOpen = false;
  #lineHasText = false;
  /** Key of the event that ended the last line: the "\n" sits there in document order. */
  #lineEndKey = 0;
  #pendingSpace: { key: number; node: N; index: number } | null = null;

  /** A character the agent typed, at `node`'s `index`. */
  char(char: string, key: number, node: N, index: number): void {
    this.#openLine({ node, offset: index });
    const space = this.#pendingSpace;
    if (space !== null) {
      this.#pendingSpace = null;
      this.#push(' ', space.key, space.node, space.index);
    }
    this.#push(char, key, node, index);
    this.#lineHasText = true;
  }

  /**
   * Characters `text` that the agent typed, from `node`'s `index` on, keyed from `key` up: the same
   * as `char` for each of them, in one call (a long draft is mostly such runs, read on every keystroke).
   */
  run(text: string, key: number, node: N, index: number): void {
    if (text === '') return;
    this.char(text[0] as string, key, node, index);
    this.#chars.push(text.slice(1));
    for (let i = 1; i < text.length; i++) {
      this.#keys.push(key + i);
      this.#nodes.push(node);
      this.#indexes.push(index + i);
    }
  }

  /** Collapsible white space: kept as one space, and only between words on a line. */
  space(key: number, node: N, index: number): void {
    if (!this.#lineOpen || !this.#lineHasText || this.#pendingSpace !== null) return;
    this.#pendingSpace = { key, node, index };
  }

  /** Something shows at `anchor` that is not text (a filler, a mention chip, an image). */
  mark(anchor: Point<N>): void {
    this.#openLine(anchor);
  }

  lineBreak(key: number, anchor: Point<N>): void {
    this.#openLine(anchor);
    this.#closeLine(key);
  }

  /** The start of a block (or of a block left out): the current line ends here. */
  blockStart(key: number): void {
    if (this.#lineOpen) this.#closeLine(key);
  }

  /** The end of a block: the current line ends here, or the line that ended in it extends to here. */
  blockEnd(key: number): void {
    if (this.#lineOpen) this.#closeLine(key);
    else this.#lineEndKey = key;
  }

  finish(empty: Point<N>): OffsetMap<N> {
    return new OffsetMap({
      text: this.#chars.join(''),
      keys: this.#keys,
      nodes: this.#nodes,
      indexes: this.#indexes,
      lineStarts: this.#lineStarts,
      lineAnchors: this.#lineAnchors,
      empty,
    });
  }

  #closeLine(key: number): void {
    this.#lineOpen = false;
    this.#lineEndKey = key;
    this.#pendingSpace = null;
  }

  #openLine(anchor: Point<N>): void {
    if (this.#lineOpen) return;
    if (this.#lineStarts.length > 0) this.#push('\n', this.#lineEndKey, null, 0);
    this.#lineStarts.push(this.#keys.length);
    this.#lineAnchors.push(anchor);
    this.#lineOpen = true;
    this.#lineHasText = false;
  }

  #push(char: string, key: number, node: N | null, index: number): void {
    this.#chars.push(char);
    this.#keys.push(key);
    this.#nodes.push(node);
    this.#indexes.push(index);
  }
}
