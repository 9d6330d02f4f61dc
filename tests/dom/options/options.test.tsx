import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from '../until';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { OptionsApp } = await import('../../../lib/options/options-app');
const { RULES } = await import('../../../lib/analyzer/rules');

let container: HTMLElement;
let permissions: { request: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> };

beforeEach(() => {
  fakeBrowser.reset();
  permissions = { request: vi.fn(() => Promise.resolve(true)), remove: vi.fn(() => Promise.resolve(true)) };
  Object.assign(fakeBrowser.permissions, permissions);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any -- stored JSON, inspected field by field

async function open(): Promise<void> {
  act(() => render(<OptionsApp />, container));
  await until(() => $('[data-section="rules"]'), 'the options page');
}

function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit(form: HTMLFormElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('rules', () => {
  it('lists every rule with its description, a before and after example, and a switch that saves', async () => {
    await open();
    for (const rule of RULES) {
      const item = $(`[data-rule="${rule.id}"]`)!;
      expect(item.textContent).toContain(rule.title);
      expect(item.querySelector('.before')!.textContent).toBe(rule.example.before);
      expect(item.querySelector('.after')!.textContent).toBe(rule.example.after);
    }
    act(() => $<HTMLInputElement>('[data-rule-switch="tone/blame"]')!.click());
    await expect.poll(async () => (await stored())?.rules).toEqual({ 'tone/blame': false });
  });
});

describe('team policy and damaged data', () => {
  it('shows locked settings as locked and disabled, and names them in a notice', async () => {
    await fakeBrowser.storage.managed.set({ settings: { rules: { 'tone/blame': false } }, locked: ['rules'] });
    await open();
    expect($<HTMLInputElement>('[data-rule-switch="tone/blame"]')!.checked).toBe(false);
    expect($<HTMLInputElement>('[data-rule-switch="tone/blame"]')!.disabled).toBe(true);
    expect($('[data-section="rules"] [data-locked]')).not.toBeNull();
    expect($('[data-policy-notice]')!.textContent).toContain('rules');
  });

  it('keeps the valid fields of damaged stored settings and names the damaged ones in a notice', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, strictness: 'loud', rules: { 'tone/blame': false }, sites: 'everywhere' } });
    await open();
    const notice = $('[data-settings-problems]')!;
    expect([...notice.querySelectorAll('[data-field]')].map((li) => li.getAttribute('data-field'))).toEqual(['strictness', 'sites']);
    expect($<HTMLInputElement>('[data-rule-switch="tone/blame"]')!.checked).toBe(false);
    expect($<HTMLSelectElement>('[data-section="general"] [data-strictness]')!.value).toBe('standard');
  });
});

