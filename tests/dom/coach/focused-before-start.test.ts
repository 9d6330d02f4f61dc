/**
 * The coach arrives after the agent's first click or key (lib/coach/bootstrap.ts): the editor that
 * already has focus then is coached at once, with what was typed before the coach was there.
 */
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Coach } from '../../../lib/coach/start';
import { until } from './frames';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { startCoaching } = await import('../../../lib/coach/start');

const TYPED = 'You should have restarted the router.';
let coach: Coach | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  // Defuse coaches only on helpdesk sites: this page is one of the defaults.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.zendesk.com/agent/tickets/1');
  // happy-dom has no layout: give editors a box so they qualify, and hit testing nothing.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, 10, 400, 120));
  document.elementsFromPoint ??= () => [];
});

afterEach(() => {
  coach?.stop();
  coach = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Rule ids underlined by the overlay of `root`'s document. */
const underlined = (doc: Document) =>
  [...(doc.querySelector('defuse-overlay')?.shadowRoot?.querySelectorAll('[data-defuse-underline]') ?? [])].map((h) => h.getAttribute('data-rule-id'));

describe('an editor in use before the coach arrives', () => {
  it('a focused textarea is analyzed when the coach starts, with no further key', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const reply = document.querySelector<HTMLTextAreaElement>('#reply')!;
    reply.focus();
    reply.value = TYPED;
    coach = await startCoaching(document);
    await until(() => underlined(document).includes('tone/blame'), 'the blame underline');
  });

  it('a focused textarea in a shadow root is analyzed when the coach starts', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="reply"></textarea>';
    const reply = root.querySelector<HTMLTextAreaElement>('#reply')!;
    reply.focus();
    reply.value = TYPED;
    coach = await startCoaching(document);
    await until(() => underlined(document).includes('tone/blame'), 'the blame underline');
  });
});
