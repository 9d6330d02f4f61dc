/**
 * Everything Defuse shows in one document: the overlay, the highlight painter, a session per coached
 * editor, their badges and panels, and the one open card. Layout is batched into one frame so
 * typing, scrolling and resizing cost one pass however many events fire.
 */
import { render } from 'preact';
import type { AnalyzeOptions, Diagnostic, Severity } from '../analyzer/types';
import type { UnderlineStyle } from '../settings/schema';
import type { Editor } from '../editors/types';
import { badgeCandidates, boxOf, cardPlacements, intersects, placeCard, type Box } from '../overlay/geometry';
import { HighlightPainter } from '../overlay/highlights';
import { overlayFor, type OverlayHost } from '../overlay/host';
import { Badge } from '../ui/badge';
import { Card, type CardFailure } from '../ui/card';
import { ChecklistPanel } from '../ui/checklist-panel';
import { HIGHLIGHT_CSS, OVERLAY_CSS, type UnderlineLook } from '../ui/styles';
import { BadgeSpots } from './badge-spots';
import { copyText } from './clipboard';
import { guarded } from './guard';
import { EditorSession } from './session';

export interface CoachCallbacks {
  options: () => AnalyzeOptions;
  /** The agent's preferences for how the coach looks. */
  appearance: () => { underlineStyle: UnderlineStyle; showShortcutHints: boolean };
  disableRule: (ruleId: string) => void;
  /** A session's report changed, or the agent focused its editor. */
  sessionChanged: (session: EditorSession) => void;
  sessionRemoved: (session: EditorSession) => void;
  /** The agent applied one of the card's suggestions. */
  fixed: (session: EditorSession, diagnostic: Diagnostic) => void;
}

interface OpenCard {
  session: EditorSession;
  diagnostic: Diagnostic;
  keyboard: boolean;
  failure: CardFailure | null;
}

/** What counts as a page control our UI must not cover. */
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"], a[href]';

const BADGE_SIZE = { width: 64, height: 24 };
const CARD_SIZE = { width: 340, height: 220 };

export class DocumentCoach {
  /** The overlay of the editors' document: underline hooks and textarea mirrors. */
  readonly host: OverlayHost;
  /** Where badges, panels and the card go: the top document, even for an editor in a small iframe. */
  private readonly uiHost: OverlayHost;
  private readonly uiRoot: HTMLElement;
  readonly painter: HighlightPainter;
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private readonly abort = new AbortController();
  private card: OpenCard | null = null;
  private panelFor: EditorSession | null = null;
  private insertVariant = 0;
  private frame = 0;
  /** Whether the next frame places every session's underlines, or only the UI. */
  private layoutAll = false;
  /** What the UI last rendered showed, when it was badges only; null when a card or panel was open. */
  private shownUi: string | null = null;
  private readonly badgeSpots = new BadgeSpots<EditorSession>(() => this.scheduleLayout());
  /** Our own edit fires input events; those must not close the card that made it. */
  private applying = false;

  constructor(
    readonly doc: Document,
    private readonly callbacks: CoachCallbacks,
    private readonly uiDoc: Document = doc,
  ) {
    this.host = overlayFor(doc, OVERLAY_CSS);
    this.uiHost = overlayFor(uiDoc, OVERLAY_CSS);
    // Each coach renders into its own container: the top document's overlay may serve several.
    this.uiRoot = uiDoc.createElement('div');
    this.uiHost.ui.append(this.uiRoot);
    this.painter = new HighlightPainter(doc, HIGHLIGHT_CSS);
    const signal = this.abort.signal;
    const relayout = () => this.scheduleLayout();
    for (const d of new Set([doc, uiDoc])) {
      d.addEventListener('scroll', relayout, { capture: true, passive: true, signal });
      d.defaultView?.addEventListener('resize', relayout, { passive: true, signal });
      d.addEventListener('pointerdown', (e) => this.onPointerDown(e), { capture: true, signal });
    }
  }

