/**
 * One coached editor: reads its text, analyzes it after each edit, and keeps the underlines, the
 * badge and the card in step. Every listener hangs off one AbortController, so `dispose()` leaves
 * nothing behind when the helpdesk removes the editor.
 */
import { agentTextEnd } from '../analyzer/text/ignored-regions';
import type { AnalyzeOptions, Diagnostic, Report } from '../analyzer/types';
import { applyEdit, insertionAt, type ApplyOutcome, type Edit } from '../editors/apply-edit';
import { isTextarea } from '../editors/node-guards';
import { selectionFor } from '../editors/selection';
import { readTextModel } from '../editors/text-model';
import type { Editor, TextModel } from '../editors/types';
import { boxOf, containsPoint, type Box } from '../overlay/geometry';
import { HookLayer, type Hook } from '../overlay/hooks';
import { TextareaMirror, type MirrorMark } from '../overlay/mirror';
import { underlineClass, type UnderlineLook } from '../ui/styles';
import type { DocumentCoach } from './document-coach';
import { guarded } from './guard';
import { ignoreKey } from './ignored';
import { AnalysisScheduler } from './scheduler';
import { isCardShortcut } from './shortcut';

const HOVER_DELAY_MS = 450;
/** About one frame: a change the page made by script is read after the frame that follows it. */
const PAGE_EDIT_DELAY_MS = 20;

export interface Underline {
  diagnostic: Diagnostic;
  /** Client rects of the underlined words, in the editor's document viewport. */
  boxes: Box[];
}

export class EditorSession {
  readonly element: HTMLElement;
  report: Report | null = null;
  text = '';
  underlines: Underline[] = [];
  /**
   * Where the caret was the last time the editor had focus: a textarea offset, or a DOM point that
   * is mapped to a model offset only when needed, so a keystroke does not read the whole text again.
   */
  private caretAt: number | { node: Node; offset: number } | null = null;
  private readonly abort = new AbortController();
  private readonly mirror: TextareaMirror | null;
  /** A rich editor's underline hooks; a textarea's are its mirror's spans. */
  private readonly hooks: HookLayer | null;
  private readonly ignored = new Set<string>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private visible = true;
  /**
   * Set once the agent focuses or types in the editor: only then is it analyzed, so a helpdesk page
   * whose reply box nobody uses never loads the analyzer (see script-loader.ts).
   */
  private engaged: boolean;
  private readonly scheduler = new AnalysisScheduler((text, report) => this.show(text, report));
  /** A rich editor's DOM changes; null for a textarea, whose every change fires `input`. */
  private changes: MutationObserver | null = null;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The text last sent for analysis. */
  private requested: string | null = null;
  /** A rich editor's text model as last read, while no change has come in since. */
  private model: TextModel | null = null;

  constructor(
    readonly editor: Editor,
    private readonly coach: DocumentCoach,
    private readonly options: () => AnalyzeOptions,
  ) {
    this.element = editor.element;
    this.element.setAttribute('data-defuse', 'on');
    this.mirror = isTextarea(this.element) ? new TextareaMirror(this.element, coach.host.marks) : null;
    this.hooks = this.mirror ? null : new HookLayer(coach.host.marks);
    // Focus inside a shadow root shows on the root, not on the document (whose active element is the host).
    const focused = (this.element.getRootNode() as Document | ShadowRoot).activeElement ?? null;
    this.engaged = this.element === focused || this.element.contains(focused);
    this.listen();
    this.refresh();
  }

