/**
 * Underlines in rich editors through the CSS Custom Highlight API: the browser paints them, the
 * editor's DOM is never touched. One Highlight per severity per document, holding the ranges of
 * every editor in it. The `::highlight()` rules must live in a stylesheet that applies to the
 * editor's tree: the document's, or the shadow root's when the editor is inside one (Firefox
 * ignores a document-level rule for text in a shadow root).
 */
import { isDocument, isShadowRoot } from '../editors/node-guards';
import { highlightName, type UnderlineLook } from '../ui/styles';

interface Painted {
  look: UnderlineLook;
  range: Range;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** Adds our stylesheet to a document or shadow root once, without touching its DOM where possible. */
function adoptStyles(root: Document | ShadowRoot, css: string, done: WeakSet<Document | ShadowRoot>): void {
  if (done.has(root)) return;
  done.add(root);
  const doc = isDocument(root) ? root : root.ownerDocument;
  const view = doc.defaultView;
  try {
    const Sheet = (view as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Some engines refuse a sheet built in the extension's world; a <style> of our own works everywhere.
    const style = doc.createElement('style');
    style.setAttribute('data-defuse', 'styles');
    style.textContent = css;
    (isDocument(root) ? (root.head ?? root.documentElement) : root).append(style);
  }
}

export class HighlightPainter {
  /** Each editor's ranges per look, as last painted: kept, not rebuilt, while their words stay put. */
  private readonly byOwner = new Map<object, Painted[]>();
  private readonly highlights = new Map<UnderlineLook, Highlight>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  static supported(doc: Document): boolean {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    return Boolean(view && 'highlights' in view.CSS && typeof view.Highlight === 'function');
  }

  /**
   * Replaces the ranges one editor contributes. A range whose boundaries did not move is kept as the
   * same object: the DOM keeps live ranges in place as the agent types, so a keystroke usually
   * changes no highlight at all, and the browser repaints only the text that was edited.
   */
  set(owner: object, root: Node, ranges: readonly Painted[]): void {
    const rootNode = root.getRootNode();
    if (isShadowRoot(rootNode)) adoptStyles(rootNode, this.css, this.styled);
    adoptStyles(this.doc, this.css, this.styled);
    const before = this.byOwner.get(owner) ?? [];
    // Indexed by start node: a long draft has hundreds of underlines, matched on every frame.
    const unused = new Map<Node, Painted[]>();
    for (const old of before) unused.set(old.range.startContainer, [...(unused.get(old.range.startContainer) ?? []), old]);
    const next = ranges.map((wanted) => {
      const candidates = unused.get(wanted.range.startContainer) ?? [];
      const at = candidates.findIndex((old) => old.look === wanted.look && sameBoundaries(old.range, wanted.range));
      return at < 0 ? wanted : candidates.splice(at, 1)[0]!;
    });
    this.byOwner.set(owner, next);
    const now = new Set(next);
    const was = new Set(before);
    this.update(
      before.filter((entry) => !now.has(entry)),
      next.filter((entry) => !was.has(entry)),
    );
  }

  clear(owner: object): void {
    const before = this.byOwner.get(owner);
    if (!before) return;
    this.byOwner.delete(owner);
    this.update(before, []);
  }

  private update(removed: readonly Painted[], added: readonly Painted[]): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !HighlightPainter.supported(this.doc)) return;
    for (const { look, range } of removed) this.highlights.get(look)?.delete(range);
    for (const { look, range } of added) this.highlightFor(view, look).add(range);
  }

  /** One registered Highlight per look; registered again if the page cleared the registry. */
  private highlightFor(view: Window & typeof globalThis, look: UnderlineLook): Highlight {
    let highlight = this.highlights.get(look);
    if (!highlight) {
      const Ctor = view.Highlight as unknown as HighlightCtor;
      this.highlights.set(look, (highlight = new Ctor()));
    }
    const name = highlightName(look);
    if (view.CSS.highlights.get(name) !== highlight) view.CSS.highlights.set(name, highlight);
    return highlight;
  }
}

function sameBoundaries(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
