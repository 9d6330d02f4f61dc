/** Waits, one task at a time with Preact's updates flushed, until `get` returns something truthy. */
import { act } from 'preact/test-utils';

export async function until<T>(get: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = get();
    if (value) return value;
    await act(() => new Promise((r) => setTimeout(r, 0)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