  /** Moves a box from the editors' viewport into the UI document's, across the frames between them. */
  private toUi(box: Box): Box {
    let left = box.left;
    let top = box.top;
    let view: Window | null = this.doc.defaultView;
    while (view && view.document !== this.uiDoc) {
      const frame = view.frameElement as HTMLElement | null;
      if (!frame) break;
      const rect = frame.getBoundingClientRect();
      // The frame's content starts inside its border and padding.
      const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
      left += rect.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
      top += rect.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
      view = frame.ownerDocument.defaultView;
    }
    return { ...box, left, top };
  }

  get size(): number {
    return this.sessions.size;
  }

  attach(editor: Editor): void {
    if (this.sessions.has(editor.element)) return;
    this.sessions.set(editor.element, new EditorSession(editor, this, this.callbacks.options));
  }

  detach(element: HTMLElement): void {
    const session = this.sessions.get(element);
    if (!session) return;
    session.dispose();
    this.sessions.delete(element);
    this.callbacks.sessionRemoved(session);
    this.badgeSpots.forget(session);
    if (this.card?.session === session) this.card = null;
    if (this.panelFor === session) this.panelFor = null;
    this.scheduleLayout();
  }

  /** Settings changed: analyze every editor again. */
  refreshAll(): void {
    for (const session of this.sessions.values()) session.refresh();
  }

  sessionChanged(session: EditorSession): void {
    // A card whose words were edited away would offer a stale fix: close it.
    const card = this.card;
    if (card?.session === session && !session.report?.diagnostics.some((d) => sameProblem(d, card.diagnostic))) {
      this.card = null;
    }
    this.callbacks.sessionChanged(session);
    this.badgeSpots.textChanged(session);
    // Drawn now, in the task that brought the edit, not in the next animation frame: work done in
    // that frame delays every keystroke's reaching the screen, work done here only when the next
    // frame is due before it ends. The badges follow in the frame; they are cheap (see BadgeSpots).
    this.layoutSession(session);
    this.scheduleUi();
  }

  underlineLook(severity: Severity): UnderlineLook {
    return this.callbacks.appearance().underlineStyle === 'subtle' ? 'subtle' : severity;
  }

  sessionFocused(session: EditorSession): void {
    this.callbacks.sessionChanged(session);
  }

  /** The agent went back to typing: a card they opened with the mouse gets out of the way (of Send, too). */
  editorTyped(session: EditorSession): void {
    if (this.card?.session === session && !this.card.keyboard && !this.applying) this.card = null;
  }

  /** Places every session's underlines and the UI in the next frame (scrolling, resizing, settings). */
  scheduleLayout(): void {
    this.layoutAll = true;
    this.scheduleUi();
  }

