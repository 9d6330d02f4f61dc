/**
 * Invariants every text model must hold, checked exhaustively over one DOM tree. Plain checks
 * that throw on the first failure: an `expect` per position would dominate the property tests.
 */
import { isCollapsibleSpace, modelChar } from '../../../lib/editors/characters';
import type { DomPoint, TextModel } from '../../../lib/editors/types';

/** Every boundary point under `root`, in document order: before each child, inside text, at each end. */
export function pointsInOrder(root: Node): DomPoint[] {
  const points: DomPoint[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      for (let i = 0; i <= (node as Text).data.length; i++) points.push({ node, offset: i });
      return;
    }
    node.childNodes.forEach((child, index) => {
      points.push({ node, offset: index });
      visit(child);
    });
    points.push({ node, offset: node.childNodes.length });
  };
  visit(root);
  return points;
}

export function describePoint(point: DomPoint): string {
  const name = point.node.nodeType === 3 ? JSON.stringify((point.node as Text).data) : point.node.nodeName;
  return `${name}@${point.offset}`;
}

/** fromDom(toDom(o)) === o for every offset and both affinities. */
export function expectRoundTrip(model: TextModel): void {
  for (let o = 0; o <= model.text.length; o++) {
    for (const affinity of ['forward', 'backward'] as const) {
      const point = model.toDom(o, affinity);
      const back = model.fromDom(point.node, point.offset);
      check(back === o, `offset ${o} (${affinity}) went to ${describePoint(point)} and came back as ${back}`, model);
    }
  }
}

/** Offsets never go backwards along the document, and every kept character maps onto itself. */
export function expectConsistentPositions(model: TextModel, root: Node): void {
  let last = 0;
  for (const point of pointsInOrder(root)) {
    const offset = model.fromDom(point.node, point.offset);
    if (offset === null) continue;
    check(offset >= last && offset <= model.text.length, `offset ${offset} at ${describePoint(point)} after ${last}`, model);
    last = offset;
    if (point.node.nodeType !== 3) continue;
    const data = (point.node as Text).data;
    if (point.offset >= data.length) continue;
    const next = model.fromDom(point.node, point.offset + 1);
    if (next === offset + 1) {
      // The character at this position is in the text, at `offset`.
      const char = data[point.offset] as string;
      const read = model.text[offset];
      check(read === modelChar(char) || (isCollapsibleSpace(char) && read === ' '), `char at ${describePoint(point)} read as ${JSON.stringify(read)}`, model);
      const back = model.toDom(offset);
      check(back.node === point.node && back.offset === point.offset, `toDom(${offset}) gave ${describePoint(back)}, not ${describePoint(point)}`, model);
    }
  }
}

/** Offsets of typed characters land inside a text node, never on an element. */
export function expectTextPositions(model: TextModel): void {
  for (let o = 0; o < model.text.length; o++) {
    if (model.text[o] === '\n') continue;
    const point = model.toDom(o);
    check(point.node.nodeType === 3, `offset ${o} of a typed character went to ${describePoint(point)}`, model);
  }
}

export function expectSound(model: TextModel, root: Node): void {
  expectRoundTrip(model);
  expectConsistentPositions(model, root);
  expectTextPositions(model);
}

function check(ok: boolean, message: string, model: TextModel): void {
  if (!ok) throw new Error(`${message} in ${JSON.stringify(model.text)}`);
}
