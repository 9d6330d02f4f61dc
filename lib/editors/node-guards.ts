/**
 * Node type checks that hold across frames. A node from a same-origin iframe is not an
 * `instanceof HTMLElement` of the top window (each window has its own constructors), so these
 * look at `nodeType` and the namespace instead.
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

export function isDocument(node: Node): node is Document {
  return node.nodeType === 9;
}

/** Document fragments that have a host are shadow roots; plain fragments have none. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host !== null;
}

export function isHTMLElement(node: Node): node is HTMLElement {
  return isElement(node) && node.namespaceURI === HTML_NAMESPACE;
}

export function isTextarea(node: Node): node is HTMLTextAreaElement {
  return isHTMLElement(node) && node.localName === 'textarea';
}

export function isIframe(node: Node): node is HTMLIFrameElement {
  return isHTMLElement(node) && node.localName === 'iframe';
}
