/**
 * The harness checks itself, with the extension loaded but without relying on what it does: every
 * fixture editor in both browsers takes real typing, the framework's own text follows, the words
 * can be located and clicked, typing over the selected words reaches the framework's model, the
 * editor's own Ctrl+Z undoes it, the keys the coaching tests press arrive, and Send (pressed with
 * Enter) sends the framework's text. (The replacement is typed with real keys: editors such as
 * CKEditor 5, Slate and Lexical ignore or revert a bare execCommand, which is why the extension
 * does more than that; see lib/editors/apply-edit.ts.)
 * When coaching.e2e.ts fails and this passes, the failure is the extension's.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { FIXTURES, PHRASE, SENTENCE, SUGGESTION } from './support/cases';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

describe.each(BROWSERS)('harness in %s', (browserName) => {
  const suite = browserSuite(browserName);

  // One retry: in full runs Firefox has, about one run in three, left focus outside Summernote after
  // the click on its words (never when the test runs alone); the error names where focus went.
  it.each(FIXTURES)('$name: types, locates, replaces, undoes, sends', { retry: browserName === 'firefox' ? 1 : 0 }, async (fixture) => {
    suite.driver.clearLogs();
    await suite.driver.open(fixture.page);
    await suite.driver.focus(fixture.editor);
    const baseline = await suite.driver.getText();

    await suite.driver.type(SENTENCE);
    const typed = await suite.driver.waitForText((t) => t.includes(SENTENCE), 'the typed sentence in the framework text');
    // Empty editors differ in placeholder line breaks (Firefox's <br> in an empty body, Quill's "\n").
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(squash(typed.replace(SENTENCE, '')), 'typing added exactly the sentence').toBe(squash(baseline));

    await suite.driver.settle();

    // The words are on screen, inside the editor's frame, and clicking them keeps focus there.
    const rect = await suite.driver.textRect(fixture.editor, PHRASE);
    expect(rect.width).toBeGreaterThan(50);
    await suite.driver.clickText(fixture.editor, PHRASE);
    // Firefox can settle focus a moment after the click when the machine is busy (seen with Summernote).
    let focused = await suite.driver.active(fixture.editor);
    await suite.driver
      .until(async () => (focused = await suite.driver.active(fixture.editor)).matches, { timeout: 3_000 })
      .catch(() => {
        throw new Error(`[${browserName}] focus left the editor after a click on its words: it is on ${focused.describe}`);
      });

    // Select the phrase and type over it; the framework's model follows.
    const problem = await suite.driver.run((h, a) => h.selectText(a.editor, a.phrase), { editor: fixture.editor, phrase: PHRASE });
    expect(problem).toBeNull();
    await suite.driver.type(SUGGESTION);
    const applied = typed.replace(PHRASE, SUGGESTION);
    await suite.driver.waitForText((t) => t === applied, `the framework text ${JSON.stringify(applied)}`);

    // The editor's own undo restores (in as many steps as it grouped the typing into); the caret
    // goes to the end of the line; typing goes on.
    let text = applied;
    for (let presses = 0; text !== typed && presses <= SUGGESTION.length; presses++) {
      const before = text;
      await suite.driver.press('Control+z');
      text = await suite.driver.waitForText((t) => t !== before, `Ctrl+Z to change ${JSON.stringify(before)}`, 3_000);
    }
    expect(text, 'Ctrl+Z restores the typed sentence').toBe(typed);
    await suite.driver.press('End');
    await suite.driver.type(' Thanks!');
    const continued = typed.replace(SENTENCE, `${SENTENCE} Thanks!`);
    await suite.driver.waitForText((t) => t === continued, `typing to go on: ${JSON.stringify(continued)}`);

    // Send sends the framework's text. From the keyboard: an open coaching card may sit over the
    // button (it does in the lead's layout), and what the card covers is not the harness's business.
    await suite.driver.run((h) => (h.resolve(['#send']) as HTMLElement).focus(), null);
    await suite.driver.press('Enter');
    await suite.driver.waitFor((_h, want) => window.sent === want, continued, { message: 'window.sent to be the text' });

    expect(suite.driver.consoleErrors, 'console errors').toEqual([]);
  });

  itContactedOnlyTheFixtureServer(suite);
});
