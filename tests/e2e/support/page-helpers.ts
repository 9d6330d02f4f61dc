/**
 * Code that runs INSIDE the fixture page (top frame, page world), shared by both drivers.
 *
 * `pageHelpers` must stay self-contained: the drivers send its source text to the page (see
 * BaseDriver.run in browsers.ts), so it may not refer to anything outside its own body.
 *
 * Element paths: a `Path` is a list of CSS selectors; each selector after the first is looked up
 * inside the previous element's same-origin iframe document (if it is an iframe) or its OPEN shadow
 * root. ['#editor-frame', 'body'] is the body of an iframe; ['#host', '.editor'] is an editor inside
 * #host's shadow root.
 *
 * Rectangles are in CSS pixels of the TOP viewport (what mouse.click takes), whatever frame the
 * element lives in.
 */

export type Path = readonly string[];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface UnderlineHook {
  ruleId: string | null;
  start: number | null;
  end: number | null;
  /** Rect of the underline element (first non-empty client rect), top-viewport coordinates. */
  rect: Rect | null;
  /** 0 = top document; n = nth same-origin frame document (depth-first). */
  doc: number;
}

export interface BadgeHook {
  stepsDone: number | null;
  stepsRequired: number | null;
  issues: number | null;
  rect: Rect | null;
  doc: number;
}

export interface ApplyButtonHook {
  text: string;
  rect: Rect | null;
}

export interface CardHook {
  rect: Rect | null;
  buttons: ApplyButtonHook[];
  /** The card's "copy suggestion" button, shown when Defuse did not (or may not) edit. */
  copy: ApplyButtonHook | null;
  /** What the card says about an apply that did not happen; null when it says nothing. */
  failure: string | null;
  doc: number;
}

/** Everything the overlays of the top document and its same-origin frames currently show. */
export interface OverlaySnapshot {
  /** Number of <defuse-overlay> elements found (all documents). */
  overlays: number;
  /** Of those, how many had an open shadow root. */
  openShadowRoots: number;
  /** Overlays per document, by document index: the contract says at most one each. */
  overlaysPerDoc: number[];
  underlines: UnderlineHook[];
  badges: BadgeHook[];
  cards: CardHook[];
}

export interface ActiveInfo {
  /** Deepest focused element through iframes and shadow roots: tag#id.class */
  describe: string;
  dataDefuse: string | null;
  /** True if that element is (or is inside the editable host of) the element at the given path. */
  matches: boolean;
}

