import { describe, expect, it } from 'vitest';
import { badgeCandidates, cardPlacements, clampToViewport, intersects } from '../../../lib/overlay/geometry';

const viewport = { width: 1000, height: 700 };
const card = { width: 340, height: 300 };

describe('placing the card', () => {
  it('prefers below the underline, with above as the other choice', () => {
    const [first, second] = cardPlacements({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(first!.top).toBe(126);
    expect(second!.top).toBeLessThan(100);
  });

  it('goes above first when there is no room below, and never leaves the viewport', () => {
    const [first] = cardPlacements({ left: 900, top: 600, width: 80, height: 20 }, card, viewport);
    expect(first!.top + card.height).toBeLessThanOrEqual(600);
    expect(first!.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(clampToViewport({ left: -50, top: -50, width: 10, height: 10 }, viewport)).toMatchObject({ left: 8, top: 8 });
  });
});

describe('placing the badge', () => {
  it('offers the inside bottom-right corner first, and spots that do not overlap each other', () => {
    const editor = { left: 0, top: 0, width: 600, height: 200 };
    const [corner, ...others] = badgeCandidates(editor, { width: 64, height: 24 });
    expect(corner).toEqual({ left: 530, top: 170, width: 64, height: 24 });
    for (const other of others) expect(intersects(corner!, other)).toBe(false);
  });
});
