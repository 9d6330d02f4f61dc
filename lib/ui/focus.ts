/** Focus and keyboard behaviour shared by the card and the panel: Escape closes, Tab stays inside. */
import type { JSX, RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const FOCUSABLE = 'button, a[href], input, select, textarea, summary, [tabindex]';

/** Elements inside `root` that Tab can reach, in document order. */
export function focusableWithin(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(isReachable);
}

function isReachable(el: HTMLElement): boolean {
  if (el.hasAttribute('disabled')) return false;
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && Number(tabindex) < 0) return false;
  if (el.closest('[hidden], [inert]')) return false;
  // Content of a closed <details> cannot take focus, but its own <summary> can.
  for (let closed = el.closest('details:not([open])'); closed; closed = closed.parentElement?.closest('details:not([open])') ?? null) {
    if (!(el.tagName === 'SUMMARY' && el.parentElement === closed)) return false;
  }
  return true;
}

/**
 * Handles Escape and Tab for a dialog rooted at `root`. Tab is moved by hand rather than left to the
 * browser because the card floats in a shadow root appended at the end of the page: the browser's next
 * stop after the last button would be the page's footer, far from the reply the agent is writing.
 */
export function handleDialogKey(event: KeyboardEvent, root: HTMLElement | null, onClose: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    // Helpdesks close the whole composer on Escape; only our dialog should close.
    event.stopPropagation();
    onClose();
    return;
  }
  if (event.key !== 'Tab' || !root) return;
  const items = focusableWithin(root);
  if (items.length === 0) return;
  event.preventDefault();
  const current = items.indexOf(event.target as HTMLElement);
  const step = event.shiftKey ? -1 : 1;
  const next = current < 0 ? (event.shiftKey ? items.length - 1 : 0) : (current + step + items.length) % items.length;
  items[next]?.focus();
}

/**
 * Moves focus into the dialog when it was opened from the keyboard. A card opened by hovering an
 * underline must not take focus, or the agent's next keystroke would land in the card, not the reply.
 * A change of `subject` (the overlay reusing the card for another problem) counts as a new opening.
 */
export function useAutoFocus(ref: RefObject<HTMLElement>, enabled: boolean, preferred: string, subject = ''): void {
  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    const target = root.querySelector<HTMLElement>(preferred) ?? focusableWithin(root)[0];
    target?.focus({ preventScroll: true });
  }, [enabled, subject]);
}

/**
 * A mouse press on a control would move focus out of the reply; several helpdesk editors collapse
 * their toolbar or drop their selection on blur, and applying or inserting text needs the editor still
 * focused. Text stays selectable because only presses on controls are cancelled.
 */
export function keepEditorFocus(event: JSX.TargetedMouseEvent<HTMLElement>): void {
  const target = event.target;
  if (target instanceof Element && target.closest('button, summary')) event.preventDefault();
}
