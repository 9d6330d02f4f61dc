/** Renders a component into a shadow root, the way the overlay does, and tears it down after. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: ShadowRoot;
  host: HTMLElement;
  rerender: (vnode: ComponentChild) => void;
  unmount: () => void;
}

export function mount(vnode: ComponentChild): Mounted {
  const host = document.createElement('defuse-overlay');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  const rerender = (next: ComponentChild) => act(() => render(next, container));
  rerender(vnode);
  return {
    root,
    host,
    rerender,
    unmount: () => {
      act(() => render(null, container));
      host.remove();
    },
  };
}

export function query<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Dispatches a keydown the way a keyboard would: on the focused element, bubbling, cancelable. */
export function key(el: Element, keyName: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, composed: true, ...init });
  act(() => {
    el.dispatchEvent(event);
  });
  return event;
}

/** The element an aria-labelledby / aria-describedby id list points at, joined as text. */
export function textOfIds(root: ShadowRoot, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ');
}

export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
