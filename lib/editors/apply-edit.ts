/**
 * Changing the agent's text, only ever on their click, exactly as offered.
 *
 * Rich editors keep their own model and revert outside DOM changes, so the edit goes in the way a
 * keystroke would: select the range, give the editor a tick to see the selection, dispatch a
 * `beforeinput` it can handle itself; if it does not, `execCommand` performs a native edit that
 * the editor observes and that lands on the undo stack (Ctrl+Z). Then the text is read back: if
 * it is not exactly what was offered, the edit is undone and the caller tells the agent.
 */
import { adapterFor } from './adapters';
import { isTextarea } from './node-guards';
import type { TextModel } from './types';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
  /** The text the edit expects to replace; a mismatch means the draft changed meanwhile. */
  expected: string;
}

export type ApplyOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'stale' | 'rejected'; restored: boolean };

const SETTLE_MS = 600;
/** How long an editor gets to act on our `beforeinput` by itself before the browser edits. */
const OWN_HANDLING_MS = 120;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves when `check` holds, polling once per frame, or after `ms` with the last result. */
async function settle(view: Window, check: () => boolean, ms = SETTLE_MS): Promise<boolean> {
  const until = performance.now() + ms;
  while (!check()) {
    if (performance.now() > until) return false;
    await new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));
  }
  return true;
}

function select(element: HTMLElement, model: TextModel, start: number, end: number): Range | null {
  element.focus({ preventScroll: true });
  if (isTextarea(element)) {
    element.setSelectionRange(start, end);
    return null;
  }
  const doc = element.ownerDocument;
  const range = doc.createRange();
  const from = model.toDom(start);
  const to = model.toDom(end, 'backward');
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

function dispatchInput(element: HTMLElement, inputType: string, data: string | null, range: Range | null): boolean {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) return false;
  const init: InputEventInit = { inputType, data, bubbles: true, cancelable: true, composed: true };
  if (range) init.targetRanges = [new view.StaticRange(range)];
  const event = new view.InputEvent('beforeinput', init);
  element.dispatchEvent(event);
  return event.defaultPrevented;
}

function nativeEdit(element: HTMLElement, replacement: string): void {
  const doc = element.ownerDocument;
  // execCommand is deprecated but still the only way to edit that joins the browser's undo stack.
  if (replacement === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, replacement);
}

async function undo(element: HTMLElement, read: () => TextModel, original: string): Promise<boolean> {
  if (!dispatchInput(element, 'historyUndo', null, null)) element.ownerDocument.execCommand('undo', false);
  const view = element.ownerDocument.defaultView;
  return view ? settle(view, () => read().text === original) : false;
}

export async function applyEdit(element: HTMLElement, read: () => TextModel, edit: Edit): Promise<ApplyOutcome> {
  const view = element.ownerDocument.defaultView;
  const before = read();
  if (!view || before.text.slice(edit.start, edit.end) !== edit.expected) {
    return { ok: false, reason: 'stale', restored: true };
  }
  const wanted = before.text.slice(0, edit.start) + edit.replacement + before.text.slice(edit.end);
  const range = select(element, before, edit.start, edit.end);
  await nextTask();
  const inputType = edit.replacement === '' ? 'deleteContentBackward' : 'insertText';
  const replacesSelection = edit.start !== edit.end && edit.replacement !== '';
  const handled =
    (replacesSelection && adapterFor(element)?.replaceSelection?.(element, edit.replacement) === true) ||
    dispatchInput(element, inputType, edit.replacement === '' ? null : edit.replacement, range);
  // An editor may take the input without cancelling it, at once (Trix) or a moment later (CKEditor 5
  // queues an insertion at a caret for its next mutation or 50 ms, expecting the browser to type
  // meanwhile). Editing natively as well would apply it twice: seen in Firefox, garbling the draft.
  if (!handled && !(await settle(view, () => read().text !== before.text, OWN_HANDLING_MS))) {
    nativeEdit(element, edit.replacement);
  }
  if (await settle(view, () => read().text === wanted)) {
    adapterFor(element)?.afterEdit?.(element);
    return { ok: true, text: wanted };
  }
  const changed = read().text !== before.text;
  const restored = changed ? await undo(element, read, before.text) : true;
  return { ok: false, reason: 'rejected', restored };
}

/** Puts a phrase at a position (the caret), with a space before it when it would touch a word. */
export function insertionAt(text: string, offset: number, phrase: string): Edit {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^\s/.test(after) ? '' : ' ';
  return { start: at, end: at, replacement: lead + phrase + trail, expected: '' };
}
