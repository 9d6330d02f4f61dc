/**
 * Beyond one typed sentence, in each real editor library that can load a formatted draft (several
 * paragraphs, bold, a link, a list; fixtures/lib/common.ts), in both browsers:
 *
 * - the underline sits under the flagged words, and follows them when a line is added above them
 *   (Enter at the top), when the editor is narrowed so the text wraps again, and when the editor
 *   is scrolled inside (each editor's page caps its height so that the narrowed draft overflows);
 * - applying the suggestion changes exactly those words in the editor's own model, and the bold
 *   word, the link and the list around it survive in the editor's own serialization; Ctrl+Z
 *   restores the text (or, where cases.ts claims `copy`, the editor refuses, nothing changes and
 *   the card offers the suggestion to copy);
 * - in Chromium, a paste reaches the editor's model and is coached (where the editor handles paste
 *   itself: a test's paste event is untrusted, so the browser's own paste never runs);
 * - Send sends the text the agent sees; nothing Defuse does logs a console error.
 *
 * The chat widget, where Enter sends, gets its own test: the applied suggestion is what is sent.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Driver } from './support/browsers';
import { FIXTURES, PHRASE, SENTENCE, SUGGESTION } from './support/cases';
import type { Path, Rect } from './support/page-helpers';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

const COACH_TIMEOUT = 8_000;

/** Pasted at the end of the draft: more blame, which Defuse must underline as well. */
const PASTED = ' You should have checked the manual.';
const PASTED_PHRASE = 'You should have checked';

const center = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** An underline lies under the words: it covers most of their width, on the same line. */
function liesUnder(underline: Rect, words: Rect): boolean {
  const overlap = Math.min(words.x + words.width, underline.x + underline.width) - Math.max(words.x, underline.x);
  return overlap > words.width / 2 && Math.abs(center(underline).y - center(words).y) < words.height;
}

/** Waits until an underline lies under `needle` where the editor draws it now; returns the words' rect. */
async function underlineFollows(driver: Driver, editor: Path, when: string, needle = PHRASE): Promise<Rect> {
  let words: Rect | null = null;
  try {
    return await driver.until(async () => {
      words = await driver.textRect(editor, needle);
      const shown = await driver.overlay();
      return shown.underlines.some((u) => u.rect && liesUnder(u.rect, words!)) ? words : null;
    }, { timeout: COACH_TIMEOUT });
  } catch {
    throw new Error(`[${driver.name}] no underline under ${JSON.stringify(needle)} at ${JSON.stringify(words)} ${when}; overlay: ${JSON.stringify(await driver.overlay())}`);
  }
}

/** What the draft's formatting looks like in the editor's own serialization, as found now. */
async function formatting(driver: Driver): Promise<{ bold: boolean; link: boolean; list: boolean }> {
  return driver.run(() => {
    const html = window.fixture.getHtml?.() ?? '';
    return {
      bold: /<(strong|b)\b[^>]*>patience<\/\1>/.test(html),
      link: /<a\b[^>]*>(?:<[^>]+>)*setup guide/.test(html),
      list: /<li\b[^>]*>(?:<[^>]+>)*Unplug it/.test(html),
    };
  }, null);
}

/** Narrows the editor so that its lines wrap again, as a resized window or side panel would. */
async function narrow(driver: Driver, editor: Path): Promise<void> {
  await driver.run((h, path) => {
    const host = h.editingHost(h.resolve(path)!)!;
    host.style.width = '420px';
    host.style.boxSizing = 'border-box';
  }, editor);
}

