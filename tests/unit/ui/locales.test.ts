import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t, toMessagesJson, type ChromeMessage } from '../../../lib/ui/messages';

// What the browser's i18n answers; undefined is a page with no extension around it.
const i18n = vi.hoisted(() => ({ getMessage: vi.fn<(key: string, subs: string[]) => string>() }));
vi.mock('wxt/browser', () => ({ browser: { i18n } }));

const LOCALES = join(__dirname, '../../../public/_locales');
const EN = join(LOCALES, 'en/messages.json');

describe('locales', () => {
  afterEach(() => i18n.getMessage.mockReset());

  it('ships public/_locales/en/messages.json as written from lib/ui/messages.ts (run `npm run locales`)', () => {
    expect(JSON.parse(readFileSync(EN, 'utf8'))).toEqual(toMessagesJson());
  });

  it('has translations whose keys and placeholders are those of the English file', () => {
    const en = toMessagesJson();
    for (const lang of readdirSync(LOCALES).filter((dir) => dir !== 'en')) {
      const translation = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, ChromeMessage>;
      expect(translationProblems(en, translation), lang).toEqual([]);
    }
  });

  it('keeps the name and description within the stores\' limits in every language', () => {
    for (const lang of readdirSync(LOCALES)) {
      const messages = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, ChromeMessage>;
      // addons.mozilla.org takes names of up to 50 characters; Chrome cuts descriptions at 132.
      expect(messages.ext_name?.message.length ?? 0, lang).toBeLessThanOrEqual(50);
      expect(messages.ext_description?.message.length ?? 0, lang).toBeLessThanOrEqual(132);
    }
  });

  it('would catch a translation with a key English lacks or a placeholder it lost', () => {
    const en = { hi: { message: 'Hi $NAME$', description: 'd', placeholders: { name: { content: '$1' } } } };
    expect(translationProblems(en, { hi: { message: 'Hallo', description: 'd', placeholders: { name: { content: '$1' } } } })).toEqual([
      'hi: placeholders in the message are [] where English has [name]',
    ]);
    expect(translationProblems(en, { bye: { message: 'Tschüss', description: 'd' } })).toEqual(['bye: no such key in English']);
  });

  it('shows what the browser has in its language, with the substitutions as strings', () => {
    i18n.getMessage.mockImplementation((key, subs) => (key === 'badge_text' ? `${subs.join('|')} en français` : ''));
    expect(t('badge_text', 3, 6, 0)).toBe('3|6|0 en français');
    expect(i18n.getMessage).toHaveBeenCalledWith('badge_text', ['3', '6', '0']);
  });

  it('falls back to the English table when the browser has no such message', () => {
    i18n.getMessage.mockReturnValue('');
    expect(t('card_remove_label', 'fee')).toBe('Remove “fee”');
  });
});

/** What would show wrongly: keys English does not have, and placeholders that differ from English's. */
function translationProblems(en: Record<string, ChromeMessage>, translation: Record<string, ChromeMessage>): string[] {
  const used = (entry: ChromeMessage) =>
    [...new Set([...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
  return Object.entries(translation).flatMap(([key, entry]) => {
    const english = en[key];
    if (!english) return [`${key}: no such key in English`];
    const [mine, theirs] = [used(entry), used(english)];
    return mine.join() === theirs.join() ? [] : [`${key}: placeholders in the message are [${mine.join(', ')}] where English has [${theirs.join(', ')}]`];
  });
}
