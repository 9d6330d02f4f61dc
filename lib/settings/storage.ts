/** Settings in `storage.sync`, read validated and watched so open tabs follow changes live. */
import { browser } from 'wxt/browser';
import { validateSettings, type Settings } from './schema';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return validateSettings(stored[KEY]).settings;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(validateSettings(changes[KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
