/**
 * The content script's contract, in every fixture editor and both browsers:
 *
 * - typing "You should have restarted the router." (blame) shows an underline in the overlay's open
 *   shadow root whose data-start/data-end cover "You should have restarted";
 * - the badge's data-issues goes from 0 to at least 1;
 * - clicking the underlined words opens the card (so does Alt+Shift+K with the caret in them);
 * - the card's first apply button is the suggestion "It helps to restart"; clicking it replaces
 *   exactly the underlined words, and the framework's own view of the text (React state,
 *   ProseMirror doc, Quill getText...) agrees;
 * - Ctrl+Z restores the original; typing continues normally after.
 *
 * Where cases.ts claims `copy` for apply in a browser, clicking the suggestion changes nothing and
 * the card offers "copy suggestion" and says why instead. The insert test runs where insert is `yes`.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Driver } from './support/browsers';
import { FIXTURES, PHRASE, SENTENCE, SUGGESTION, type FixtureCase } from './support/cases';
import type { OverlaySnapshot, Rect, UnderlineHook } from './support/page-helpers';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

/** How long the analysis + overlay may take to show something after the last keystroke. */
const COACH_TIMEOUT = 8_000;

const center = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The tightest underline covering [start, end). */
function underlineCovering(s: OverlaySnapshot, start: number, end: number): UnderlineHook | undefined {
  return s.underlines
    .filter((u) => u.start !== null && u.end !== null && u.start <= start && u.end >= end)
    .sort((a, b) => a.end! - a.start! - (b.end! - b.start!))[0];
}

const maxIssues = (s: OverlaySnapshot) => Math.max(-1, ...s.badges.map((b) => b.issues ?? -1));

/** Opens the page, focuses the editor, checks the empty-state badge, types SENTENCE. */
async function typeSentence(driver: Driver, fixture: FixtureCase) {
  driver.clearLogs();
  await driver.open(fixture.page);
  await driver.focus(fixture.editor);
  const baseline = await driver.getText();
  expect(baseline, 'the editor starts without the sentence').not.toContain(SENTENCE);

  await driver.waitForOverlay(
    (s) => s.badges.some((b) => b.issues === 0),
    'a badge with data-issues="0" once the editor has focus',
    COACH_TIMEOUT,
  );

  await driver.type(SENTENCE);
  const typed = await driver.waitForText((t) => t.includes(SENTENCE), 'the typed sentence in the framework text');
  expect(typed.split(SENTENCE).length - 1, 'the sentence appears once').toBe(1);
  await driver.settle();
  const start = typed.indexOf(PHRASE);
  return { typed, start, end: start + PHRASE.length };
}

