/**
 * The one `<defuse-overlay>` element of a document: an open shadow root that holds our underline
 * hooks, textarea mirrors, badges and the card, so page CSS and ours never touch. It sits fixed over
 * the viewport and lets pointer events through except where our own UI is.
 */
export const OVERLAY_TAG = 'defuse-overlay';

export interface OverlayHost {
  element: HTMLElement;
  root: ShadowRoot;
  /** Layer for underline hooks and mirrors (no pointer events). */
  marks: HTMLElement;
  /** Layer for badges and the card (pointer events on). */
  ui: HTMLElement;
}

const hosts = new WeakMap<Document, OverlayHost>();

export function overlayFor(doc: Document, css: string): OverlayHost {
  const existing = hosts.get(doc);
  if (existing?.element.isConnected) return existing;
  // Made in a document with no custom elements: a page that defined `defuse-overlay` itself gets
  // its constructor run only on insertion, after our shadow root exists, where it cannot take it.
  const element = doc.implementation.createHTMLDocument('').createElement(OVERLAY_TAG);
  // Inline style on our own element only, so no page rule can hide or shift it. Typography is set
  // inside the shadow root, where an inline `all: initial` here would override it.
  // Through the CSSOM: a page's CSP can forbid style attributes, and Firefox applies it to ours.
  element.style.cssText =
    'display: block !important; position: fixed !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; pointer-events: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; transform: none !important; opacity: 1 !important;';
  const root = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const marks = doc.createElement('div');
  marks.className = 'defuse-marks';
  const ui = doc.createElement('div');
  ui.className = 'defuse-ui';
  root.append(style, marks, ui);
  // After <body>, outside the page's own layout tree and any editor.
  doc.documentElement.append(element);
  const host = { element, root, marks, ui };
  hosts.set(doc, host);
  return host;
}
