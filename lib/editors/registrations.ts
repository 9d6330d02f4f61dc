/**
 * Listeners and observers bound to an AbortSignal, and counted. Aborting the signal removes the
 * listener or disconnects the observer, so one abort per feature tears everything down; the
 * counts let tests prove that nothing outlives its signal (a leaked observer on a long-lived
 * helpdesk tab keeps firing on every keystroke).
 */

export interface LiveCounts {
  listeners: number;
  observers: number;
}

export class Registrations {
  readonly #live: LiveCounts = { listeners: 0, observers: 0 };

  get live(): Readonly<LiveCounts> {
    return { ...this.#live };
  }

  listen(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    signal: AbortSignal,
    options: { capture?: boolean; passive?: boolean } = {},
  ): void {
    if (signal.aborted) return;
    const capture = options.capture ?? false;
    target.addEventListener(type, listener, { capture, passive: options.passive ?? true });
    this.#live.listeners++;
    // Removed by hand rather than through the `signal` option: the count has to follow, and a
    // document.open() may have erased the listener already, which removeEventListener tolerates.
    this.#onAbort(signal, () => {
      target.removeEventListener(type, listener, { capture });
      this.#live.listeners--;
    });
  }

  observe(target: Node, options: MutationObserverInit, callback: MutationCallback, signal: AbortSignal): void {
    if (signal.aborted) return;
    const observer = new MutationObserver(callback);
    observer.observe(target, options);
    this.#live.observers++;
    this.#onAbort(signal, () => {
      observer.disconnect();
      this.#live.observers--;
    });
  }

  #onAbort(signal: AbortSignal, release: () => void): void {
    signal.addEventListener('abort', release, { once: true });
  }
}

/**
 * A controller that aborts with `parent` (a discovery owns its roots, a root its editors) and
 * can also be aborted alone; once aborted it stops listening to the parent, so editors that come
 * and go do not pile up listeners on a long-lived signal.
 */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) {
    child.abort();
    return child;
  }
  const abortChild = (): void => child.abort();
  parent.addEventListener('abort', abortChild, { once: true });
  child.signal.addEventListener('abort', () => parent.removeEventListener('abort', abortChild), { once: true });
  return child;
}