describe('custom phrases', () => {
  const avoidForm = () => $<HTMLFormElement>('form[data-form="avoid"]')!;
  const field = (form: HTMLFormElement, name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  it('adds a phrase to avoid with its replacement and note, and removes it again', async () => {
    await open();
    typeInto(field(avoidForm(), 'avoid'), '  calm down ');
    typeInto(field(avoidForm(), 'replacement'), 'I hear you');
    typeInto(field(avoidForm(), 'note'), 'Sounds dismissive');
    submit(avoidForm());
    await expect.poll(async () => (await stored())?.custom?.avoid).toEqual([{ avoid: 'calm down', replacement: 'I hear you', note: 'Sounds dismissive' }]);
    await until(() => $('[data-list="avoid"] [data-phrase="calm down"]'), 'the listed phrase');
    expect(field(avoidForm(), 'avoid').value).toBe('');
    act(() => $<HTMLButtonElement>('[data-list="avoid"] [data-phrase="calm down"] button')!.click());
    await expect.poll(async () => (await stored())?.custom?.avoid).toEqual([]);
  });

  it.each([
    ['empty', '   ', /Type a phrase first/],
    ['overlong', 'x'.repeat(81), /81 characters; the limit is 80/],
  ])('refuses an %s phrase with a message beside the field and saves nothing', async (_kind, text, message) => {
    await open();
    typeInto(field(avoidForm(), 'avoid'), text);
    submit(avoidForm());
    const problem = await until(() => avoidForm().querySelector('[data-field-problem="avoid"]'), 'the problem');
    expect(problem.textContent).toMatch(message);
    expect(field(avoidForm(), 'avoid').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toBeUndefined();
  });

  it('refuses a duplicate, whatever its case, and an overlong note', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, custom: { avoid: [{ avoid: 'calm down' }], empathy: [], apology: [] } } });
    await open();
    typeInto(field(avoidForm(), 'avoid'), 'Calm Down');
    submit(avoidForm());
    expect((await until(() => avoidForm().querySelector('[data-field-problem]'), 'the problem')).textContent).toBe('“Calm Down” is already in the list.');
    typeInto(field(avoidForm(), 'avoid'), 'relax');
    typeInto(field(avoidForm(), 'note'), 'n'.repeat(201));
    submit(avoidForm());
    expect((await until(() => avoidForm().querySelector('[data-field-problem="note"]'), 'the note problem')).textContent).toMatch(/201 characters; the limit is 200/);
    expect((await stored())?.custom.avoid).toEqual([{ avoid: 'calm down' }]);
  });

  it('adds extra empathy phrases, with the same checks', async () => {
    await open();
    const form = $<HTMLFormElement>('form[data-form="empathy"]')!;
    typeInto(field(form, 'phrase'), 'what a week you have had');
    submit(form);
    await expect.poll(async () => (await stored())?.custom?.empathy).toEqual(['what a week you have had']);
    typeInto(field(form, 'phrase'), 'What a week you have had');
    submit(form);
    expect((await until(() => form.querySelector('[data-field-problem]'), 'the duplicate problem')).textContent).toMatch(/already in the list/);
  });

  it('refuses an empty or overlong apology phrase', async () => {
    await open();
    const form = $<HTMLFormElement>('form[data-form="apology"]')!;
    typeInto(field(form, 'phrase'), '');
    submit(form);
    expect((await until(() => form.querySelector('[data-field-problem]'), 'the empty problem')).textContent).toMatch(/Type a phrase first/);
    typeInto(field(form, 'phrase'), 'sorry '.repeat(20));
    submit(form);
    await until(() => /the limit is 80/.test(form.querySelector('[data-field-problem]')?.textContent ?? ''), 'the length problem');
    expect(await stored()).toBeUndefined();
  });

  it("lists a team policy's required phrases as locked, without a remove button", async () => {
    await fakeBrowser.storage.managed.set({ requiredAvoid: [{ avoid: 'per my last email' }] });
    await open();
    const item = $('[data-list="avoid"] [data-phrase="per my last email"]')!;
    expect(item.querySelector('[data-locked]')).not.toBeNull();
    expect(item.querySelector('button')).toBeNull();
  });
});

