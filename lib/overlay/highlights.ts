/**
 * Underlines in rich editors through the CSS Custom Highlight API: the browser paints them, the
 * editor's DOM is never touched. One Highlight per severity per document, holding the ranges of
 * every editor in it. The `::highlight()` rules must live in a stylesheet that applies to the
 * editor's tree: the document's, or the shadow root's when the editor is inside one (Firefox
 * ignores a document-level rule for text in a shadow root).
 */
import { isDocument, isShadowRoot } from '../editors/node-guards';
import { highlightName, LOOKS, type UnderlineLook } from '../ui/styles';

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
  private readonly byOwner = new Map<object, Map<UnderlineLook, Range[]>>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  static supported(doc: Document): boolean {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    return Boolean(view && 'highlights' in view.CSS && typeof view.Highlight === 'function');
  }

  /** Replaces the ranges one editor contributes. */
  set(owner: object, root: Node, ranges: ReadonlyArray<{ look: UnderlineLook; range: Range }>): void {
    const rootNode = root.getRootNode();
    if (isShadowRoot(rootNode)) adoptStyles(rootNode, this.css, this.styled);
    adoptStyles(this.doc, this.css, this.styled);
    const grouped = new Map<UnderlineLook, Range[]>();
    for (const { look, range } of ranges) grouped.set(look, [...(grouped.get(look) ?? []), range]);
    this.byOwner.set(owner, grouped);
    this.paint();
  }

  clear(owner: object): void {
    if (this.byOwner.delete(owner)) this.paint();
  }

  private paint(): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !HighlightPainter.supported(this.doc)) return;
    const Ctor = view.Highlight as unknown as HighlightCtor;
    for (const look of LOOKS) {
      const ranges = [...this.byOwner.values()].flatMap((g) => g.get(look) ?? []);
      if (ranges.length === 0) view.CSS.highlights.delete(highlightName(look));
      else view.CSS.highlights.set(highlightName(look), new Ctor(...ranges));
    }
  }
}
