/** The plain-text view of an editor that the analyzer sees, and how to get back to the DOM. */

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * Which side an offset between two characters sticks to. `forward` gives the position before the
 * next character, `backward` the position after the previous one; they differ only where two
 * text nodes meet (`<b>bad</b>|word`).
 */
export type Affinity = 'forward' | 'backward';

export interface TextModel {
  /** Plain text: block elements and <br> become line breaks; islands and quoted history are left out. */
  text: string;
  /**
   * The DOM position of a model offset (0..text.length). Where two text nodes meet, `forward`
   * (the default) gives the start of the next one and `backward` the end of the previous one:
   * pass `backward` for the end of a range so it stays in the text it covers.
   */
  toDom(offset: number, affinity?: Affinity): DomPoint;
  /** The model offset of a DOM position; null when the position is outside the model (an island, a quote). */
  fromDom(node: Node, offset: number): number | null;
}

export type EditorKind = 'textarea' | 'contenteditable';

export interface Editor {
  element: HTMLElement;
  kind: EditorKind;
  /** Aborted when the editor is removed or discovery stops: register the editor's listeners with it. */
  signal: AbortSignal;
}
