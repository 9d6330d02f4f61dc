/**
 * Defuse under abuse and faults, in both browsers: huge drafts and pastes, hostile pages (strict
 * CSP with Trusted Types, rewritten built-ins, a squatted element name, throwing handlers), many
 * editors and endless churn, navigation with a card open, and pages trying to drive Defuse with
 * messages, events and forged markup. Each test ends by checking that coaching still works.
 */
import { describe, expect, it, vi } from 'vitest';
import { BROWSERS, type Driver } from './support/browsers';
import { PHRASE, SENTENCE, SUGGESTION } from './support/cases';
import type { OverlaySnapshot, Path } from './support/page-helpers';
import { browserSuite, itContactedOnlyTheFixtureServer } from './support/suite';

/** Long drafts are sliced over many tasks, and a loaded machine stretches each one. */
const COACH_TIMEOUT = 30_000;
const REPLY: Path = ['#reply'];
/** A thousand adoptions and releases, each a session with its observers, on a loaded machine. */
const CHURN_TIMEOUT = 300_000;
/** Growth allowed over the thousand cycles, far below one listener, node or 5 KB per cycle. */
const LEAK_BOUND = { listeners: 100, nodes: 500, heapBytes: 5 * 2 ** 20 };

const underlineAt = (s: OverlaySnapshot, start: number, end: number) => s.underlines.find((u) => u.start === start && u.end === end);

/** Waits for an underline on exactly [start, end) and returns it. */
async function expectUnderline(driver: Driver, start: number, end: number, what: string) {
  return driver.waitForOverlay((s) => underlineAt(s, start, end), `an underline on [${start}, ${end}) ${what}`, COACH_TIMEOUT);
}

/** Types SENTENCE at the end of the editor and waits for its blame underline. */
async function typeAndCoach(driver: Driver, editor: Path = REPLY): Promise<string> {
  await driver.focus(editor);
  await driver.press('End');
  await driver.type(SENTENCE);
  const text = await driver.waitForText((t) => t.includes(SENTENCE), 'the typed sentence');
  const start = text.lastIndexOf(PHRASE);
  await expectUnderline(driver, start, start + PHRASE.length, `"${PHRASE}"`);
  return text;
}

/** Types SENTENCE again at the end of the editor, which has focus, and waits for its blame's underline. */
async function expectSecondBlameCoached(driver: Driver, what: string): Promise<void> {
  await driver.press('End');
  await driver.type(` ${SENTENCE}`);
  const more = await driver.waitForText((t) => t.endsWith(` ${SENTENCE}`), 'the second sentence');
  const second = more.lastIndexOf(PHRASE);
  await expectUnderline(driver, second, second + PHRASE.length, what);
}

/** A fixture page opened with the console log cleared. */
async function openPage(driver: Driver, page: string): Promise<void> {
  driver.clearLogs();
  await driver.open(page);
}

/** Alt+Shift+K with the caret at the start of the line, which is in the blame phrase. */
async function openCardAtLineStart(driver: Driver) {
  await driver.press('Home');
  await driver.press('Alt+Shift+K');
  return driver.waitForOverlay((s) => (s.cards.length === 1 && s.cards[0]!.buttons[0]?.rect ? s.cards[0] : null), 'the card', COACH_TIMEOUT);
}

/** Console errors that are not the page's own (some fixtures throw on purpose). */
const defuseErrors = (driver: Driver) => driver.consoleErrors.filter((e) => !e.includes('hostile page'));

