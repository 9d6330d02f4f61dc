/**
 * The text the analyzer reads and the way back from any offset to the markup it came from.
 * DOM-free (the node type is a parameter), so the mapping rules are testable on their own.
 *
 * Every unit of the text (a character, or the "\n" between two lines) carries a key: its place
 * in document order. A DOM position has a key too (see text-model.ts), and its offset is the
 * number of units before it. That one rule gives every position an offset, positions inside
 * dropped fillers and collapsed spaces included, and makes offsets grow with document order.
 */

import type { Affinity } from './types';

export interface Point<N> {
  node: N;
  offset: number;
}

export class OffsetMap<N> {
  readonly text: string;
  readonly #keys: readonly number[];
  /** For each unit, the text node and index it was read from; null for a line break. */
  readonly #nodes: readonly (N | null)[];
  readonly #indexes: readonly number[];
  readonly #lineStarts: readonly number[];
  /** Where each line begins in the DOM, the position for a line with no text (an empty paragraph). */
  readonly #lineAnchors: readonly Point<N>[];
  /** The position of offset 0 when there is no line at all (an empty editor). */
  readonly #empty: Point<N>;

  constructor(parts: {
    text: string;
    keys: readonly number[];
    nodes: readonly (N | null)[];
    indexes: readonly number[];
    lineStarts: readonly number[];
    lineAnchors: readonly Point<N>[];
    empty: Point<N>;
  }) {
    this.text = parts.text;
    this.#keys = parts.keys;
    this.#nodes = parts.nodes;
    this.#indexes = parts.indexes;
    this.#lineStarts = parts.lineStarts;
    this.#lineAnchors = parts.lineAnchors;
    this.#empty = parts.empty;
  }

  /** The DOM position of a text offset, inside a text node whenever the line has text. */
  pointAt(offset: number, affinity: Affinity = 'forward'): Point<N> {
    const at = Math.max(0, Math.min(Math.trunc(offset), this.text.length));
    const before = at > 0 ? this.#sourceAfter(at - 1) : null;
    if (affinity === 'backward' && before !== null) return before;
    const after = at < this.text.length ? this.#source(at) : null;
    if (after !== null) return after;
    if (before !== null) return before;
    // Nothing typed on either side on this line: an empty line, or the very start.
    const line = this.#lineOf(at);
    return line < 0 ? this.#empty : (this.#lineAnchors[line] as Point<N>);
  }

  /** The offset of a DOM position with this key: how many units come before it. */
  offsetAtKey(key: number): number {
    let low = 0;
    let high = this.#keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#keys[mid] as number) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The position before unit `index`, or null for a line break. */
  #source(index: number): Point<N> | null {
    const node = this.#nodes[index];
    return node === null || node === undefined ? null : { node, offset: this.#indexes[index] as number };
  }

  /** The position after unit `index`, or null for a line break. */
  #sourceAfter(index: number): Point<N> | null {
    const point = this.#source(index);
    return point === null ? null : { node: point.node, offset: point.offset + 1 };
  }

  /** The last line starting at or before `offset`, or -1. */
  #lineOf(offset: number): number {
    let low = 0;
    let high = this.#lineStarts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#lineStarts[mid] as number) <= offset) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }
}
