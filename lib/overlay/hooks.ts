/**
 * The underline hooks of a rich editor: one invisible element per underline in the overlay, with
 * the boxes it covers and its rule, offsets and severity as attributes (the README's test hooks;
 * a textarea's mirror spans carry the same attributes). Updated in place: rebuilding them on every
 * keystroke cost the page a style and layout pass of its own.
 */
import type { Box } from './geometry';

export interface Hook {
  className: string;
  attributes: Record<string, string>;
  boxes: readonly Box[];
}

export class HookLayer {
  private readonly element: HTMLElement;
  /** The style last written to each box, so an unmoved box is not written (and laid out) again. */
  private readonly written = new WeakMap<HTMLElement, string>();

  constructor(layer: HTMLElement) {
    this.element = layer.ownerDocument.createElement('div');
    this.element.className = 'defuse-hooks';
    layer.append(this.element);
  }

  show(hooks: readonly Hook[]): void {
    hooks.forEach((hook, i) => {
      const element = this.child(this.element, i, '');
      if (element.className !== hook.className) element.className = hook.className;
      for (const [name, value] of Object.entries(hook.attributes)) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
      hook.boxes.forEach((b, j) => {
        const piece = this.child(element, j, 'defuse-hook-box');
        // CSSOM, not a style attribute: a page's CSP may forbid those (Firefox applies it to us too).
        const css = `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px`;
        if (this.written.get(piece) === css) return;
        piece.style.cssText = css;
        this.written.set(piece, css);
      });
      trim(element, hook.boxes.length);
    });
    trim(this.element, hooks.length);
  }

  remove(): void {
    this.element.remove();
  }

  private child(parent: HTMLElement, index: number, className: string): HTMLElement {
    const existing = parent.children[index];
    if (existing) return existing as HTMLElement;
    const made = parent.ownerDocument.createElement('div');
    if (className) made.className = className;
    parent.append(made);
    return made;
  }
}

function trim(parent: HTMLElement, count: number): void {
  while (parent.children.length > count) parent.lastElementChild!.remove();
}
