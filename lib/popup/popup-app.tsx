/**
 * The popup's data: the target tab, its content script's status (asked once, then followed from the
 * status messages it sends while the agent types), and the settings (followed live).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Strictness } from '../analyzer/types';
import { isOwnSender, isStatusMessage, isTabStatus, type StatusRequest, type TabStatus } from '../messaging/protocol';
import type { SettingKey, Settings } from '../settings/schema';
import { hasSiteAccess, startCoachingInTab, switchSite } from '../settings/site-permissions';
import { isSiteEnabled } from '../settings/sites';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { t } from '../ui/messages';
import { PopupView } from './popup-view';

export interface PopupTarget {
  tabId: number;
  /** The tab's address when the browser tells it (it does for the active tab while the popup is open). */
  url: string | undefined;
}

/** `?tab=<id>` opens the popup for that tab (the popup opened in a tab of its own); otherwise the active tab. */
export async function findTarget(search: string): Promise<PopupTarget | null> {
  const asked = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) {
    const tab = await browser.tabs.get(asked).catch(() => undefined);
    return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

async function askStatus(tabId: number): Promise<TabStatus | null> {
  const request: StatusRequest = { type: 'defuse/get-status' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null);
  return isTabStatus(answer) ? answer : null;
}

export function PopupApp({ target }: { target: PopupTarget | null }) {
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<ReadonlySet<SettingKey>>(new Set());
  const [access, setAccess] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const host = hostOf(target?.url) ?? status?.host ?? null;

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setLocked(loaded.locked);
    });
    const unwatch = watchSettings((loaded) => {
      setSettings(loaded.settings);
      setLocked(loaded.locked);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (!target) return undefined;
    let live = true;
    void askStatus(target.tabId).then((answer) => live && answer && setStatus(answer));
    const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (isStatusMessage(message) && isOwnSender(sender, browser.runtime.id) && sender.tab?.id === target.tabId) {
        setStatus(message.status);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [target]);

  useEffect(() => {
    if (host) void hasSiteAccess(host).then(setAccess, () => setAccess(false));
  }, [host]);

  if (!settings) return null;

  const change = (update: (s: Settings) => Settings) =>
    updateSettings(update).then((result) => {
      setError(result.ok ? null : result.error);
      return result.ok;
    });

  const toggleSite = (on: boolean) => {
    if (!host || !target) return;
    void switchSite(host, on, change).then(async (saved) => {
      if (saved === 'refused') {
        setError(t('popup_access_refused', host));
        return;
      }
      if (on) setAccess(true);
      if (saved && on && !status) await startCoachingInTab(target.tabId);
    });
  };

  return (
    <PopupView
      state={{
        host,
        status,
        // Switched on and reachable: a site the agent switched on but whose access was taken back is off.
        siteOn: host !== null && isSiteEnabled(settings.sites, host) && (access || status !== null),
        strictness: settings.strictness,
        locked,
        error,
      }}
      onToggleSite={toggleSite}
      onStrictness={(strictness: Strictness) => void change((s) => ({ ...s, strictness }))}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
