/**
 * Where each editor's badge sits. Finding a free corner reads every line box of the draft and asks
 * the page what is under each candidate; doing that on every keystroke was the biggest part of
 * Defuse's cost per frame. So a spot is kept while its editor's box stays put, and looked for again
 * when the box moves, or once the agent pauses after the text changed (typed text may have run
 * into the badge's corner).
 */
import type { Box } from '../overlay/geometry';
import { QuietTimer } from './quiet-timer';

export const BADGE_SETTLE_MS = 300;

interface Spot {
  editor: string;
  box: Box;
  stale: boolean;
}

export class BadgeSpots<Key> {
  private readonly spots = new Map<Key, Spot>();
  private readonly settle: QuietTimer;

  /** `settled` runs when stale spots were dropped, to have the badges placed again. */
  constructor(settled: () => void) {
    this.settle = new QuietTimer(BADGE_SETTLE_MS, () => {
      for (const [key, spot] of this.spots) if (spot.stale) this.spots.delete(key);
      settled();
    });
  }

  spotFor(key: Key, editor: Box, place: () => Box): Box {
    const id = `${editor.left},${editor.top},${editor.width},${editor.height}`;
    const spot = this.spots.get(key);
    if (spot?.editor === id) return spot.box;
    const box = place();
    this.spots.set(key, { editor: id, box, stale: false });
    return box;
  }

  textChanged(key: Key): void {
    const spot = this.spots.get(key);
    if (!spot) return;
    spot.stale = true;
    this.settle.poke();
  }

  forget(key: Key): void {
    this.spots.delete(key);
  }

  dispose(): void {
    this.settle.cancel();
    this.spots.clear();
  }
}
