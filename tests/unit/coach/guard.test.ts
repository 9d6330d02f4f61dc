import { describe, expect, it, vi } from 'vitest';
import { guarded } from '../../../lib/coach/guard';

describe('guarded steps of the content script', () => {
  it('never throw into the page, log once per kind with context, and work again on the next call', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const calls: number[] = [];
    const step = guarded('drawing a test thing', (n: number) => {
      if (fail) throw new Error('boom');
      calls.push(n);
    });
    expect(() => step(1)).not.toThrow();
    expect(() => step(2)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('drawing a test thing');
    fail = false;
    step(3);
    expect(calls).toEqual([3]);
    warn.mockRestore();
  });
});
