/**
 * Feeds the local 30-day statistics (lib/settings/stats.ts): a problem counts as caught once per
 * editor when it is still there after the agent pauses typing (a phrase half typed and corrected at
 * once is not a catch), and as fixed when the agent applies a suggestion for it.
 */
import type { Diagnostic, Report } from '../analyzer/types';
import { recordCaught, recordFixed } from '../settings/stats';
import { QuietTimer } from './quiet-timer';

/** How long the agent pauses before the problems on screen count as caught. */
const SETTLE_MS = 1500;

const key = (d: Diagnostic) => `${d.ruleId}\u0000${d.text.toLowerCase()}`;

export class StatsRecorder {
  private readonly counted = new WeakMap<object, Set<string>>();
  private readonly timers = new Map<object, QuietTimer>();
  private readonly latest = new Map<object, Report>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** `editor` identifies the editor the report is for. */
  reported(editor: object, report: Report | null): void {
    if (!report || report.diagnostics.length === 0) {
      this.timers.get(editor)?.cancel();
      this.timers.delete(editor);
      this.latest.delete(editor);
      return;
    }
    this.latest.set(editor, report);
    let timer = this.timers.get(editor);
    if (!timer) this.timers.set(editor, (timer = new QuietTimer(SETTLE_MS, () => this.settled(editor))));
    timer.poke();
  }

  private settled(editor: object): void {
    const report = this.latest.get(editor);
    this.latest.delete(editor);
    this.timers.delete(editor);
    if (!report) return;
    let counted = this.counted.get(editor);
    if (!counted) this.counted.set(editor, (counted = new Set()));
    for (const d of report.diagnostics) {
      const k = key(d);
      if (counted.has(k)) continue;
      counted.add(k);
      recordCaught(d.ruleId).catch(this.onError);
    }
  }

  fixed(editor: object, diagnostic: Diagnostic): void {
    const counted = this.counted.get(editor) ?? new Set();
    this.counted.set(editor, counted);
    // A fix applied before the pause still catches the problem it fixes.
    if (!counted.has(key(diagnostic))) {
      counted.add(key(diagnostic));
      recordCaught(diagnostic.ruleId).catch(this.onError);
    }
    recordFixed(diagnostic.ruleId).catch(this.onError);
  }

  dispose(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    this.latest.clear();
  }
}
