/**
 * Walking up past shadow roots and same-origin frames. A page can opt a whole widget out of
 * checking with one attribute on a shadow host or on the `<iframe>` that holds an editor, so
 * ancestor checks have to see through both boundaries.
 */
import { isDocument, isShadowRoot } from './node-guards';

/** The element that contains `node` for rendering and opt-outs: its parent, shadow host or frame. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (isShadowRoot(parent)) return parent.host;
  if (isDocument(parent)) return frameElementOf(parent);
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** `node` itself when it is an element, then each composed ancestor. */
export function* selfAndComposedAncestors(node: Node): Generator<Element> {
  let current: Element | null = node.nodeType === 1 ? (node as Element) : composedParent(node);
  while (current !== null) {
    yield current;
    current = composedParent(current);
  }
}

function frameElementOf(doc: Document): Element | null {
  try {
    // null when the parent document is cross-origin; some environments leave it undefined.
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
