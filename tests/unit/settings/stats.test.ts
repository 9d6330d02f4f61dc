import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { addCaught, addFixed, dayKey, emptyStats, pruneStats, readStats, recordCaught, recordFixed, statsForLast30Days, summarize } = await import(
  '../../../lib/settings/stats'
);

describe('stats reducers', () => {
  it('count caught and fixed per day and rule without changing the input', () => {
    const empty = emptyStats();
    let stats = addCaught(empty, 'tone/blame', '2025-03-10');
    stats = addCaught(stats, 'tone/blame', '2025-03-10');
    stats = addFixed(stats, 'tone/blame', '2025-03-10');
    stats = addCaught(stats, 'tone/arguing', '2025-03-11');
    expect(empty.days).toEqual({});
    expect(stats.days).toEqual({
      '2025-03-10': { 'tone/blame': { caught: 2, fixed: 1 } },
      '2025-03-11': { 'tone/arguing': { caught: 1, fixed: 0 } },
    });
    expect(() => addCaught(stats, 'tone/blame', '2025-02-30')).toThrow(RangeError);
  });

  it('keep exactly the 30 days ending today, across month ends', () => {
    const stats = { version: 1 as const, days: { '2025-02-28': { r: { caught: 1, fixed: 0 } }, '2025-03-01': { r: { caught: 2, fixed: 1 } } } };
    // 2025-03-30 minus 29 days is 2025-03-01.
    expect(Object.keys(pruneStats(stats, '2025-03-30').days)).toEqual(['2025-03-01']);
    expect(Object.keys(pruneStats(stats, '2025-03-31').days)).toEqual([]);
    expect(Object.keys(addCaught(stats, 'r', '2025-03-30').days)).toEqual(['2025-03-01', '2025-03-30']);
  });

  it('summarize the window by rule and by day', () => {
    let stats = addCaught(emptyStats(), 'a', '2025-01-01');
    stats = addFixed(stats, 'a', '2025-01-30');
    stats = addCaught(stats, 'b', '2025-01-30');
    const summary = summarize(stats, '2025-01-30');
    expect(summary).toMatchObject({ from: '2025-01-01', to: '2025-01-30', total: { caught: 2, fixed: 1 } });
    expect(summary.byRule).toEqual({ a: { caught: 1, fixed: 1 }, b: { caught: 1, fixed: 0 } });
    expect(summary.byDay).toHaveLength(30);
    expect(summary.byDay[29]).toEqual({ day: '2025-01-30', caught: 1, fixed: 1 });
    expect(summarize(stats, '2025-01-31').byRule.a).toEqual({ caught: 0, fixed: 1 });
  });

  it('read damaged stored stats as whatever is well-formed', () => {
    expect(readStats('x')).toEqual(emptyStats());
    expect(readStats({ days: { nope: {}, '2025-01-01': { a: { caught: 1, fixed: 0 }, b: { caught: -1, fixed: 0 }, c: 3 } } }).days).toEqual({
      '2025-01-01': { a: { caught: 1, fixed: 0 } },
    });
  });

  it('use the local calendar day', () => {
    expect(dayKey(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('stats in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('record concurrent events without losing any, and prune old days on write', async () => {
    await fakeBrowser.storage.local.set({ stats: { version: 1, days: { '2024-12-01': { a: { caught: 9, fixed: 9 } } } } });
    await Promise.all([recordCaught('a', '2025-01-30'), recordCaught('a', '2025-01-30'), recordFixed('a', '2025-01-30')]);
    const { stats } = await fakeBrowser.storage.local.get('stats');
    expect(stats).toEqual({ version: 1, days: { '2025-01-30': { a: { caught: 2, fixed: 1 } } } });
    const summary = await statsForLast30Days(new Date(2025, 0, 30, 12));
    expect(summary.total).toEqual({ caught: 2, fixed: 1 });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});
