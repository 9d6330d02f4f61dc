/**
 * Finding the editors of a page as they come and go. Helpdesks are single-page apps: composers
 * are mounted, hidden, shown and unmounted long after load, inside shadow roots and iframes.
 *
 *   roots       the document, each open shadow root and each reachable iframe document; one
 *               MutationObserver per root (observers do not see into shadow roots or frames)
 *   candidates  textareas and contenteditable roots, coachable or not yet (a hidden composer)
 *   editors     the candidates that are coachable now, reported through onAdded / onRemoved
 *
 * A focusin listener per document catches what observers cannot: a shadow root attached after
 * its host was inserted, a field that only qualifies once focused.
 */
import { selfAndComposedAncestors } from './composed-tree';
import { editorKind, editorRootOf, whyNotCoachable } from './eligibility';
import { frameDocument } from './frames';
import { isDocument, isElement, isHTMLElement, isIframe, isShadowRoot } from './node-guards';
import { childController, Registrations, type LiveCounts } from './registrations';
import type { Editor } from './types';

export interface DiscoveryCallbacks {
  onAdded(editor: Editor): void;
  /** Called before the editor's signal aborts, so cleanup can still read its state. */
  onRemoved(editor: Editor): void;
}

export interface DiscoveryOptions {
  /** Reach into same-origin and about:blank iframes. Default true. */
  frames?: boolean;
  /** Stops the discovery when aborted, as `stop()` does. */
  signal?: AbortSignal;
}

export interface DiscoveryStats extends LiveCounts {
  roots: number;
  frames: number;
  candidates: number;
  editors: number;
}

export interface Discovery {
  readonly editors: ReadonlyMap<HTMLElement, Editor>;
  /** Live roots, frames, candidates, editors, and the listeners and observers still registered. */
  stats(): DiscoveryStats;
  /** Checks every candidate again, for changes nothing observable announced (a resize, a stylesheet). */
  recheck(): void;
  /** Reports every editor as removed and releases every listener and observer. */
  stop(): void;
}

type Root = Document | ShadowRoot;

/** Attributes that can change whether a field is coachable, on the field or an ancestor. */
const WATCHED_ATTRIBUTES = [
  'contenteditable',
  'disabled',
  'readonly',
  'aria-readonly',
  'aria-disabled',
  'aria-multiline',
  'role',
  'data-defuse',
  'data-gramm',
  'data-enable-grammarly',
  // Visibility: Zendesk keeps hidden composers mounted and shows them by toggling a class.
  'hidden',
  'style',
  'class',
];

// Old values too: editors write their root's attributes again on every keystroke, mostly unchanged.
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributeFilter: WATCHED_ATTRIBUTES, attributeOldValue: true };

/** Starts watching `doc` (and what it contains) for editors; existing ones are reported right away. */
export function startDiscovery(doc: Document, callbacks: DiscoveryCallbacks, options: DiscoveryOptions = {}): Discovery {
  return new EditorDiscovery(doc, callbacks, options);
}

class EditorDiscovery implements Discovery {
  readonly #top: Document;
  readonly #callbacks: DiscoveryCallbacks;
  readonly #reachFrames: boolean;
  readonly #controller = new AbortController();
  readonly #registrations = new Registrations();
  readonly #roots = new Map<Root, AbortController>();
  readonly #frames = new Map<HTMLIFrameElement, { controller: AbortController; doc: Document | null }>();
  readonly #frameOfDocument = new WeakMap<Document, HTMLIFrameElement>();
  readonly #candidates = new Set<HTMLElement>();
  /** Short fields the agent has focused: coached from then on, so a chat box is not dropped on blur. */
  readonly #focused = new WeakSet<HTMLElement>();
  readonly #editorControllers = new Map<HTMLElement, AbortController>();
  readonly editors = new Map<HTMLElement, Editor>();

