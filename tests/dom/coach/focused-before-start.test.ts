/**
 * The coach arrives after the agent's first click or key (lib/coach/bootstrap.ts): the editor that
 * already has focus then is coached at once, with what was typed before the coach was there.
 */
import { describe, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from './frames';
import { onHelpdeskPage } from './helpdesk-page';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { startCoaching } = await import('../../../lib/coach/start');

const TYPED = 'You should have restarted the router.';
const keep = onHelpdeskPage();

/** Rule ids underlined by the overlay of `doc`. */
const underlined = (doc: Document) =>
  [...(doc.querySelector('defuse-overlay')?.shadowRoot?.querySelectorAll('[data-defuse-underline]') ?? [])].map((h) => h.getAttribute('data-rule-id'));

describe('an editor in use before the coach arrives', () => {
  it('a focused textarea is analyzed when the coach starts, with no further key', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const reply = document.querySelector<HTMLTextAreaElement>('#reply')!;
    reply.focus();
    reply.value = TYPED;
    keep(await startCoaching(document));
    await until(() => underlined(document).includes('tone/blame'), 'the blame underline');
  });

  it('a focused textarea in a shadow root is analyzed when the coach starts', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="reply"></textarea>';
    const reply = root.querySelector<HTMLTextAreaElement>('#reply')!;
    reply.focus();
    reply.value = TYPED;
    keep(await startCoaching(document));
    await until(() => underlined(document).includes('tone/blame'), 'the blame underline');
  });
});
