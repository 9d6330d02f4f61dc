/**
 * Notices the agent using an editor in a document: what makes the content script load the coach.
 * An editor here is a textarea, a contenteditable element, or an iframe (which may hold one: TinyMCE
 * and CKEditor 4 edit inside an iframe whose events never reach this window).
 */

const TRIGGERS = ['focusin', 'pointerdown', 'keydown'] as const;

/** Duck-typed rather than instanceof: the element may come from another realm (a frame's document). */
function isEditorElement(target: EventTarget | null | undefined): boolean {
  const el = target as Partial<HTMLElement> | null | undefined;
  const tag = el?.tagName;
  return tag === 'TEXTAREA' || tag === 'IFRAME' || tag === 'FRAME' || el?.isContentEditable === true;
}

/** The focused element, looking through open shadow roots (but not into frames). */
function focusedElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** True when an editor (or a frame) has focus in this document now, as with an autofocused reply box. */
export function isEditorFocused(doc: Document): boolean {
  return isEditorElement(focusedElement(doc));
}

/**
 * Calls `onUse` each time the agent focuses, clicks or types in an editor of `doc` (shadow roots
 * included: the composed target counts), until the returned function is called.
 */
export function watchEditorUse(doc: Document, onUse: () => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const abort = new AbortController();
  const options = { capture: true, passive: true, signal: abort.signal };
  const onEvent = (event: Event) => {
    if (isEditorElement(event.composedPath()[0])) onUse();
  };
  for (const type of TRIGGERS) win.addEventListener(type, onEvent, options);
  // Focus moving into a frame blurs this window (elements' blur events do not bubble up to a listener
  // here) and makes the frame the active element; browsers differ on whether that is so already during
  // `blur`, so look again once it has been dispatched.
  const onFrameFocus = () => {
    if (isEditorFocused(doc)) onUse();
  };
  const onBlur = () => {
    onFrameFocus();
    win.setTimeout(onFrameFocus, 0);
  };
  win.addEventListener('blur', onBlur, { signal: abort.signal });
  return () => abort.abort();
}