export function pageHelpers() {
  const isIframe = (el: Element): el is HTMLIFrameElement => el.tagName === 'IFRAME' || el.tagName === 'FRAME';

  function childRoot(el: Element): Document | ShadowRoot | null {
    if (isIframe(el)) {
      try {
        return el.contentDocument;
      } catch {
        return null;
      }
    }
    return el.shadowRoot;
  }

  function resolve(path: readonly string[]): Element | null {
    let root: Document | ShadowRoot = document;
    let el: Element | null = null;
    for (let i = 0; i < path.length; i++) {
      if (el) {
        const next = childRoot(el);
        if (!next) return null;
        root = next;
      }
      el = root.querySelector(path[i]!);
      if (!el) return null;
    }
    return el;
  }

  /** Offset of a document's viewport inside the top viewport. */
  function docOffset(doc: Document): { x: number; y: number } {
    let x = 0;
    let y = 0;
    let win: Window | null = doc.defaultView;
    while (win && win !== window) {
      const frame = win.frameElement;
      if (!frame) break;
      const r = frame.getBoundingClientRect();
      const cs = frame.ownerDocument.defaultView?.getComputedStyle(frame);
      x += r.left + frame.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0);
      y += r.top + frame.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0);
      win = frame.ownerDocument.defaultView;
    }
    return { x, y };
  }

  function toTop(r: DOMRect, doc: Document) {
    const o = docOffset(doc);
    return { x: r.left + o.x, y: r.top + o.y, width: r.width, height: r.height };
  }

  /** First non-empty client rect of the element, else of any descendant; top coordinates. */
  function rectOf(el: Element): Rect | null {
    const queue: Element[] = [el];
    while (queue.length > 0) {
      const cur = queue.shift()!;
      for (const r of Array.from(cur.getClientRects())) {
        if (r.width > 0 && r.height > 0) return toTop(r, el.ownerDocument);
      }
      queue.push(...Array.from(cur.children));
    }
    return null;
  }

  /** Top document first, then every same-origin iframe document (depth-first, light DOM). */
  function documents(): Document[] {
    const out: Document[] = [];
    const visit = (doc: Document) => {
      out.push(doc);
      for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
        const child = childRoot(frame);
        if (child && 'defaultView' in child) visit(child);
      }
    };
    visit(document);
    return out;
  }

  function num(el: Element, attr: string): number | null {
    const v = el.getAttribute(attr);
    return v === null || v.trim() === '' ? null : Number(v);
  }

  function overlays() {
    const snapshot = {
      overlays: 0,
      openShadowRoots: 0,
      overlaysPerDoc: [] as number[],
      underlines: [] as {
        ruleId: string | null;
        start: number | null;
        end: number | null;
        rect: Rect | null;
        doc: number;
      }[],
      badges: [] as {
        stepsDone: number | null;
        stepsRequired: number | null;
        issues: number | null;
        rect: Rect | null;
        doc: number;
      }[],
      cards: [] as {
        rect: Rect | null;
        buttons: { text: string; rect: Rect | null }[];
        copy: { text: string; rect: Rect | null } | null;
        failure: string | null;
        doc: number;
      }[],
    };
    documents().forEach((doc, index) => {
      const hosts = Array.from(doc.querySelectorAll('defuse-overlay'));
      snapshot.overlaysPerDoc.push(hosts.length);
      for (const host of hosts) {
        snapshot.overlays++;
        const root = host.shadowRoot;
        if (!root) continue;
        snapshot.openShadowRoots++;
        for (const u of Array.from(root.querySelectorAll('[data-defuse-underline]'))) {
          snapshot.underlines.push({
            ruleId: u.getAttribute('data-rule-id'),
            start: num(u, 'data-start'),
            end: num(u, 'data-end'),
            rect: rectOf(u),
            doc: index,
          });
        }
        for (const b of Array.from(root.querySelectorAll('[data-defuse-badge]'))) {
          snapshot.badges.push({
            stepsDone: num(b, 'data-steps-done'),
            stepsRequired: num(b, 'data-steps-required'),
            issues: num(b, 'data-issues'),
            rect: rectOf(b),
            doc: index,
          });
        }
        for (const c of Array.from(root.querySelectorAll('[data-defuse-card]'))) {
          snapshot.cards.push({
            rect: rectOf(c),
            buttons: Array.from(c.querySelectorAll('button[data-defuse-apply]')).map((btn) => ({
              text: (btn.textContent ?? '').trim(),
              rect: rectOf(btn),
            })),
            copy: Array.from(c.querySelectorAll('button[data-defuse-copy]')).map((btn) => ({
              text: (btn.textContent ?? '').trim(),
              rect: rectOf(btn),
            }))[0] ?? null,
            failure: c.querySelector('[data-defuse-failure] [role="alert"]')?.textContent?.trim() ?? null,
            doc: index,
          });
        }
      }
    });
    return snapshot;
  }

  function deepActive(): Element | null {
    let el: Element | null = document.activeElement;
    for (;;) {
      if (!el) return null;
      const inner = isIframe(el) ? (childRoot(el) as Document | null)?.activeElement ?? null : el.shadowRoot?.activeElement ?? null;
      if (!inner || inner === el) return el;
      el = inner;
    }
  }

  /** The element that takes focus for an editor target: the textarea/input, or the editing host. */
  function editingHost(el: Element): HTMLElement | null {
    if (!(el instanceof el.ownerDocument.defaultView!.HTMLElement)) return null;
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el;
    if (!el.isContentEditable) return null;
    let host: HTMLElement = el;
    for (;;) {
      const parent: HTMLElement | null = host.parentElement;
      if (!parent || !parent.isContentEditable) return host;
      host = parent;
    }
  }

  /**
   * Focuses the editor at `path` the way a page's own script would: every iframe on the way gets its
   * window focused, then the editing host gets focus and the caret goes to the end of the target's
   * text (or its start when it has no text).
   */
  function focus(path: readonly string[]): string | null {
    const target = resolve(path);
    if (!target) return `no element at ${JSON.stringify(path)}`;
    const host = editingHost(target);
    if (!host) return `${JSON.stringify(path)} is not a textarea, input or contenteditable`;
    window.focus();
    let root: Document | ShadowRoot = document;
    for (let i = 0; i < path.length - 1; i++) {
      const el = root.querySelector(path[i]!);
      if (!el) break;
      if (isIframe(el)) el.contentWindow?.focus();
      const next = childRoot(el);
      if (!next) break;
      root = next;
    }
    host.focus();
    if (host.tagName === 'TEXTAREA' || host.tagName === 'INPUT') {
      const field = host as HTMLTextAreaElement;
      field.setSelectionRange(field.value.length, field.value.length);
    } else {
      const doc = target.ownerDocument;
      const selection = doc.getSelection();
      if (selection) {
        const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
        const range = doc.createRange();
        if (last) range.setStart(last, last.data.length);
        else range.setStart(target, 0);
        range.collapse(true);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    }
    return null;
  }

  function describe(el: Element | null): string {
    if (!el) return '(none)';
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  }

  function active(path: readonly string[]) {
    const el = deepActive();
    const target = resolve(path);
    const host = target ? editingHost(target) : null;
    return {
      describe: describe(el),
      dataDefuse: el?.getAttribute('data-defuse') ?? null,
      matches: !!el && !!host && (el === host || host.contains(el)),
    };
  }

  /**
   * Where `needle` (its first occurrence in the editor's text) is drawn: the first client rect of
   * a DOM Range over it in a contenteditable (text nodes concatenated in document order), or of a
   * span in a mirror of a textarea/input (a hidden div with the field's text styles, removed at
   * once). Top-viewport coordinates; null when the text is not there.
   */
  function textRect(path: readonly string[], needle: string): Rect | null {
    const target = resolve(path);
    const host = target ? editingHost(target) : null;
    if (!host) return null;
    const doc = host.ownerDocument;
    if (host.tagName === 'TEXTAREA' || host.tagName === 'INPUT') {
      const field = host as HTMLTextAreaElement;
      const at = field.value.indexOf(needle);
      if (at < 0) return null;
      const cs = doc.defaultView!.getComputedStyle(field);
      const mirror = doc.createElement('div');
      for (const prop of [
        'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
        'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
        'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'line-height',
        'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'direction',
      ]) {
        mirror.style.setProperty(prop, cs.getPropertyValue(prop));
      }
      const r = field.getBoundingClientRect();
      Object.assign(mirror.style, {
        position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, margin: '0', overflow: 'hidden',
        visibility: 'hidden', pointerEvents: 'none', whiteSpace: host.tagName === 'INPUT' ? 'pre' : 'pre-wrap',
        overflowWrap: 'break-word', borderColor: 'transparent',
      });
      const span = doc.createElement('span');
      span.textContent = needle;
      mirror.append(doc.createTextNode(field.value.slice(0, at)), span, doc.createTextNode(field.value.slice(at + needle.length)));
      doc.body.append(mirror);
      try {
        mirror.scrollTop = field.scrollTop;
        mirror.scrollLeft = field.scrollLeft;
        const rect = span.getClientRects()[0];
        return rect ? toTop(rect, doc) : null;
      } finally {
        mirror.remove();
      }
    }
    const range = rangeOf(host, needle);
    const rect = range ? Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0) : undefined;
    return rect ? toTop(rect, doc) : null;
  }

  /** A DOM Range over the first occurrence of needle in the host's text nodes (concatenated). */
  function rangeOf(host: HTMLElement, needle: string): Range | null {
    const doc = host.ownerDocument;
    const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      text += (n as Text).data;
    }
    const at = text.indexOf(needle);
    if (at < 0) return null;
    const locate = (offset: number, preferNext: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const end = seen + node.data.length;
        if (offset < end || (offset === end && !preferNext)) return [node, offset - seen];
        seen = end;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const range = doc.createRange();
    range.setStart(...locate(at, true));
    range.setEnd(...locate(at + needle.length, false));
    return range;
  }

  /**
   * Selects the first occurrence of needle in the editor at path (the editor must have focus), as
   * an extension would before replacing it. Returns an error message or null.
   */
  function selectText(path: readonly string[], needle: string): string | null {
    const target = resolve(path);
    const host = target ? editingHost(target) : null;
    if (!host) return `no editor at ${JSON.stringify(path)}`;
    if (host.tagName === 'TEXTAREA' || host.tagName === 'INPUT') {
      const field = host as HTMLTextAreaElement;
      const at = field.value.indexOf(needle);
      if (at < 0) return `${JSON.stringify(needle)} not in the field`;
      field.setSelectionRange(at, at + needle.length);
      return null;
    }
    const range = rangeOf(host, needle);
    if (!range) return `${JSON.stringify(needle)} not in the editor`;
    const selection = host.ownerDocument.getSelection();
    if (!selection) return 'no selection';
    selection.removeAllRanges();
    selection.addRange(range);
    return null;
  }

  /**
   * Trusted keydown/keyup events received so far by the windows of the top document and its
   * same-origin frames (listeners installed on first call, capture phase).
   */
  function keyCounts(): { down: number; up: number } {
    const total = { down: 0, up: 0 };
    for (const doc of documents()) {
      const win = doc.defaultView as (Window & { __defuseE2EKeys?: { down: number; up: number } }) | null;
      if (!win) continue;
      if (!win.__defuseE2EKeys) {
        const counts = { down: 0, up: 0 };
        win.__defuseE2EKeys = counts;
        win.addEventListener('keydown', (e) => { if (e.isTrusted) counts.down++; }, true);
        win.addEventListener('keyup', (e) => { if (e.isTrusted) counts.up++; }, true);
      }
      total.down += win.__defuseE2EKeys.down;
      total.up += win.__defuseE2EKeys.up;
    }
    return total;
  }

  return { keyCounts, resolve, rectOf, documents, overlays, focus, active, deepActive, editingHost, describe, textRect, rangeOf, selectText };
}

export type PageHelpers = ReturnType<typeof pageHelpers>;
