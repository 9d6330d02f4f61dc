/**
 * Tells the background (toolbar badge) and an open popup how the reply being written stands, and keeps
 * the answer to the popup's question when it opens (asked of the content script: lib/coach/bootstrap.ts).
 * "The reply being written" is the editor the agent last typed in or focused.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../analyzer/types';
import type { ReplyStatus, StatusMessage, TabStatus } from '../messaging/protocol';
import { summarize } from '../ui/summary';

const SEND_EVERY_MS = 150;

function replyStatus(report: Report): ReplyStatus {
  return {
    score: report.score,
    steps: report.steps.map(({ id, title, tip, done, required }) => ({ id, title, tip, done, required })),
    problems: summarize(report).byCategory.map(([category, count]) => ({ category, count })),
  };
}

export class StatusReporter {
  private status: Omit<TabStatus, 'reply'>;
  /** The reply's report, turned into a status only when one is sent or asked for, not per keystroke. */
  private report: Report | null = null;
  private sent = '';
  private pending = false;

  constructor(host: string, coaching: boolean) {
    this.status = { host, coaching };
    this.schedule();
  }

  get current(): TabStatus {
    return { ...this.status, reply: this.report ? replyStatus(this.report) : null };
  }

  update(change: Partial<Omit<TabStatus, 'reply'>>): void {
    this.status = { ...this.status, ...change };
    this.schedule();
  }

  /** The reply being written was analyzed again, or there is none (null). */
  reported(report: Report | null): void {
    this.report = report;
    this.schedule();
  }

  /**
   * Sends at most once per SEND_EVERY_MS however many reports a burst of typing produces: each
   * message wakes the background, and the badge and popup need no more than a few updates a second.
   */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    setTimeout(() => {
      this.pending = false;
      const status = this.current;
      const json = JSON.stringify(status);
      if (json === this.sent) return;
      this.sent = json;
      const message: StatusMessage = { type: 'defuse/status', status };
      // Nobody listening (the background asleep between events is woken; a closed popup is not) is fine.
      browser.runtime.sendMessage(message).catch(() => undefined);
    }, SEND_EVERY_MS);
  }
}
