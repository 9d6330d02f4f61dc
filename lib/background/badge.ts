/**
 * The toolbar badge, per tab: how many required steps are missing plus how many tone problems the
 * reply has, from the status messages of the tab's content scripts. With editors in several frames,
 * the frame that last reported a reply owns the badge until it reports none.
 */
import { browser } from 'wxt/browser';
import { badgeCount, type TabStatus } from '../messaging/protocol';
import { categoryLabel } from '../ui/labels';
import { t } from '../ui/messages';

const owner = new Map<number, number>();

function title(status: TabStatus): string {
  const reply = status.reply;
  if (!status.coaching) return t('badge_title_off');
  if (!reply) return t('badge_title_idle');
  const missing = reply.steps.filter((s) => s.required && !s.done).map((s) => s.title);
  const problems = reply.problems.map((p) => `${categoryLabel(p.category)} ×${p.count}`);
  return t('badge_title_reply', String(reply.score), missing.join(', ') || '—', problems.join(', ') || '—');
}

export async function showStatus(tabId: number, frameId: number, status: TabStatus): Promise<void> {
  const holder = owner.get(tabId);
  if (!status.reply && holder !== undefined && holder !== frameId) return;
  if (status.reply) owner.set(tabId, frameId);
  else owner.delete(tabId);
  const text = status.coaching ? badgeCount(status.reply) : '';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title: title(status) }),
  ]);
}

/** A tab that navigates or closes starts over. */
export function forgetTab(tabId: number): void {
  owner.delete(tabId);
}