  private scheduleUi(): void {
    const view = this.doc.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.layoutAll) for (const session of this.sessions.values()) this.layoutSession(session);
      this.layoutAll = false;
      this.renderOverlayUi();
    });
  }

  private readonly layoutSession = guarded('drawing underlines', (session: EditorSession) => session.layout());
  private readonly renderOverlayUi = guarded('drawing the card and badges', () => this.renderUi());

  openCard(session: EditorSession, diagnostic: Diagnostic, how: { keyboard: boolean; hover: boolean }): void {
    // Hover never replaces a card the agent opened on purpose.
    if (how.hover && this.card && !sameProblem(this.card.diagnostic, diagnostic)) return;
    this.card = { session, diagnostic, keyboard: how.keyboard, failure: null };
    this.panelFor = null;
    this.renderUi();
  }

  closeCard(returnCaret: boolean): void {
    const card = this.card;
    this.card = null;
    this.renderUi();
    if (card && returnCaret) card.session.restoreCaret();
  }

  private onPointerDown(event: Event): void {
    // Clicks inside our overlay arrive retargeted to the host element.
    const path = event.composedPath();
    if (path.includes(this.uiHost.element) || path.includes(this.host.element)) return;
    if (this.card && !this.card.keyboard) this.closeCard(false);
    if (this.panelFor) {
      this.panelFor = null;
      this.renderUi();
    }
  }

  private async apply(index: number): Promise<void> {
    const card = this.card;
    if (!card) return;
    const suggestion = card.diagnostic.suggestions[index];
    if (suggestion === undefined) return;
    this.applying = true;
    const outcome = await card.session.apply(card.diagnostic, suggestion).catch((error: unknown) => {
      // A page can break what editing relies on; the agent still gets the copy button, never a broken card.
      console.warn('[Defuse] applying a suggestion failed:', error);
      return { ok: false as const, reason: 'rejected' as const, restored: false };
    });
    this.applying = false;
    if (outcome.ok) {
      this.card = null;
      this.callbacks.fixed(card.session, card.diagnostic);
    } else {
      this.card = { ...card, failure: { index } };
    }
    this.renderUi();
  }

  private togglePanel(session: EditorSession): void {
    this.panelFor = this.panelFor === session ? null : session;
    if (this.panelFor) this.insertVariant++;
    this.card = null;
    this.renderUi();
  }

  private renderUi(): void {
    const view = this.doc.defaultView;
    const uiView = this.uiDoc.defaultView;
    if (!view || !uiView) return;
    const viewport = { width: uiView.innerWidth, height: uiView.innerHeight };
    const editorViewport = { width: view.innerWidth, height: view.innerHeight };
    const badges = [...this.sessions.values()]
      .filter((s) => s.report)
      .map((session) => ({ session, editor: boxOf(session.element.getBoundingClientRect()) }))
      .filter(({ editor }) => isOnScreen(editor, editorViewport))
      .map(({ session, editor }) => {
        const report = session.report!;
        const required = report.steps.filter((s) => s.required);
        return {
          session,
          key: sessionKey(session),
          stepsDone: required.filter((s) => s.done).length,
          stepsRequired: required.length,
          issues: report.diagnostics.length,
          box: this.toUi(this.badgeBox(session, editor)),
        };
      });
    const card = this.card;
    const cardAnchor = card ? anchorFor(card) : null;
    const anchor = cardAnchor ? this.toUi(cardAnchor) : null;
    const panelSession = this.panelFor;
    // Most keystrokes change none of it: rendering the same badges again is work for nothing.
    const shown = card || panelSession ? null : JSON.stringify(badges.map(({ key, stepsDone, stepsRequired, issues, box }) => [key, stepsDone, stepsRequired, issues, box]));
    if (shown !== null && shown === this.shownUi) return;
    this.shownUi = shown;
    render(
      <>
        {badges.map(({ session, key, stepsDone, stepsRequired, issues, box }) => (
          <Badge
            key={key}
            stepsDone={stepsDone}
            stepsRequired={stepsRequired}
            issues={issues}
            expanded={panelSession === session}
            onToggle={() => this.togglePanel(session)}
            style={{ position: 'fixed', left: `${box.left}px`, top: `${box.top}px` }}
          />
        ))}
        {panelSession?.report && (
          <ChecklistPanel
            report={panelSession.report}
            variant={this.insertVariant}
            onInsert={(phrase: string) => {
              this.panelFor = null;
              this.renderUi();
              void panelSession.insert(phrase);
            }}
            onClose={() => {
              this.panelFor = null;
              this.renderUi();
              panelSession.restoreCaret();
            }}
            style={panelStyle(this.toUi(this.badgeBox(panelSession)), viewport)}
          />
        )}
        {card && anchor && (
          <Card
            diagnostic={card.diagnostic}
            autoFocus={card.keyboard}
            failure={card.failure}
            onApply={(i: number) => void this.apply(i)}
            onIgnore={() => {
              this.closeCard(true);
              card.session.ignoreOnce(card.diagnostic);
            }}
            onDisableRule={
              // A team's own phrases are the team's to switch off, in the options or its policy.
              card.diagnostic.category === 'custom'
                ? undefined
                : () => {
                    this.closeCard(true);
                    this.callbacks.disableRule(card.diagnostic.ruleId);
                  }
            }
            onClose={() => this.closeCard(true)}
            onCopy={(text: string) => copyText(this.uiHost.root, text)}
            showShortcutHint={this.callbacks.appearance().showShortcutHints}
            style={cardStyle(anchor, viewport)}
          />
        )}
      </>,
      this.uiRoot,
    );
    // Placed first by an estimate of their size; now that they exist, place them by their real size.
    const panelAnchor = panelSession ? this.toUi(this.badgeBox(panelSession)) : null;
    fitNear(this.uiRoot.querySelector<HTMLElement>('.defuse-panel'), panelAnchor, viewport, this.uiHost.element);
    fitNear(this.uiRoot.querySelector<HTMLElement>('[data-defuse-card]'), anchor, viewport, this.uiHost.element);
  }

  private badgeBox(session: EditorSession, editor = boxOf(session.element.getBoundingClientRect())): Box {
    return this.badgeSpots.spotFor(session, editor, () => badgeBox(session, editor, this.doc));
  }

  dispose(): void {
    for (const element of [...this.sessions.keys()]) this.detach(element);
    this.badgeSpots.dispose();
    this.abort.abort();
    const view = this.doc.defaultView;
    if (this.frame && view) view.cancelAnimationFrame(this.frame);
    render(null, this.uiRoot);
    this.uiRoot.remove();
    if (this.uiHost.ui.childElementCount === 0) this.uiHost.element.remove();
    if (this.host !== this.uiHost) this.host.element.remove();
  }
}

