/** The page the coach's DOM tests start it on, and stopping what a test started. */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Coach } from '../../../lib/coach/start';

/**
 * Call at the top of a test file: each test gets fresh storage and a default helpdesk page whose
 * editors have a box. Returns `keep`, which notes a started coach so that it is stopped after the test.
 */
export function onHelpdeskPage(): (coach: Coach) => Coach {
  let running: Coach | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    // Defuse coaches only on helpdesk sites: this page is one of the defaults.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.zendesk.com/agent/tickets/1');
    // happy-dom has no layout: give editors a box so they qualify, and hit testing nothing.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, 10, 400, 120));
    document.elementsFromPoint ??= () => [];
  });
  afterEach(() => {
    running?.stop();
    running = null;
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });
  return (coach) => (running = coach);
}
