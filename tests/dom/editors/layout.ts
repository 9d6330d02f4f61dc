/**
 * happy-dom does no layout: every box is 0 × 0. Tests give the elements they care about a size.
 */
import { vi } from 'vitest';

export function setSize(el: Element, width: number, height: number): void {
  el.getBoundingClientRect = () => new DOMRect(0, 0, width, height);
}

/** Gives every HTML element, in every window, a reply-sized box until the spy is restored. */
export function sizeEverything(width = 600, height = 200): { mockRestore(): void } {
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, width, height));
}

/** Lets MutationObserver callbacks and queued tasks (iframe loads) run. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