const keys = new WeakMap<EditorSession, number>();
let nextKey = 1;
function sessionKey(session: EditorSession): number {
  let key = keys.get(session);
  if (key === undefined) keys.set(session, (key = nextKey++));
  return key;
}

function sameProblem(a: Diagnostic, b: Diagnostic): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.text === b.text;
}

function isOnScreen(r: Box, viewport: { width: number; height: number }): boolean {
  return r.width > 0 && r.height > 0 && r.top + r.height > 0 && r.left + r.width > 0 && r.top < viewport.height && r.left < viewport.width;
}

function anchorFor(card: OpenCard): Box | null {
  const underline = card.session.underlines.find((u) => sameProblem(u.diagnostic, card.diagnostic));
  return underline?.boxes[0] ?? boxOf(card.session.element.getBoundingClientRect());
}

/**
 * Places a card or panel by its real size, on the side of its anchor where it covers none of the
 * page's buttons (the helpdesk's Send button often sits right under the editor).
 */
function fitNear(element: HTMLElement | null, anchor: Box | null, viewport: { width: number; height: number }, host: HTMLElement): void {
  if (!element || !anchor) return;
  const options = cardPlacements(anchor, { width: element.offsetWidth, height: element.offsetHeight }, viewport);
  const box = options.find((b) => !coversPageButton(b, host)) ?? options[0]!;
  element.style.left = `${box.left}px`;
  element.style.top = `${box.top}px`;
}

function coversPageButton(box: Box, host: HTMLElement): boolean {
  const inset = 4;
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + inset, box.top + inset],
    [box.left + box.width - inset, box.top + inset],
    [box.left + inset, box.top + box.height - inset],
    [box.left + box.width - inset, box.top + box.height - inset],
  ] as const;
  return points.some(([x, y]) =>
    host.ownerDocument.elementsFromPoint(x, y).some((el) => el !== host && el.matches(BUTTONS)),
  );
}

function cardStyle(anchor: Box, viewport: { width: number; height: number }) {
  const box = placeCard(anchor, CARD_SIZE, viewport);
  return { position: 'fixed', left: `${box.left}px`, top: `${box.top}px` } as const;
}

function panelStyle(badge: Box, viewport: { width: number; height: number }) {
  const box = placeCard(badge, { width: 340, height: 420 }, viewport);
  return { position: 'fixed', left: `${box.left}px`, top: `${box.top}px` } as const;
}

/**
 * The first corner spot that covers neither the agent's text nor one of the page's buttons (the
 * helpdesk's Send button often sits right by the editor).
 */
function badgeBox(session: EditorSession, editor: Box, doc: Document): Box {
  const candidates = badgeCandidates(editor, BADGE_SIZE);
  const text = session.textBoxes();
  const free = candidates.find((c) => !text.some((t) => intersects(c, t)) && !coversButton(c, doc, session.element));
  return free ?? candidates[candidates.length - 1]!;
}

function coversButton(box: Box, doc: Document, editor: HTMLElement): boolean {
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  return doc
    .elementsFromPoint(x, y)
    .some((el) => el !== editor && !editor.contains(el) && el.matches(BUTTONS));
}
