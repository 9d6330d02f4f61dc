import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from '../../../lib/coach/quiet-timer';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('quiet timer', () => {
  it('runs once, the given time after the last poke, however many pokes came before', async () => {
    const done = vi.fn();
    const timer = new QuietTimer(300, done);
    for (let i = 0; i < 10; i++) {
      timer.poke();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(199);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, and starts afresh on the next poke', async () => {
    const done = vi.fn();
    const timer = new QuietTimer(300, done);
    timer.poke();
    timer.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).not.toHaveBeenCalled();
    timer.poke();
    await vi.advanceTimersByTimeAsync(300);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
