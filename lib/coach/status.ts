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

export function replyStatus(report: Report): ReplyStatus {
  return {
    score: report.score,
    steps: report.steps.map(({ id, title, tip, done, required }) => ({ id, title, tip, done, required })),
    problems: summarize(report).byCategory.map(([category, count]) => ({ category, count })),
  };
}

export class StatusReporter {
  private status: TabStatus;
  private sent = '';
  private pending = false;

  constructor(host: string, coaching: boolean) {
    this.status = { host, coaching, reply: null };
    this.schedule();
  }

  get current(): TabStatus {
    return this.status;
  }

  update(change: Partial<TabStatus>): void {
    this.status = { ...this.status, ...change };
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
      const json = JSON.stringify(this.status);
      if (json === this.sent) return;
      this.sent = json;
      const message: StatusMessage = { type: 'defuse/status', status: this.status };
      // Nobody listening (the background asleep between events is woken; a closed popup is not) is fine.
      browser.runtime.sendMessage(message).catch(() => undefined);
    }, SEND_EVERY_MS);
  }
}
