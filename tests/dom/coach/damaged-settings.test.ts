/**
 * Settings damaged in storage (by a bug, a sync conflict, or another extension writing over them)
 * never stop coaching: the content script starts with the defaults for whatever is unusable, and a
 * damaged change arriving while it runs leaves coaching going.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from './frames';
import { onHelpdeskPage } from './helpdesk-page';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { startCoaching } = await import('../../../lib/coach/start');

const DAMAGED: Array<[string, unknown]> = [
  ['a string', 'not settings at all'],
  ['a number', 42],
  ['an array', [1, 2, 3]],
  ['wrong types in every field', { version: 2, rules: 'all', strictness: 7, requiredSteps: { a: 1 }, custom: { avoid: [{ avoid: 12 }, null] } }],
  ['a version from the future', { version: 999, rules: { 'tone/blame': 'maybe' } }],
  ['prototype keys', JSON.parse('{"__proto__": {"rules": {"tone/blame": false}}, "constructor": {"prototype": {"x": 1}}}')],
];

const keep = onHelpdeskPage();

async function coachedTextarea() {
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  const textarea = document.querySelector<HTMLTextAreaElement>('#reply')!;
  keep(await startCoaching(document));
  await until(() => textarea.getAttribute('data-defuse') === 'on', 'the editor to be coached');
  const underlined = () =>
    [...(document.querySelector('defuse-overlay')?.shadowRoot?.querySelectorAll('[data-defuse-underline]') ?? [])].map((h) =>
      h.getAttribute('data-rule-id'),
    );
  const type = (text: string) => {
    textarea.focus();
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { type, underlined };
}

describe('damaged settings in storage', () => {
  it.each(DAMAGED)('stored as %s: coaching starts with the defaults', async (_name, stored) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { type, underlined } = await coachedTextarea();
    type('You should have restarted the router.');
    await until(() => underlined().includes('tone/blame'), 'the blame underline');
    expect(Object.prototype).not.toHaveProperty('rules');
    warn.mockRestore();
  });

  it('written while coaching runs: the next edit is coached as before', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { type, underlined } = await coachedTextarea();
    type('You should have restarted the router.');
    await until(() => underlined().includes('tone/blame'), 'the blame underline');
    for (const [, stored] of DAMAGED) await fakeBrowser.storage.sync.set({ settings: stored });
    type('Calm down. You should have restarted the router.');
    await until(() => underlined().includes('tone/dismissive') && underlined().includes('tone/blame'), 'both underlines');
    warn.mockRestore();
  });
});