describe('sites', () => {
  const form = () => $<HTMLFormElement>('.site-form')!;
  const input = () => $<HTMLInputElement>('[data-site-input]')!;

  it('lists the default helpdesks switched on', async () => {
    await open();
    expect($<HTMLInputElement>('[data-site-switch="zendesk.com"]')!.checked).toBe(true);
    expect($('[data-remove-site="zendesk.com"]')).toBeNull();
  });

  it('adds a site from a pasted address after the browser grants access, and removing it gives access back', async () => {
    await open();
    typeInto(input(), 'https://support.acme.example/agent/tickets/12');
    submit(form());
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.support.acme.example/*'] });
    await expect.poll(async () => (await stored())?.sites?.['support.acme.example']).toBe(true);
    await until(() => $('[data-remove-site="support.acme.example"]'), 'the remove button');
    act(() => $<HTMLButtonElement>('[data-remove-site="support.acme.example"]')!.click());
    await expect.poll(async () => (await stored())?.sites?.['support.acme.example']).toBeUndefined();
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://*.support.acme.example/*'] });
  });

  it('changes nothing when the agent declines access, and says so', async () => {
    permissions.request.mockResolvedValue(false);
    await open();
    typeInto(input(), 'help.acme.example');
    submit(form());
    const status = await until(() => $('[data-section="sites"] [data-section-status="error"]'), 'the refusal');
    expect(status.textContent).toContain('help.acme.example');
    expect(await stored()).toBeUndefined();
  });

  it.each([
    ['', /Type the address/],
    ['not a host', /is not a host name/],
    ['localhost', /is not a host name/],
  ])('refuses %j without asking for access', async (text, message) => {
    await open();
    typeInto(input(), text);
    submit(form());
    expect((await until(() => form().querySelector('[data-field-problem="site"]'), 'the problem')).textContent).toMatch(message);
    expect(permissions.request).not.toHaveBeenCalled();
  });
});

describe('import', () => {
  async function importText(text: string, name = 'defuse-settings.json'): Promise<void> {
    const picker = $<HTMLInputElement>('[data-import]')!;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    act(() => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('refuses a file that is not JSON and changes nothing', async () => {
    await open();
    await importText('{ "rules": ');
    const status = await until(() => $('[data-section="transfer"] [data-section-status="error"]'), 'the refusal');
    expect(status.textContent).toContain('defuse-settings.json');
    expect($('[data-import-problems]')!.textContent).toMatch(/not JSON/);
    expect(await stored()).toBeUndefined();
  });

  it('refuses a file too large to be settings without reading it', async () => {
    await open();
    await importText('x'.repeat(600 * 1024), 'video.mp4');
    const status = await until(() => $('[data-section="transfer"] [data-section-status="error"]'), 'the refusal');
    expect(status.textContent).toBe('Nothing was imported: video.mp4 is too large to be a Defuse settings file.');
    expect(await stored()).toBeUndefined();
  });

  it('refuses a file with a bad field, naming the field, and changes nothing', async () => {
    await open();
    await importText(JSON.stringify({ version: 2, strictness: 'strict', requiredSteps: ['apology', 'grovel'] }));
    const problems = await until(() => $('[data-import-problems]'), 'the problems');
    expect([...problems.querySelectorAll('[data-field]')].map((li) => li.getAttribute('data-field'))).toEqual(['requiredSteps[1]']);
    expect(await stored()).toBeUndefined();
  });

  it('imports a good file, keeping what a team policy locks', async () => {
    await fakeBrowser.storage.managed.set({ settings: { strictness: 'gentle' }, locked: ['strictness'] });
    await open();
    await importText(JSON.stringify({ version: 2, strictness: 'strict', rules: { 'tone/shouting': false } }));
    const status = await until(() => $('[data-section="transfer"] [data-section-status="done"]'), 'the confirmation');
    expect(status.textContent).toContain('strictness');
    expect((await stored())?.rules).toEqual({ 'tone/shouting': false });
    expect($<HTMLInputElement>('[data-rule-switch="tone/shouting"]')!.checked).toBe(false);
    expect($<HTMLSelectElement>('[data-section="general"] [data-strictness]')!.value).toBe('gentle');
  });
});

describe('statistics', () => {
  it('shows 30 days of counts per rule and resets them after confirmation', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await fakeBrowser.storage.local.set({ stats: { version: 1, days: { [day]: { 'tone/blame': { caught: 3, fixed: 2 } } } } });
    await open();
    const total = await until(() => $('[data-caught="3"]'), 'the totals');
    expect(total.getAttribute('data-fixed')).toBe('2');
    expect($('[data-stats-rule="tone/blame"]')!.textContent).toBe('Blaming the customer32');
    expect(container.querySelectorAll('.stats-chart [data-day]')).toHaveLength(30);

    vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    act(() => $<HTMLButtonElement>('[data-reset-stats]')!.click());
    expect((await fakeBrowser.storage.local.get('stats')).stats).toBeDefined();
    vi.spyOn(window, 'confirm').mockReturnValueOnce(true);
    act(() => $<HTMLButtonElement>('[data-reset-stats]')!.click());
    await until(() => $('[data-caught="0"]'), 'the zeroed totals');
    expect((await fakeBrowser.storage.local.get('stats')).stats).toBeUndefined();
  });
});
