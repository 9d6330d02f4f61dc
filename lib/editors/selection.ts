import { isShadowRoot } from './node-guards';

/** Chromium's shadow roots have their own, non-standard `getSelection()`. */
type ChromiumShadowRoot = ShadowRoot & { getSelection?: () => Selection | null };

/**
 * The selection as seen from inside `node`'s tree. Chromium's document selection stops at a shadow
 * host (its nodes are the host and an offset beside it), while the shadow root's own selection
 * reaches inside; Firefox's document selection reaches inside already.
 */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode();
  if (isShadowRoot(root)) {
    const own = (root as ChromiumShadowRoot).getSelection;
    if (typeof own === 'function') return own.call(root);
  }
  return node.ownerDocument?.getSelection() ?? null;
}