  constructor(doc: Document, callbacks: DiscoveryCallbacks, options: DiscoveryOptions) {
    this.#top = doc;
    this.#callbacks = callbacks;
    this.#reachFrames = options.frames ?? true;
    if (options.signal?.aborted) return;
    options.signal?.addEventListener('abort', () => this.stop(), { once: true, signal: this.#controller.signal });
    this.#watchRoot(doc);
  }

  stats(): DiscoveryStats {
    return {
      ...this.#registrations.live,
      roots: this.#roots.size,
      frames: this.#frames.size,
      candidates: this.#candidates.size,
      editors: this.editors.size,
    };
  }

  recheck(): void {
    for (const candidate of [...this.#candidates]) this.#evaluate(candidate);
  }

  stop(): void {
    if (this.#controller.signal.aborted) return;
    for (const element of [...this.editors.keys()]) this.#release(element);
    this.#controller.abort();
    this.#roots.clear();
    this.#frames.clear();
    this.#candidates.clear();
  }

  #watchRoot(root: Root): void {
    if (this.#roots.has(root) || this.#controller.signal.aborted) return;
    const controller = childController(this.#controller.signal);
    this.#roots.set(root, controller);
    this.#registrations.observe(root, OBSERVED, (records) => this.#onMutations(records), controller.signal);
    // focusin is composed: one listener per document also hears focus inside its shadow roots.
    if (isDocument(root)) {
      this.#registrations.listen(root, 'focusin', (event) => this.#onFocusIn(event), controller.signal, { capture: true });
    }
    this.#scan(root);
  }

  #unwatchRoot(root: Root): void {
    this.#roots.get(root)?.abort();
    this.#roots.delete(root);
  }

  #watchFrame(frame: HTMLIFrameElement): void {
    if (!this.#reachFrames || this.#frames.has(frame)) return;
    const controller = childController(this.#controller.signal);
    this.#frames.set(frame, { controller, doc: null });
    // Every load brings a new document, or the same one rewritten by document.write, which
    // erased our listeners on it: start that document over either way.
    this.#registrations.listen(frame, 'load', () => this.#attachFrameDocument(frame), controller.signal);
    this.#attachFrameDocument(frame);
  }

  #attachFrameDocument(frame: HTMLIFrameElement): void {
    const entry = this.#frames.get(frame);
    if (entry === undefined) return;
    const doc = frameDocument(frame);
    if (entry.doc !== null) this.#unwatchRoot(entry.doc);
    entry.doc = doc;
    if (doc === null) return;
    this.#frameOfDocument.set(doc, frame);
    this.#sweep();
    this.#watchRoot(doc);
  }

  #unwatchFrame(frame: HTMLIFrameElement): void {
    const entry = this.#frames.get(frame);
    if (entry === undefined) return;
    if (entry.doc !== null) this.#unwatchRoot(entry.doc);
    entry.controller.abort();
    this.#frames.delete(frame);
  }

  /** Registers the candidates, shadow roots and frames in `node` and below it. */
  #scan(node: Root | Element): void {
    const stack: Element[] = isElement(node) ? [node] : [...node.children].reverse();
    while (stack.length > 0) {
      const el = stack.pop() as Element;
      if (el.shadowRoot !== null) this.#watchRoot(el.shadowRoot);
      if (isIframe(el)) this.#watchFrame(el);
      const kind = editorKind(el);
      if (kind !== null && isHTMLElement(el)) {
        this.#candidates.add(el);
        this.#evaluate(el);
        // An editor's own content is the page's text, not more editors: skip the walk.
        if (kind === 'contenteditable') continue;
      }
      for (let child = el.lastElementChild; child !== null; child = child.previousElementSibling) stack.push(child);
    }
  }

  #onMutations(records: MutationRecord[]): void {
    if (this.#controller.signal.aborted) return;
    const added = new Set<Element>();
    const changed = new Set<Element>();
    const rewritten = new Set<Document>();
    let removed = false;
    for (const record of records) {
      // An editor's own typing changes only what is inside it, which holds no other editor: skip it.
      if (this.#isInsideEditor(record.target, record.type === 'childList')) continue;
      if (record.type === 'attributes') {
        const target = record.target as Element;
        if (record.attributeName !== null && target.getAttribute(record.attributeName) === record.oldValue) continue;
        changed.add(target);
        // Turning editing on or off on an ancestor makes and unmakes editor roots below it.
        if (record.attributeName === 'contenteditable') added.add(target);
        continue;
      }
      if (isDocument(record.target)) rewritten.add(record.target);
      for (const node of record.addedNodes) if (isElement(node)) added.add(node);
      if (record.removedNodes.length > 0) removed = true;
    }
    if (removed) this.#sweep();
    for (const doc of rewritten) this.#restartDocument(doc);
    for (const node of added) if (node.isConnected && !this.#isInsideEditor(node)) this.#scan(node);
    if (changed.size > 0) {
      for (const candidate of [...this.#candidates]) {
        if (this.#hasAncestorIn(candidate, changed)) this.#evaluate(candidate);
      }
    }
  }

  #onFocusIn(event: Event): void {
    const path = event.composedPath() as Node[];
    // Open shadow roots on the way down that no observer has seen yet (attached after insertion).
    for (const node of path) {
      if (isShadowRoot(node) && this.#isLiveRoot(node)) this.#watchRoot(node);
    }
    const target = path[0];
    if (target === undefined || !isElement(target)) return;
    const root = editorRootOf(target);
    if (root === null || editorKind(root) === null) return;
    this.#candidates.add(root);
    this.#focused.add(root);
    this.#evaluate(root);
  }

  /** document.open() replaced a watched document's content and erased its listeners. */
  #restartDocument(doc: Document): void {
    if (!this.#roots.has(doc)) return;
    this.#unwatchRoot(doc);
    this.#sweep();
    this.#watchRoot(doc);
  }

  #evaluate(element: HTMLElement): void {
    const live = this.#isLive(element) && editorKind(element) !== null;
    if (!live) this.#candidates.delete(element);
    const reason = live ? whyNotCoachable(element) : 'not-an-editor';
    const coachable = reason === null || (reason === 'too-short' && this.#focused.has(element));
    if (coachable && !this.editors.has(element)) this.#adopt(element);
    else if (!coachable && this.editors.has(element)) this.#release(element);
  }

  #adopt(element: HTMLElement): void {
    const kind = editorKind(element);
    if (kind === null) return;
    const controller = childController(this.#controller.signal);
    const editor: Editor = { element, kind, signal: controller.signal };
    this.#editorControllers.set(element, controller);
    this.editors.set(element, editor);
    try {
      this.#callbacks.onAdded(editor);
    } catch (error) {
      rethrowLater(error);
    }
  }

  #release(element: HTMLElement): void {
    const editor = this.editors.get(element);
    if (editor === undefined) return;
    this.editors.delete(element);
    const controller = this.#editorControllers.get(element);
    this.#editorControllers.delete(element);
    try {
      this.#callbacks.onRemoved(editor);
    } catch (error) {
      rethrowLater(error);
    }
    controller?.abort();
  }

  /**
   * Drops roots, frames and candidates that left the page. Structure only, no layout: it runs
   * on every batch with a removal, and editors remove nodes on every keystroke.
   */
  #sweep(): void {
    for (const frame of [...this.#frames.keys()]) if (!this.#isLive(frame)) this.#unwatchFrame(frame);
    for (const root of [...this.#roots.keys()]) if (!this.#isLiveRoot(root)) this.#unwatchRoot(root);
    for (const candidate of [...this.#candidates]) {
      if (this.#isLive(candidate)) continue;
      this.#candidates.delete(candidate);
      this.#release(candidate);
    }
  }

  #isLive(node: Node): boolean {
    if (!node.isConnected) return false;
    const root = node.getRootNode();
    return (isDocument(root) || isShadowRoot(root)) && this.#isLiveRoot(root);
  }

  /**
   * Whether a root is still part of the page. A removed iframe's document stays "connected" to
   * itself, so a frame document counts only while its iframe is live and still shows it.
   */
  #isLiveRoot(root: Root): boolean {
    if (root === this.#top) return true;
    if (isShadowRoot(root)) return this.#isLive(root.host);
    const frame = this.#frameOfDocument.get(root);
    return frame !== undefined && this.#frames.get(frame)?.doc === root && this.#isLive(frame);
  }

  /** Whether `node` is inside a rich editor; with `orIs`, also whether it is one. */
  #isInsideEditor(node: Node, orIs = false): boolean {
    for (const candidate of this.#candidates) {
      if ((orIs || candidate !== node) && candidate.contains(node) && editorKind(candidate) === 'contenteditable') return true;
    }
    return false;
  }

  #hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
    for (const ancestor of selfAndComposedAncestors(element)) if (set.has(ancestor)) return true;
    return false;
  }
}

/** A failing callback must not stop discovery halfway through a batch; its error still surfaces. */
function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}
