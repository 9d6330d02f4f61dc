/** Rectangle maths for placing underlines, the card and the badge. Pure: plain numbers in, out. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const boxOf = (r: { left: number; top: number; width: number; height: number }): Box => ({
  left: r.left,
  top: r.top,
  width: r.width,
  height: r.height,
});

export function containsPoint(box: Box, x: number, y: number, slop = 0): boolean {
  return (
    x >= box.left - slop && x <= box.left + box.width + slop && y >= box.top - slop && y <= box.top + box.height + slop
  );
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Moves a box inside the viewport, keeping a margin. */
export function clampToViewport(box: Box, viewport: { width: number; height: number }, margin = 8): Box {
  const left = Math.min(Math.max(margin, box.left), Math.max(margin, viewport.width - box.width - margin));
  const top = Math.min(Math.max(margin, box.top), Math.max(margin, viewport.height - box.height - margin));
  return { ...box, left, top };
}

/** Where a card may go, best first: below the anchor if it fits there, else above; aligned with its start. */
export function cardPlacements(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Box[] {
  const gap = 6;
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  const fitsBelow = below + card.height <= viewport.height - 8;
  const tops = fitsBelow ? [below, above] : [above, below];
  return tops.map((top) => clampToViewport({ left: anchor.left, top, width: card.width, height: card.height }, viewport));
}

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Box {
  return cardPlacements(anchor, card, viewport)[0]!;
}

/**
 * Where the badge may sit around an editor, best first: inside the bottom-right corner, then the
 * top-right corner, then just outside the right edge. The caller drops the ones that would cover
 * text or a button.
 */
export function badgeCandidates(editor: Box, badge: { width: number; height: number }, inset = 6): Box[] {
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const size = { width: badge.width, height: badge.height };
  return [
    { left: right - badge.width - inset, top: bottom - badge.height - inset, ...size },
    { left: right - badge.width - inset, top: editor.top + inset, ...size },
    { left: right + inset, top: bottom - badge.height, ...size },
    { left: right - badge.width, top: bottom + inset, ...size },
  ];
}