describe.each(BROWSERS)('abuse in %s', (browserName) => {
  const suite = browserSuite(browserName);

  it('a 200,000-character draft: keys keep arriving and the page keeps running while it is analyzed in slices', async () => {
    const { driver } = suite;
    await openPage(driver, 'textarea.html');
    await driver.focus(REPLY);
    // Every sentence new to the analyzer's cache, with the blame phrase far into the draft.
    const far = await driver.run(() => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < 200_000; i++) {
        const sentence = i === 800 ? 'You should have restarted the router. ' : `Ticket ${100_000 + i} is on its way to you today. `;
        parts.push(sentence);
        length += sentence.length;
        if (i % 6 === 5) parts.push('\n');
      }
      const text = parts.join('');
      const reply = document.querySelector('textarea')!;
      reply.value = text;
      reply.dispatchEvent(new Event('input', { bubbles: true }));
      // The page's own work: a task chain that counts its turns until the far underline is drawn.
      const state = { turns: 0, drawnAfter: -1 };
      (window as unknown as { heartbeat: typeof state }).heartbeat = state;
      const start = text.indexOf('You should have restarted');
      const beat = () => {
        const drawn = document.querySelector('defuse-overlay')?.shadowRoot?.querySelector(`[data-defuse-underline][data-start="${start}"]`);
        if (drawn) state.drawnAfter = state.turns;
        else {
          state.turns++;
          setTimeout(beat, 0);
        }
      };
      setTimeout(beat, 0);
      return start;
    }, null);
    expect(far).toBeGreaterThan(20_000);
    // Typing while the analysis runs: every key-down must reach the page (Driver checks each one).
    await driver.type(' Thanks');
    await driver.waitForText((t) => t.endsWith(' Thanks'), 'the keys typed during the analysis');
    await expectUnderline(driver, far, far + PHRASE.length, 'far into the long draft');
    const turns = await driver.waitFor(() => (window as unknown as { heartbeat: { drawnAfter: number } }).heartbeat.drawnAfter, null, {
      message: 'the page heartbeat to see the underline',
      timeout: COACH_TIMEOUT,
    });
    // Analyzed in one go, the page would get a turn or two before the frame that draws it.
    expect(turns, 'tasks of the page that ran while the draft was analyzed').toBeGreaterThan(10);
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('a 1 MB paste of emoji, mixed scripts, right-to-left text and very long lines keeps offsets exact', async () => {
    const { driver } = suite;
    await openPage(driver, 'textarea.html');
    await driver.focus(REPLY);
    const start = await driver.run((_h, sentence) => {
      const head = '👩‍💻🎉🇩🇪 Grüße! שלום, مرحبا بك 日本語のテキスト 😀 ' + sentence + '\n';
      const rtl = 'זה טקסט ארוך בעברית עם מספרים 123 ו-English בתוכו. هذا نص عربي طويل. ';
      const chunks = [head];
      let size = head.length;
      for (let i = 0; size < 1_048_576; i++) {
        const piece =
          i % 3 === 0 ? `${'x'.repeat(30_000)}\n` : i % 3 === 1 ? `${rtl.repeat(200)}\n` : `${'🙂 emoji 👍🏽 ünïcödé 中文 '.repeat(500)}\n`;
        chunks.push(piece);
        size += piece.length;
      }
      const reply = document.querySelector('textarea')!;
      reply.value = chunks.join('');
      reply.dispatchEvent(new Event('input', { bubbles: true }));
      return head.indexOf('You should have restarted');
    }, SENTENCE);
    await expectUnderline(driver, start, start + PHRASE.length, 'after emoji and right-to-left text');
    await driver.press('Control+End');
    await driver.type('Ok');
    await driver.waitForText((t) => t.endsWith('Ok'), 'typing at the end of the pasted text');
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('a strict CSP with Trusted Types: underlines, the card and applying a fix work, and nothing is blocked', async () => {
    const { driver } = suite;
    await openPage(driver, 'abuse-csp.html');
    const typed = await typeAndCoach(driver);
    const card = await openCardAtLineStart(driver);
    const apply = card.buttons[0]!;
    expect(apply.text).toBe(SUGGESTION);
    await driver.clickAt(apply.rect!.x + apply.rect!.width / 2, apply.rect!.y + apply.rect!.height / 2);
    await driver.waitForText((t) => t === typed.replace(PHRASE, SUGGESTION), 'the suggestion applied');
    expect(await driver.run(() => (window as unknown as { violations: string[] }).violations, null), 'CSP violations').toEqual([]);
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('a page that rewrites the built-ins and throws in its own handlers does not stop coaching', async () => {
    const { driver } = suite;
    await openPage(driver, 'abuse-hostile.html');
    await typeAndCoach(driver);
    const pageErrors = await driver.run(() => window.whilePoisoned("Calm down, it's only a small delay."), null);
    expect(pageErrors.every((e) => e.includes('its own input handler')), `errors in the page: ${pageErrors.join('; ')}`).toBe(true);
    // Analyzed and drawn while every built-in the page could reach threw.
    await expectUnderline(driver, 0, 'Calm down'.length, 'on the text the page set while poisoned');
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('a page that claims the <defuse-overlay> name for its own element still gets coached', async () => {
    const { driver } = suite;
    await openPage(driver, 'abuse-hostile.html?squat');
    await typeAndCoach(driver);
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('fifty editors on one page are each coached, with one overlay', async () => {
    const { driver } = suite;
    await openPage(driver, 'abuse-many.html');
    // Using one editor starts the coach, which takes on every editor of the page.
    await driver.focus(['#reply-1']);
    await driver.waitFor(() => document.querySelectorAll('textarea[data-defuse="on"]').length === 51, null, {
      message: 'all 51 editors coached',
      timeout: COACH_TIMEOUT,
    });
    await typeAndCoach(driver, ['#reply-40']);
    const snapshot = await driver.overlay();
    expect(snapshot.overlaysPerDoc).toEqual([1]);
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('an editor removed and re-added a thousand times leaves nothing behind', async () => {
    const { driver } = suite;
    await openPage(driver, 'abuse-many.html');
    const census = () =>
      driver.run(() => {
        const root = document.querySelector('defuse-overlay')?.shadowRoot;
        return {
          coached: document.querySelectorAll('[data-defuse="on"]').length,
          overlays: document.querySelectorAll('defuse-overlay').length,
          overlayElements: root?.querySelectorAll('*').length ?? 0,
        };
      }, null);
    // Using an editor starts the coach; one that stays put, so that its badge is there before and after.
    await driver.focus(['#reply-1']);
    await driver.waitFor(() => document.querySelector('#churning')?.getAttribute('data-defuse') === 'on', null, { timeout: COACH_TIMEOUT });
    await driver.waitForOverlay((s) => s.badges.length === 1, 'the badge of the focused editor', COACH_TIMEOUT);
    const before = await census();
    const countersBefore = await driver.tabCounters();
    await driver.run(() => window.churn(1_000), null);
    await driver.waitFor(() => document.querySelector('#churning')?.getAttribute('data-defuse') === 'on', null, { timeout: COACH_TIMEOUT });
    // The new editor's mirror is drawn on its first layout, a frame or an observer callback later.
    await vi.waitFor(async () => expect(await census()).toEqual(before), { timeout: COACH_TIMEOUT, interval: 50 });
    const countersAfter = await driver.tabCounters();
    if (countersBefore && countersAfter) {
      // A leak of one listener or element per cycle would show as a thousand; a bound leaves room for caches.
      expect(countersAfter.listeners - countersBefore.listeners, 'event listeners gained').toBeLessThan(LEAK_BOUND.listeners);
      expect(countersAfter.nodes - countersBefore.nodes, 'DOM nodes gained').toBeLessThan(LEAK_BOUND.nodes);
      expect(countersAfter.heapBytes - countersBefore.heapBytes, 'JS heap bytes gained').toBeLessThan(LEAK_BOUND.heapBytes);
    }
    await typeAndCoach(driver, ['#churning']);
    expect(defuseErrors(driver)).toEqual([]);
  }, CHURN_TIMEOUT);

  it('the editor going away or the page navigating while a card is open leaves no card and no error', async () => {
    const { driver } = suite;
    await openPage(driver, 'textarea.html');
    await typeAndCoach(driver);
    await openCardAtLineStart(driver);
    // A single-page helpdesk swaps the ticket view out.
    await driver.run(() => document.querySelector('textarea')!.remove(), null);
    await driver.waitForOverlay((s) => s.cards.length === 0 && s.badges.length === 0, 'card and badge gone with the editor', COACH_TIMEOUT);

    await driver.open('textarea.html');
    await typeAndCoach(driver);
    await openCardAtLineStart(driver);
    await driver.open('prosemirror.html');
    await typeAndCoach(driver, ['#editor .ProseMirror']);
    expect(defuseErrors(driver)).toEqual([]);
  });

  it('messages, events and forged markup from the page cannot drive Defuse', async () => {
    const { driver } = suite;
    await openPage(driver, 'textarea.html');
    const typed = await typeAndCoach(driver);
    const start = typed.indexOf(PHRASE);
    await driver.run((_h, suggestion) => {
      const attempts: unknown[] = [
        { type: 'defuse:disable' },
        { type: 'settings', settings: { enabled: false, rules: { 'tone/blame': false } } },
        { action: 'disableRule', ruleId: 'tone/blame' },
        { action: 'apply', start: 0, end: 25, replacement: 'Hacked' },
        'defuse:off',
      ];
      for (const message of attempts) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
      }
      for (const name of ['defuse:disable', 'defuse-settings', 'defuse:apply', 'defuse']) {
        window.dispatchEvent(new CustomEvent(name, { detail: { enabled: false, replacement: 'Hacked' } }));
        document.dispatchEvent(new CustomEvent(name, { detail: { enabled: false }, bubbles: true }));
      }
      // Forged hooks in the page's own DOM, clicked: only Defuse's own shadow root holds real ones.
      const forged = document.createElement('div');
      forged.innerHTML = `<button data-defuse-apply>${suggestion}</button><div data-defuse-underline data-rule-id="tone/blame" data-start="0" data-end="5"></div><defuse-overlay></defuse-overlay>`;
      document.body.append(forged);
      forged.querySelector('button')!.click();
      document.documentElement.setAttribute('data-defuse-settings', '{"enabled":false}');
    }, SUGGESTION);
    // Two frames for anything that might have reacted.
    await driver.run(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))), null);
    expect(await driver.getText(), 'no edit was applied').toBe(typed);
    await expectUnderline(driver, start, start + PHRASE.length, 'still there');
    // The rule is still on: a second blame is coached too.
    await expectSecondBlameCoached(driver, 'on the second blame');
    expect(defuseErrors(driver)).toEqual([]);
  });

  it("a page replaying the framework's \"content script started\" signal cannot stop Defuse", async () => {
    const { driver } = suite;
    await openPage(driver, 'textarea.html');
    await typeAndCoach(driver);
    // WXT's content scripts stop an older copy when a newer one announces itself with this event, whose
    // name a page can build from the extension's id. Defuse's content script is not one of them
    // (entrypoints/bootstrap.ts); a page sending the event must change nothing all the same.
    await driver.run((_h, name) => {
      const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }, `${driver.extensionId}:content:wxt:content-script-started`);
    await driver.run(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))), null);
    await expectSecondBlameCoached(driver, 'on the blame typed after the forged signal');
    expect(defuseErrors(driver)).toEqual([]);
  });

  itContactedOnlyTheFixtureServer(suite);
});
