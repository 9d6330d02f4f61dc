import { afterEach, describe, expect, it } from 'vitest';
import type { Strictness } from '../../../lib/analyzer/types';
import { DocumentCoach } from '../../../lib/coach/document-coach';
import type { UnderlineStyle } from '../../../lib/settings/schema';
import { nextFrame, until } from './frames';

function setup(options: { rules?: Record<string, boolean>; strictness?: Strictness; underlineStyle?: UnderlineStyle } = {}) {
  document.body.innerHTML = '<textarea id="reply" style="width:400px;height:120px"></textarea>';
  const textarea = document.querySelector<HTMLTextAreaElement>('#reply')!;
  // happy-dom has no layout; the badge only shows for an editor with a box on screen.
  textarea.getBoundingClientRect = () => new DOMRect(10, 10, 400, 120);
  // Nor hit testing: no page button sits where the badge goes.
  document.elementsFromPoint ??= () => [];
  const disabled: string[] = [];
  const rules = { ...options.rules };
  const coach = new DocumentCoach(document, {
    options: () => ({ rules, strictness: options.strictness ?? 'standard' }),
    disableRule: (id) => {
      disabled.push(id);
      rules[id] = false;
      coach.refreshAll();
    },
    appearance: () => ({ underlineStyle: options.underlineStyle ?? 'by-severity', showShortcutHints: true }),
    sessionChanged: () => undefined,
    sessionRemoved: () => undefined,
    fixed: () => undefined,
  });
  const controller = new AbortController();
  coach.attach({ element: textarea, kind: 'textarea', signal: controller.signal });
  const overlay = () => document.querySelector('defuse-overlay')!.shadowRoot!;
  const type = (text: string) => {
    textarea.focus();
    textarea.value = text;
    textarea.setSelectionRange(text.length, text.length);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { coach, textarea, overlay, type, disabled };
}

let current: DocumentCoach | null = null;
afterEach(() => {
  current?.dispose();
  current = null;
  document.body.innerHTML = '';
});

describe('coaching a textarea', () => {
  it('marks the editor and shows one underline hook per problem with its rule and offsets', async () => {
    const { coach, textarea, overlay, type } = setup();
    current = coach;
    expect(textarea.getAttribute('data-defuse')).toBe('on');
    type('Hello. You should have restarted the router.');
    await until(() => overlay().querySelectorAll('[data-defuse-underline]').length > 0, 'an underline');
    const hook = overlay().querySelector('[data-defuse-underline]')!;
    expect(hook.getAttribute('data-rule-id')).toBe('tone/blame');
    expect(textarea.value.slice(Number(hook.getAttribute('data-start')), Number(hook.getAttribute('data-end')))).toBe(
      'You should have restarted',
    );
  });

  it('keeps the badge counts in step with the draft', async () => {
    const { coach, overlay, type } = setup();
    current = coach;
    type('Thanks for writing in.');
    await until(() => overlay().querySelector('[data-defuse-badge]') !== null, 'the badge');
    const badge = () => overlay().querySelector('[data-defuse-badge]')!;
    expect(badge().getAttribute('data-issues')).toBe('0');
    expect(badge().getAttribute('data-steps-required')).toBe('6');
    type("I'm so sorry. Calm down, you should have restarted it.");
    await until(() => Number(badge().getAttribute('data-issues')) >= 2, 'two issues');
    expect(Number(badge().getAttribute('data-steps-done'))).toBeGreaterThanOrEqual(1);
  });

  it('opens the card from the keyboard at the caret with the suggestions as buttons, and Escape returns the caret', async () => {
    const { coach, textarea, overlay, type } = setup();
    current = coach;
    type('You should have restarted the router.');
    await until(() => overlay().querySelector('[data-defuse-underline]') !== null, 'an underline');
    textarea.setSelectionRange(4, 4);
    textarea.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', key: 'K', altKey: true, shiftKey: true, bubbles: true }));
    await until(() => overlay().querySelector('[data-defuse-card]') !== null, 'the card');
    const buttons = [...overlay().querySelectorAll('button[data-defuse-apply]')].map((b) => b.textContent);
    expect(buttons).toEqual(['It helps to restart']);
    overlay().querySelector('[data-defuse-card]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => overlay().querySelector('[data-defuse-card]') === null, 'the card to close');
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionStart).toBe(4);
    expect(textarea.value).toBe('You should have restarted the router.');
  });

  it('"Ignore once" hides that problem only, and "Turn off this rule" hides the rule everywhere', async () => {
    const { coach, textarea, overlay, type, disabled } = setup();
    current = coach;
    type('You should have restarted it. Calm down.');
    await until(() => overlay().querySelectorAll('[data-defuse-underline]').length >= 2, 'two underlines');
    const ids = () => [...overlay().querySelectorAll('[data-defuse-underline]')].map((h) => h.getAttribute('data-rule-id'));
    const openCardFor = async (ruleId: string) => {
      const hook = overlay().querySelector(`[data-defuse-underline][data-rule-id="${ruleId}"]`)!;
      textarea.setSelectionRange(Number(hook.getAttribute('data-start')), Number(hook.getAttribute('data-start')));
      textarea.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', altKey: true, shiftKey: true, bubbles: true }));
      await until(() => overlay().querySelector('[data-defuse-card]') !== null, 'the card');
    };
    const action = (name: string) =>
      [...overlay().querySelectorAll<HTMLButtonElement>('[data-defuse-card] button')].find((b) => b.textContent?.includes(name))!;

    await openCardFor('tone/blame');
    action('Ignore once').click();
    await until(() => !ids().includes('tone/blame'), 'blame to be ignored');
    expect(ids()).toContain('tone/dismissive');

    await openCardFor('tone/dismissive');
    action('Turn off').click();
    await until(() => !ids().includes('tone/dismissive'), 'the rule to be off');
    expect(disabled).toEqual(['tone/dismissive']);
  });

  it('releases everything when the editor is detached', async () => {
    const { coach, textarea, overlay, type } = setup();
    current = coach;
    type('You should have restarted it.');
    await until(() => overlay().querySelector('[data-defuse-underline]') !== null, 'an underline');
    coach.detach(textarea);
    await nextFrame();
    expect(textarea.hasAttribute('data-defuse')).toBe(false);
    expect(overlay().querySelector('.defuse-mirror')).toBeNull();
    expect(overlay().querySelector('[data-defuse-badge]')).toBeNull();
  });
});