describe.each(BROWSERS)('coaching in %s', (browserName) => {
  const suite = browserSuite(browserName);

  describe.each(FIXTURES)('$name', (fixture) => {
    const support = fixture.support[browserName];
    it.runIf(support.highlights === 'yes' && support.card === 'yes')('underlines the blame, applies the suggestion (or offers to copy it), undoes it, and keeps typing', async () => {
      const { typed, start, end } = await typeSentence(suite.driver, fixture);

      // Underline covering the phrase, and the badge counting it.
      const snapshot = await suite.driver.waitForOverlay(
        (s) => (underlineCovering(s, start, end) && maxIssues(s) >= 1 ? s : null),
        `an underline covering [${start}, ${end}) "${PHRASE}" and a badge with data-issues >= 1`,
        COACH_TIMEOUT,
      );
      const underline = underlineCovering(snapshot, start, end)!;
      expect(underline.ruleId, 'the underline names its rule').toBeTruthy();
      expect(snapshot.overlaysPerDoc.every((n) => n <= 1), 'one <defuse-overlay> per document').toBe(true);

      // Click the middle of the underlined words in the editor.
      const words = await suite.driver.clickText(fixture.editor, PHRASE);
      if (underline.rect) {
        // Where the overlay draws the underline, it is under those words (Harper #1472, #2509).
        const overlap = Math.min(words.x + words.width, underline.rect.x + underline.rect.width) - Math.max(words.x, underline.rect.x);
        expect.soft(overlap, `underline ${JSON.stringify(underline.rect)} lies under the words ${JSON.stringify(words)}`).toBeGreaterThan(words.width / 2);
        expect.soft(Math.abs(center(underline.rect).y - center(words).y), 'underline on the same line as the words').toBeLessThan(words.height);
      }

      const card = await suite.driver.waitForOverlay(
        (s) => s.cards.find((c) => c.rect && c.buttons.length > 0 && c.buttons[0]!.rect),
        'the card with apply buttons after clicking the underlined words',
        COACH_TIMEOUT,
      );
      const apply = card.buttons[0]!;
      expect(apply.text, 'first suggestion').toBe(SUGGESTION);
      expect(await suite.driver.getText(), 'opening the card changes no text').toBe(typed);

      await suite.driver.clickAt(center(apply.rect!).x, center(apply.rect!).y);
      if (support.apply === 'copy') {
        // The editor refuses the edit: the text stays, and the card offers the suggestion to copy, saying why.
        const offered = await suite.driver.waitForOverlay(
          (s) => s.cards.find((c) => c.copy && c.failure),
          'the card offering "copy suggestion" with its reason',
          COACH_TIMEOUT,
        );
        expect(offered.failure, 'the card says why nothing was changed').toMatch(/Copy the suggestion/);
        expect(await suite.driver.getText(), 'a refused edit leaves the text as it was').toBe(typed);
      } else {
        // Apply: exactly the underlined words are replaced, in the framework's own model too. (Quill
        // would merge the apply into the typing's undo step; typeSentence's settle() closed that step.)
        const applied = typed.slice(0, start) + SUGGESTION + typed.slice(end);
        await suite.driver.waitForText((t) => t === applied, `exactly ${JSON.stringify(applied)} after applying`);

        // Undo with the editor's own Ctrl+Z; focus must be back in the editor for that.
        const active = await suite.driver.active(fixture.editor);
        expect(active.matches, `focus back in the editor after applying (it is on ${active.describe})`).toBe(true);
        await suite.driver.press('Control+z');
        await suite.driver.waitForText((t) => t === typed, `Ctrl+Z to restore ${JSON.stringify(typed)}`);
      }

      // Typing continues normally at the end of the line.
      await suite.driver.press('End');
      await suite.driver.type(' Thanks!');
      const continued = typed.replace(SENTENCE, `${SENTENCE} Thanks!`);
      await suite.driver.waitForText((t) => t === continued, `typing to go on: ${JSON.stringify(continued)}`);

      // The restored blame is coached again.
      try {
        await suite.driver.waitForOverlay((s) => underlineCovering(s, start, end), 'the underline back after undo', COACH_TIMEOUT);
      } catch (error) {
        expect.soft(String(error)).toBe('the underline back after undo');
      }

      expect(suite.driver.consoleErrors, 'console errors').toEqual([]);
    });

    it.runIf(support.card === 'yes')('opens the card with Alt+Shift+K at the caret, changing no text', async () => {
      const { typed, start, end } = await typeSentence(suite.driver, fixture);
      await suite.driver.waitForOverlay((s) => underlineCovering(s, start, end), `an underline covering "${PHRASE}"`, COACH_TIMEOUT);

      // Caret inside "should".
      await suite.driver.press('Home');
      for (let i = 0; i < 6; i++) await suite.driver.press('ArrowRight');
      await suite.driver.press('Alt+Shift+K');

      const card = await suite.driver.waitForOverlay(
        (s) => s.cards.find((c) => c.rect && c.buttons.length > 0),
        'the card after Alt+Shift+K with the caret in the underlined words',
        COACH_TIMEOUT,
      );
      expect(card.buttons[0]!.text, 'first suggestion').toBe(SUGGESTION);
      expect(await suite.driver.getText(), 'the shortcut types nothing').toBe(typed);
      expect(suite.driver.consoleErrors, 'console errors').toEqual([]);
    });
  });

  describe.each(FIXTURES.filter((f) => f.support[browserName].insert === 'yes'))('$name', (fixture) => {
    it('inserts a checklist phrase from the badge panel at the caret and counts the step', async () => {
      const { typed } = await typeSentence(suite.driver, fixture);
      const badge = await suite.driver.waitForOverlay((s) => s.badges.find((b) => b.rect && (b.issues ?? 0) >= 1), 'the badge', COACH_TIMEOUT);
      const doneBefore = badge.stepsDone ?? 0;
      await suite.driver.press('End');
      await suite.driver.clickAt(center(badge.rect!).x, center(badge.rect!).y);

      // The empathy row's first phrase: the panel (in the top document's overlay) names it on its button.
      const insert = await suite.driver.waitFor(
        () => {
          const root = document.querySelector('defuse-overlay')?.shadowRoot;
          const button = root?.querySelector<HTMLElement>('[data-step="empathy"] [data-defuse-insert]');
          const phrase = root?.querySelector('[data-step="empathy"] .defuse-phrase')?.textContent?.trim();
          if (!button || !phrase) return null;
          const r = button.getBoundingClientRect();
          return { phrase, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        null,
        { message: 'the checklist panel with an insert button for empathy' },
      );
      await suite.driver.clickAt(insert.x, insert.y);
      // After the sentence, where the caret is: in Gmail that is before the signature and history.
      const expected = typed.replace(SENTENCE, `${SENTENCE} ${insert.phrase}`).replace(/\s+$/, '');
      await suite.driver.waitForText((t) => t.replace(/\s+$/, '') === expected, `the phrase inserted after the sentence: ${JSON.stringify(expected)}`);
      await suite.driver.waitForOverlay((s) => s.badges.some((b) => (b.stepsDone ?? 0) > doneBefore), 'one more step done on the badge', COACH_TIMEOUT);
      expect(suite.driver.consoleErrors, 'console errors').toEqual([]);
    });
  });

  itContactedOnlyTheFixtureServer(suite);
});
