/**
 * The plain text of an editor as the agent sees it, and the mapping between its offsets and DOM
 * positions (for underlines, for the caret, for applying a fix).
 *
 * For a contenteditable, a walk in document order gives every DOM position a key: a text node
 * takes one key per character position, an element one key before it and, when its content is
 * read, one at its end. TextWriter builds the text and records each unit's key, so `fromDom` is
 * a key lookup and a binary search, and positions inside anything dropped (fillers, collapsed
 * spaces, formatting white space) still land on the nearest offset. Islands and left-out parts
 * (markup.ts) keep a key before them but none inside: positions there are outside the model.
 */
import { isCollapsibleSpace, isFiller, modelChar } from './characters';
import { isBlock, isIsland, isLeftOut, isLineBreak, isPreservingValue, preservesWhiteSpace } from './markup';
import { isElement, isText, isTextarea } from './node-guards';
import type { OffsetMap } from './offset-map';
import { TextWriter } from './text-writer';
import { readTextareaModel } from './textarea-model';
import type { Affinity, DomPoint, TextModel } from './types';

export function readTextModel(element: HTMLElement): TextModel {
  return isTextarea(element) ? readTextareaModel(element) : readEditableModel(element);
}

function readEditableModel(root: HTMLElement): TextModel {
  const reader = new MarkupReader(root);
  const map = reader.map;
  return {
    text: map.text,
    toDom: (offset: number, affinity?: Affinity): DomPoint => map.pointAt(offset, affinity),
    fromDom: (node: Node, offset: number): number | null => {
      const key = reader.keyOf(node, offset);
      return key === null ? null : map.offsetAtKey(key);
    },
  };
}

class MarkupReader {
  readonly map: OffsetMap<Node>;
  #nextKey = 0;
  /** Text nodes: the key of offset 0. Other nodes: the key of the position just before them. */
  readonly #keys = new Map<Node, number>();
  /** Elements whose content was read, and the root: the key of the position after their last child. */
  readonly #ends = new Map<Node, number>();
  readonly #writer = new TextWriter<Node>();

  constructor(root: HTMLElement) {
    this.#readChildren(root, rootPreservesWhiteSpace(root));
    this.#ends.set(root, this.#nextKey++);
    this.map = this.#writer.finish({ node: root, offset: 0 });
  }

  /** The key of a DOM position, or null when it is not inside the read content. */
  keyOf(node: Node, offset: number): number | null {
    if (isText(node)) {
      const base = this.#keys.get(node);
      return base === undefined ? null : base + clamp(offset, 0, node.data.length);
    }
    const end = this.#ends.get(node);
    if (end === undefined) {
      // A <br> or a comment: its own position is the one before it. Islands and left-out parts
      // were never read, so they have an entry only before them, not at them.
      return isElement(node) && (isIsland(node) || isLeftOut(node)) ? null : (this.#keys.get(node) ?? null);
    }
    const child = node.childNodes[clamp(offset, 0, node.childNodes.length)];
    return child === undefined ? end : (this.#keys.get(child) ?? null);
  }

  #readChildren(parent: Element, preserve: boolean): void {
    const writer = this.#writer;
    let index = -1;
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      index++;
      const key = this.#nextKey;
      this.#keys.set(child, key);
      if (isText(child)) {
        this.#nextKey += child.data.length + 1;
        this.#readText(child, key, preserve);
        continue;
      }
      this.#nextKey++;
      if (!isElement(child)) continue;
      const before = { node: parent as Node, offset: index };
      const leftOut = isLeftOut(child);
      if (isLineBreak(child)) {
        writer.lineBreak(key, before);
      } else if (leftOut || isIsland(child)) {
        // A left-out block (a quote) still separates lines; an inline island shows on its line.
        if (isBlock(child)) writer.blockStart(key);
        else if (!leftOut) writer.mark(before);
      } else {
        const block = isBlock(child);
        if (block) writer.blockStart(key);
        this.#readChildren(child, preservesWhiteSpace(child) ?? preserve);
        const end = this.#nextKey++;
        this.#ends.set(child, end);
        if (block) writer.blockEnd(end);
      }
    }
  }

  #readText(node: Text, base: number, preserve: boolean): void {
    const writer = this.#writer;
    const data = node.data;
    if (preserve && isFormattingWhiteSpace(node)) return;
    if (preserve && !SPECIAL.test(data)) {
      writer.run(data, base, node, 0);
      return;
    }
    for (let index = 0; index < data.length; index++) {
      const char = data[index] as string;
      if (isFiller(char)) writer.mark({ node, offset: index });
      else if (!preserve && isCollapsibleSpace(char)) writer.space(base + index, node, index);
      else writer.char(modelChar(char), base + index, node, index);
    }
  }
}

/** Characters `#readText` must look at one by one when white space is kept: fillers and U+00A0 (see characters.ts). */
const SPECIAL = /[\u200B\uFEFF\u2060\u00A0]/;

/**
 * Source indentation between blocks (`</p>\n  <p>`), from server-rendered or pasted HTML. Under
 * `white-space: normal` the writer drops it anyway; under `pre-wrap` a browser would draw it,
 * but no editor produces it there, while a paragraph of typed spaces has no line feed.
 */
function isFormattingWhiteSpace(node: Text): boolean {
  if (!node.data.includes('\n') || ![...node.data].every(isCollapsibleSpace)) return false;
  return isBlockOrEdge(contentSibling(node, 'previousSibling')) && isBlockOrEdge(contentSibling(node, 'nextSibling'));
}

/** The nearest element or text sibling, past comments (Trix's `<!--block-->`). */
function contentSibling(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling !== null && !isElement(sibling) && !isText(sibling)) sibling = sibling[direction];
  return sibling;
}

function isBlockOrEdge(node: Node | null): boolean {
  return node === null || (isElement(node) && (isBlock(node) || isLineBreak(node)));
}

/** The root's white-space setting; editors set it in a stylesheet (ProseMirror, Quill) or inline. */
function rootPreservesWhiteSpace(root: HTMLElement): boolean {
  const inline = preservesWhiteSpace(root);
  if (inline !== null) return inline;
  const style = root.ownerDocument.defaultView?.getComputedStyle(root);
  if (style === undefined) return false;
  const collapse = style.getPropertyValue('white-space-collapse');
  return isPreservingValue(collapse !== '' ? collapse : style.whiteSpace);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(Math.trunc(value), max));
}