  private listen(): void {
    const signal = this.abort.signal;
    const el = this.element;
    const doc = el.ownerDocument;
    const view = doc.defaultView;
    el.addEventListener(
      'input',
      guarded('analyzing the reply', () => {
        this.engaged = true;
        this.coach.editorTyped(this);
        this.refresh();
      }),
      { signal },
    );
    // An editable iframe body gets no focus event of its own; a click or a key still says the agent is here.
    const engage = guarded('starting to coach the reply', () => {
      if (this.engaged) return;
      this.engaged = true;
      this.refresh();
    });
    for (const type of ['focusin', 'pointerdown', 'keydown']) el.addEventListener(type, engage, { signal, capture: true });
    el.addEventListener('focus', () => this.coach.sessionFocused(this), { signal });
    el.addEventListener('scroll', () => this.coach.scheduleLayout(), { signal, passive: true });
    el.addEventListener('keydown', guarded('the card shortcut', (e: KeyboardEvent) => this.onKeyDown(e)), { signal });
    el.addEventListener('click', guarded('opening a card', (e: MouseEvent) => this.onPointer(e.clientX, e.clientY, false)), { signal });
    el.addEventListener('mousemove', (e) => this.onHover(e.clientX, e.clientY), { signal, passive: true });
    el.addEventListener('mouseleave', () => clearTimeout(this.hoverTimer), { signal });
    const caret = guarded('tracking the caret', () => this.trackCaret());
    doc.addEventListener('selectionchange', caret, { signal });
    el.addEventListener('keyup', caret, { signal });
    if (view && 'ResizeObserver' in view) {
      const resize = new view.ResizeObserver(() => this.coach.scheduleLayout());
      resize.observe(el);
      signal.addEventListener('abort', () => resize.disconnect());
    }
    if (view && 'IntersectionObserver' in view) {
      const seen = new view.IntersectionObserver((entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible) this.refresh();
        else this.coach.scheduleLayout();
      });
      seen.observe(el);
      signal.addEventListener('abort', () => seen.disconnect());
    }
    if (!isTextarea(el) && view && 'MutationObserver' in view) {
      // A rich editor's paste, or a macro the helpdesk inserts by script, changes the text without an input event.
      const changes = new view.MutationObserver(() => {
        this.model = null;
        this.onChanged();
      });
      changes.observe(el, { childList: true, characterData: true, subtree: true });
      this.changes = changes;
      signal.addEventListener('abort', () => changes.disconnect());
    }
  }

  /**
   * Changes no refresh has read yet: look once the page's own work is done, if the text moved. Not
   * at once: most of them are the editor redrawing what the keystroke's refresh already read, and
   * reading the whole draft again before the next frame would only delay that frame.
   */
  private onChanged(): void {
    if (this.changeTimer !== undefined) return;
    this.changeTimer = setTimeout(
      guarded('following the page\'s edits', () => {
        this.changeTimer = undefined;
        if (this.active && this.read().text !== this.requested) this.refresh();
      }),
      PAGE_EDIT_DELAY_MS,
    );
  }

  read(): TextModel {
    return readTextModel(this.element);
  }

  /**
   * The rich editor's model as refresh() read it when nothing changed since (drawing the underlines
   * in the same frame then needs no second walk of the editor); a fresh read otherwise.
   */
  private currentModel(): TextModel {
    if (!this.changes) return this.read();
    if (this.changes.takeRecords().length > 0) {
      this.model = null;
      this.onChanged();
    }
    return (this.model ??= this.read());
  }

  private get active(): boolean {
    const doc = this.element.ownerDocument;
    return this.visible || doc.activeElement === this.element || this.element.contains(doc.activeElement);
  }

  /** Re-reads the text and has it analyzed (see scheduler.ts); rendering waits for the next frame. */
  refresh(): void {
    if (!this.active || !this.engaged) return;
    // This read covers every change made so far.
    this.changes?.takeRecords();
    this.model = this.read();
    const text = this.model.text;
    this.requested = text;
    this.scheduler.analyze(text, this.options());
  }

  private show(text: string, report: Report): void {
    this.text = text;
    const diagnostics = report.diagnostics.filter((d) => !this.ignored.has(ignoreKey(text, d)));
    this.report = { ...report, diagnostics };
    this.coach.sessionChanged(this);
  }

  /** Places the underlines for the current report; called by the coach once per frame. */
  layout(): void {
    const diagnostics = this.report?.diagnostics ?? [];
    if (!this.element.isConnected) return;
    if (this.mirror) this.layoutMirror(diagnostics);
    else this.layoutHighlights(diagnostics);
  }

  private layoutMirror(diagnostics: Diagnostic[]): void {
    const mirror = this.mirror!;
    // The mirror shows one span per character range; overlapping diagnostics share the first's span.
    const shown: Diagnostic[] = [];
    let cursor = 0;
    for (const d of diagnostics) {
      if (d.start < cursor) continue;
      shown.push(d);
      cursor = d.end;
    }
    const marks: MirrorMark[] = shown.map((d) => ({ start: d.start, end: d.end, className: underlineClass(this.coach.underlineLook(d.severity)), attributes: hookAttributes(d) }));
    const spans = mirror.render(this.text, marks);
    const editorBox = mirror.layout();
    if (!editorBox) return;
    const visible = mirror.visibleLines();
    this.underlines = shown.map((diagnostic, i) => ({
      diagnostic,
      boxes: (spans[i] ?? [])
        .filter((span) => visible.has(span.parentElement!))
        .flatMap((span) => [...span.getClientRects()])
        .map(boxOf)
        .filter((b) => overlapsVertically(b, editorBox)),
    }));
  }

  private layoutHighlights(diagnostics: Diagnostic[]): void {
    const model = this.currentModel();
    const doc = this.element.ownerDocument;
    const ranges: Array<{ look: UnderlineLook; range: Range }> = [];
    const hooks: Hook[] = [];
    this.underlines = [];
    for (const d of diagnostics) {
      if (model.text.slice(d.start, d.end) !== d.text) continue;
      const range = doc.createRange();
      const from = model.toDom(d.start);
      const to = model.toDom(d.end, 'backward');
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      ranges.push({ look: this.coach.underlineLook(d.severity), range });
      const boxes = [...range.getClientRects()].map(boxOf).filter((b) => b.width > 0);
      this.underlines.push({ diagnostic: d, boxes });
      hooks.push({ className: `defuse-hook defuse-hook-${d.severity}`, attributes: hookAttributes(d), boxes });
    }
    this.coach.painter.set(this, this.element, ranges);
    this.hooks?.show(hooks);
  }

  /** Where the agent's text is on screen, so the badge can keep off it. */
  textBoxes(): Box[] {
    if (this.mirror) return this.mirror.textRects().map(boxOf);
    const range = this.element.ownerDocument.createRange();
    range.selectNodeContents(this.element);
    return [...range.getClientRects()].map(boxOf).filter((b) => b.width > 0);
  }

  underlineAt(x: number, y: number): Underline | undefined {
    return this.underlines.find((u) => u.boxes.some((b) => containsPoint(b, x, y, 1)));
  }

  private onPointer(x: number, y: number, hover: boolean): void {
    const hit = this.underlineAt(x, y);
    if (hit) this.coach.openCard(this, hit.diagnostic, { keyboard: false, hover });
  }

  private onHover(x: number, y: number): void {
    clearTimeout(this.hoverTimer);
    if (!this.underlineAt(x, y)) return;
    this.hoverTimer = setTimeout(guarded('opening a card', () => this.onPointer(x, y, true)), HOVER_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!isCardShortcut(event)) return;
    this.trackCaret();
    const caret = this.caretOffset();
    const diagnostics = this.report?.diagnostics ?? [];
    const here =
      caret === null ? undefined : diagnostics.find((d) => d.start <= caret && caret <= d.end) ?? diagnostics.find((d) => d.start >= caret);
    const target = here ?? diagnostics[0];
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    this.coach.openCard(this, target, { keyboard: true, hover: false });
  }

  private trackCaret(): void {
    const el = this.element;
    const doc = el.ownerDocument;
    if (isTextarea(el)) {
      if (doc.activeElement === el) this.caretAt = el.selectionEnd;
      return;
    }
    const selection = selectionFor(el);
    const focus = selection?.focusNode;
    if (!selection || !focus || !el.contains(focus)) return;
    this.caretAt = { node: focus, offset: selection.focusOffset };
  }

  private caretOffset(): number | null {
    const at = this.caretAt;
    if (at === null || typeof at === 'number') return at;
    return this.read().fromDom(at.node, at.offset);
  }

  /** Where the caret was, for giving it back when the card closes. */
  restoreCaret(): void {
    const el = this.element;
    el.focus({ preventScroll: true });
    const caret = this.caretOffset();
    if (caret === null) return;
    if (isTextarea(el)) {
      el.setSelectionRange(caret, caret);
      return;
    }
    const point = this.read().toDom(caret);
    el.ownerDocument.getSelection()?.collapse(point.node, point.offset);
  }

  ignoreOnce(diagnostic: Diagnostic): void {
    this.ignored.add(ignoreKey(this.text, diagnostic));
    this.refresh();
  }

  async apply(diagnostic: Diagnostic, suggestion: string): Promise<ApplyOutcome> {
    const edit: Edit = { start: diagnostic.start, end: diagnostic.end, replacement: suggestion, expected: diagnostic.text };
    const outcome = await applyEdit(this.element, () => this.read(), edit);
    this.refresh();
    return outcome;
  }

  async insert(phrase: string): Promise<ApplyOutcome> {
    const text = this.read().text;
    const outcome = await applyEdit(this.element, () => this.read(), insertionAt(text, this.caretOffset() ?? agentTextEnd(text), phrase));
    this.refresh();
    return outcome;
  }

  dispose(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.changeTimer);
    this.scheduler.cancel();
    this.abort.abort();
    this.mirror?.remove();
    this.hooks?.remove();
    this.coach.painter.clear(this);
    if (this.element.getAttribute('data-defuse') === 'on') this.element.removeAttribute('data-defuse');
  }
}

function hookAttributes(d: Diagnostic): Record<string, string> {
  return {
    'data-defuse-underline': '',
    'data-rule-id': d.ruleId,
    'data-start': String(d.start),
    'data-end': String(d.end),
    'data-severity': d.severity,
  };
}

function overlapsVertically(a: Box, b: Box): boolean {
  return a.top < b.top + b.height && b.top < a.top + a.height;
}
