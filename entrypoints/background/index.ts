import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab, showStatus } from '../../lib/background/badge';
import { loadScriptInto } from '../../lib/background/scripts';
import { injectInto, syncUserSites } from '../../lib/background/user-sites';
import { isLoadScriptRequest, isOwnSender, isStatusMessage } from '../../lib/messaging/protocol';

export default defineBackground(() => {
  const warn = (what: string) => (error: unknown) => console.warn(`[Defuse] ${what} failed:`, error);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isOwnSender(sender, browser.runtime.id) || tabId === undefined) return undefined;
    if (isLoadScriptRequest(message)) return loadScriptInto(tabId, sender.frameId ?? 0, message.script);
    if (isStatusMessage(message)) void showStatus(tabId, sender.frameId ?? 0, message.status).catch(warn('updating the toolbar badge'));
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  void syncUserSites().catch(warn('registering the added sites'));
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncUserSites()
      .then(() => injectInto(origins))
      .catch(warn('starting on the added site'));
  });
  browser.permissions.onRemoved.addListener(() => void syncUserSites().catch(warn('releasing the removed site')));
});
