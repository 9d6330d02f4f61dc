/**
 * Runs a callback once nothing has poked it for `ms`. Poked on every keystroke, it keeps one timer
 * and moves a deadline, instead of clearing and setting a timer per keystroke: each of those is a
 * call into the browser's timer machinery in the keystroke's own task.
 */
export class QuietTimer {
  private due = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly done: () => void,
  ) {}

  poke(): void {
    this.due = performance.now() + this.ms;
    this.timer ??= setTimeout(this.check, this.ms);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly check = (): void => {
    const left = this.due - performance.now();
    if (left > 0) {
      this.timer = setTimeout(this.check, left);
      return;
    }
    this.timer = undefined;
    this.done();
  };
}
