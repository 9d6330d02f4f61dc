/**
 * Code the browser benchmark runs inside fixture pages (sent as source by page.evaluate, so each
 * function is self-contained). The probe sits in the page's own world: it sees what the agent
 * would, the page's events and frames, never the extension's internals.
 */

export type EditorKind = 'textarea' | 'rich';

export interface ProbeState {
  /** Keystrokes whose frame has been drawn. */
  done: number;
  /** Per keystroke: from the key-down's timestamp to the end of the first frame after its input. */
  frameMs: number[];
  /** Per keystroke: until the underlines first matched the edited text (with the extension only). */
  underlineMs: number[];
  /** Per keystroke: whether the underlines matched by the end of that first frame. */
  underlineInFrame: boolean[];
}

interface Probe extends ProbeState {
  keyAt: number;
  typed: number;
  /** The last underline's start before typing; each character typed at the start shifts it by one. */
  base: number | null;
  waiting: boolean;
}

declare global {
  interface Window {
    defuseBench?: Probe;
  }
}

/** Underline starts in the overlay, in text order. */
export function underlineStarts(): number[] {
  const root = document.querySelector('defuse-overlay')?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll('[data-defuse-underline]')].map((el) => Number(el.getAttribute('data-start'))).sort((a, b) => a - b);
}

/** Puts `draft` into the editor the way a paste would (the rich editor parses its own paste event into paragraphs). */
export function loadDraft(arg: { selector: string; kind: EditorKind; draft: string }): void {
  const el = document.querySelector<HTMLElement>(arg.selector);
  if (!el) throw new Error(`no ${arg.selector}`);
  el.focus();
  if (arg.kind === 'textarea') {
    const area = el as HTMLTextAreaElement;
    area.value = arg.draft;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const data = new DataTransfer();
  data.setData('text/plain', arg.draft);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** Whether the caret is collapsed at the very start of the editor's text. */
export function caretAtStart(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return el.selectionStart === 0 && el.selectionEnd === 0;
  const selection = document.getSelection();
  if (!selection?.isCollapsed || !selection.anchorNode || !el.contains(selection.anchorNode)) return false;
  const before = document.createRange();
  before.setStart(el, 0);
  before.setEnd(selection.anchorNode, selection.anchorOffset);
  return before.toString() === '';
}

/**
 * Times every keystroke: the key-down's own timestamp (when the browser got the key) to a task
 * posted from the first animation frame after the input event, which runs once that frame's
 * rendering is done. Where the extension draws underlines, also when they first match the edit.
 */
export function installProbe(arg: { underlines: boolean }): void {
  const root = document.querySelector('defuse-overlay')?.shadowRoot ?? null;
  const starts = () =>
    root ? [...root.querySelectorAll('[data-defuse-underline]')].map((el) => Number(el.getAttribute('data-start'))) : [];
  const lastStart = () => {
    const all = starts();
    return all.length ? Math.max(...all) : null;
  };
  const probe: Probe = { done: 0, frameMs: [], underlineMs: [], underlineInFrame: [], keyAt: 0, typed: 0, base: arg.underlines ? lastStart() : null, waiting: false };
  window.defuseBench = probe;
  const fresh = () => probe.base !== null && lastStart() === probe.base + probe.typed;
  const seeUnderline = () => {
    if (!probe.waiting || !fresh()) return;
    probe.waiting = false;
    probe.underlineMs.push(performance.now() - probe.keyAt);
  };
  if (root && arg.underlines) new MutationObserver(seeUnderline).observe(root, { subtree: true, childList: true, attributes: true });
  addEventListener('keydown', (e) => {
    if (e.isTrusted) probe.keyAt = e.timeStamp;
  }, true);
  addEventListener('input', (e) => {
    if (!e.isTrusted) return;
    const keyAt = probe.keyAt;
    probe.typed++;
    probe.waiting = arg.underlines;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.frameMs.push(performance.now() - keyAt);
        if (arg.underlines) probe.underlineInFrame.push(!probe.waiting);
        seeUnderline();
        probe.done++;
      };
      channel.port2.postMessage(null);
    });
  }, true);
}

/** True once `n` keystrokes have been measured (and, with underlines, their underlines caught up). */
export function measured(n: number): boolean {
  const p = window.defuseBench;
  return !!p && p.done >= n && !p.waiting;
}

export function probeState(): ProbeState {
  const p = window.defuseBench!;
  return { done: p.done, frameMs: p.frameMs, underlineMs: p.underlineMs, underlineInFrame: p.underlineInFrame };
}
