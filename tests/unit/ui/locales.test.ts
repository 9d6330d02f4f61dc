import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t, toMessagesJson } from '../../../lib/ui/messages';

// What the browser's i18n answers; undefined is a page with no extension around it.
const i18n = vi.hoisted(() => ({ getMessage: vi.fn<(key: string, subs: string[]) => string>() }));
vi.mock('wxt/browser', () => ({ browser: { i18n } }));

const EN = join(__dirname, '../../../public/_locales/en/messages.json');

describe('locales', () => {
  afterEach(() => i18n.getMessage.mockReset());

  it('ships public/_locales/en/messages.json as written from lib/ui/messages.ts (run `npm run locales`)', () => {
    expect(JSON.parse(readFileSync(EN, 'utf8'))).toEqual(toMessagesJson());
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