/** Scrolls the editor's own scrolling box (the editable, an ancestor, or an iframe's document) to one line down; false if it cannot scroll. */
async function scrollInside(driver: Driver, editor: Path): Promise<boolean> {
  return driver.run((h, path) => {
    const host = h.editingHost(h.resolve(path)!)!;
    const view = host.ownerDocument.defaultView!;
    let box: Element | null = host;
    while (box && !(box.scrollHeight > box.clientHeight + 4 && /auto|scroll/.test(view.getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    const scroller = box ?? host.ownerDocument.scrollingElement;
    if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return false;
    // From the top, so the flagged words (on the draft's third line) stay in view.
    scroller.scrollTop = 24;
    return scroller.scrollTop > 0;
  }, editor);
}

describe.each(BROWSERS)('editors in %s', (browserName) => {
  const suite = browserSuite(browserName);

  describe.each(FIXTURES.filter((f) => f.richDraft))('$name', (fixture) => {
    const support = fixture.support[browserName];

    it('keeps the underline on the words through Enter, narrowing and scrolling; applies, keeps the formatting, undoes, takes a paste, sends', async () => {
      const driver = suite.driver;
      driver.clearLogs();
      await driver.open(`${fixture.page}?draft=rich`);
      await driver.focus(fixture.editor);
      expect(await formatting(driver), 'the draft starts with its bold word, link and list').toEqual({ bold: true, link: true, list: true });
      await underlineFollows(driver, fixture.editor, 'in the loaded draft');

      // A line added above the words moves them down (many editors handle Enter themselves, so no
      // input event announces it); the underline moves with them.
      const loaded = await driver.getText();
      await driver.press('Control+Home');
      await driver.press('Enter');
      await driver.waitForText((t) => t !== loaded && t.replace(/\s+/g, ' ').trim() === loaded.replace(/\s+/g, ' ').trim(), 'Enter to add a line at the top');
      await underlineFollows(driver, fixture.editor, 'after Enter at the top');

      await narrow(driver, fixture.editor);
      await underlineFollows(driver, fixture.editor, 'after the editor was narrowed');

      expect(await scrollInside(driver, fixture.editor), 'the editor scrolls inside').toBe(true);
      await underlineFollows(driver, fixture.editor, 'after scrolling inside the editor');

      await driver.settle();
      const before = await driver.getText();
      await driver.clickText(fixture.editor, PHRASE);
      const card = await driver.waitForOverlay((s) => s.cards.find((c) => c.buttons[0]?.rect), 'the card for the clicked words', COACH_TIMEOUT);
      expect(card.buttons[0]!.text).toBe(SUGGESTION);
      await driver.clickAt(center(card.buttons[0]!.rect!).x, center(card.buttons[0]!.rect!).y);

      if (support.apply === 'copy') {
        await driver.waitForOverlay((s) => s.cards.find((c) => c.copy && c.failure), 'the card offering "copy suggestion"', COACH_TIMEOUT);
        expect(await driver.getText(), 'a refused edit leaves the text as it was').toBe(before);
      } else {
        const applied = before.replace(PHRASE, SUGGESTION);
        await driver.waitForText((t) => t === applied, `exactly the flagged words replaced: ${JSON.stringify(applied)}`);
        expect(await formatting(driver), 'bold, link and list survive the edit').toEqual({ bold: true, link: true, list: true });
        await driver.press('Control+z');
        await driver.waitForText((t) => t === before, 'Ctrl+Z to restore the draft');
        expect(await formatting(driver), 'bold, link and list after undo').toEqual({ bold: true, link: true, list: true });
      }

      // Firefox hands an untrusted paste event's clipboardData to no page script, so there the
      // paste cannot be made from a test; a real paste is the browser's own and Defuse is not in it.
      if (!fixture.pastesNatively && browserName === 'chromium') {
        // Paste at the end: the editor takes it into its model, and Defuse coaches the pasted words too.
        await driver.press('Control+End');
        const restored = await driver.getText();
        await driver.run((h, text) => {
          const target = h.deepActive()!;
          const data = new DataTransfer();
          data.setData('text/plain', text);
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, PASTED);
        await driver.waitForText((t) => t.length > restored.length && t.includes(PASTED.trim()), `the pasted ${JSON.stringify(PASTED)} in the model`);
        await underlineFollows(driver, fixture.editor, 'under the pasted words', PASTED_PHRASE);
      }

      await driver.run((h) => (h.resolve(['#send']) as HTMLElement).click(), null);
      const sent = await driver.run(() => window.sent ?? null, null);
      expect(sent, 'Send sends the text the agent sees').toBe(await driver.getText());
      expect(driver.consoleErrors, 'console errors').toEqual([]);
    });
  });

  describe.each(FIXTURES.filter((f) => f.enterSends))('$name', (fixture) => {
    it('sends the applied suggestion with Enter and starts empty again', async () => {
      const driver = suite.driver;
      driver.clearLogs();
      await driver.open(fixture.page);
      await driver.focus(fixture.editor);
      await driver.type(SENTENCE);
      await driver.waitForText((t) => t === SENTENCE, 'the typed sentence');
      await underlineFollows(driver, fixture.editor, 'in the chat composer');
      await driver.clickText(fixture.editor, PHRASE);
      const card = await driver.waitForOverlay((s) => s.cards.find((c) => c.buttons[0]?.rect), 'the card', COACH_TIMEOUT);
      await driver.clickAt(center(card.buttons[0]!.rect!).x, center(card.buttons[0]!.rect!).y);
      const applied = SENTENCE.replace(PHRASE, SUGGESTION);
      await driver.waitForText((t) => t === applied, 'the suggestion applied');

      await driver.press('Enter');
      await driver.waitFor((_h, want) => window.sent === want, applied, { message: `Enter to send ${JSON.stringify(applied)}` });
      await driver.waitForText((t) => t === '', 'the composer empty after sending');
      await driver.waitForOverlay((s) => s.underlines.length === 0, 'no underline left after sending', COACH_TIMEOUT);
      expect(driver.consoleErrors, 'console errors').toEqual([]);
    });
  });

  itContactedOnlyTheFixtureServer(suite);
});
