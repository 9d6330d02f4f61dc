/** The keyboard shortcut that opens the card for the problem at the caret: Alt+Shift+K (Option+Shift+K on a Mac). */
export const CARD_SHORTCUT_LABEL = 'Alt+Shift+K';

export function isCardShortcut(event: KeyboardEvent): boolean {
  // `code` rather than `key`: with Alt held, macOS layouts turn K into another character.
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}
