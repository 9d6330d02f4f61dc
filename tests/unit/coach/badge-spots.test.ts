import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeSpots, BADGE_SETTLE_MS } from '../../../lib/coach/badge-spots';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('badge spots', () => {
  const editor = { left: 0, top: 0, width: 400, height: 120 };
  it('keeps a badge where it is while the agent types, and looks again after a pause or when the editor moves', async () => {
    const settled = vi.fn();
    const spots = new BadgeSpots<string>(settled);
    const place = vi.fn(() => ({ left: 330, top: 90, width: 64, height: 24 }));
    spots.spotFor('reply', editor, place);
    spots.textChanged('reply');
    spots.spotFor('reply', editor, place);
    expect(place).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(BADGE_SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    spots.spotFor('reply', editor, place);
    expect(place).toHaveBeenCalledTimes(2);
    spots.spotFor('reply', { ...editor, height: 140 }, place);
    expect(place).toHaveBeenCalledTimes(3);
    spots.forget('reply');
    spots.spotFor('reply', { ...editor, height: 140 }, place);
    expect(place).toHaveBeenCalledTimes(4);
    spots.dispose();
  });
});
