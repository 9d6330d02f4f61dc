/**
 * Defuse must never throw into the helpdesk's page. A failing step is logged once per kind, with
 * what it was doing, and the next edit simply tries again.
 */
const reported = new Set<string>();

export function guarded<A extends unknown[]>(what: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      if (reported.has(what)) return;
      reported.add(what);
      console.warn(`[Defuse] ${what} failed; coaching goes on with the next edit.`, error);
    }
  };
}
