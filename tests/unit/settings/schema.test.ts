import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/analyzer';
import { STEP_IDS } from '../../../lib/analyzer/types';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, validateSettings } from '../../../lib/settings/schema';
import { isSiteEnabled } from '../../../lib/settings/sites';

const RULE = RULES[0]!.id;
const problemsOf = (raw: unknown) => validateSettings(raw).problems;
const fields = (raw: unknown) => problemsOf(raw).map((p) => p.field);

describe('default settings', () => {
  it('cover every field, with every step required and helpdesks on, sorted', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      rules: {},
      requiredSteps: [...STEP_IDS],
      strictness: 'standard',
      custom: { avoid: [], empathy: [], apology: [] },
      underlineStyle: 'by-severity',
      showShortcutHints: true,
    });
    const hosts = Object.keys(DEFAULT_SETTINGS.sites);
    expect(hosts).toEqual([...hosts].sort());
    expect(hosts).toEqual(expect.arrayContaining(['zendesk.com', 'freshdesk.com', 'helpscout.net', 'intercom.com', 'gorgias.com', 'frontapp.com', 'mail.google.com', 'desk.zoho.com', 'app.hubspot.com']));
    expect(Object.values(DEFAULT_SETTINGS.sites).every((on) => on === true)).toBe(true);
  });

  it('come back for nothing stored, with no problems, as a copy', () => {
    const { settings, problems } = validateSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    settings.custom.avoid.push({ avoid: 'x' });
    expect(DEFAULT_SETTINGS.custom.avoid).toEqual([]);
  });

  it('match sites by the longest listed suffix, unlisted hosts off', () => {
    const sites = { 'zendesk.com': true, 'old.zendesk.com': false };
    expect(isSiteEnabled(sites, 'acme.zendesk.com')).toBe(true);
    expect(isSiteEnabled(sites, 'a.old.zendesk.com')).toBe(false);
    expect(isSiteEnabled(sites, 'example.com')).toBe(false);
  });
});

describe('validateSettings', () => {
  it('keeps a fully valid object as it is', () => {
    const valid = {
      version: 2,
      rules: { [RULE]: false },
      requiredSteps: ['apology', 'acknowledge'],
      strictness: 'strict',
      custom: { avoid: [{ avoid: 'calm down', replacement: 'I hear you', note: 'Dismissive', severity: 'error' }], empathy: ['that sounds hard'], apology: ['so sorry'] },
      underlineStyle: 'subtle',
      sites: { 'acme.zendesk.com': true },
      showShortcutHints: false,
    };
    const { settings, problems } = validateSettings(valid);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...valid, requiredSteps: ['acknowledge', 'apology'] });
  });

  it('falls back field by field, keeping the valid fields', () => {
    const { settings, problems } = validateSettings({ strictness: 'loud', underlineStyle: 'subtle', showShortcutHints: 'yes' });
    expect(settings.strictness).toBe('standard');
    expect(settings.underlineStyle).toBe('subtle');
    expect(settings.showShortcutHints).toBe(true);
    expect(problems).toEqual([
      { field: 'strictness', message: 'strictness must be one of gentle, standard, strict, not string "loud".' },
      { field: 'showShortcutHints', message: 'showShortcutHints must be true or false, not string "yes".' },
    ]);
  });

  it.each([
    ['a string', 'hello', ''],
    ['a list', [], ''],
  ])('uses defaults for %s', (_name, raw, field) => {
    const { settings, problems } = validateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toMatch(/not an object; defaults are used/);
  });

  it('reports a wrong version and unknown fields', () => {
    expect(problemsOf({ version: 7, colour: 'red' })).toEqual([
      { field: 'version', message: 'version must be 2, not number 7.' },
      { field: 'colour', message: 'colour is not a known setting and is ignored.' },
    ]);
  });

  it('drops malformed rule ids and non-boolean rule values, and keeps a well-formed id it does not know (a newer version\'s rule)', () => {
    const { settings, problems } = validateSettings({ rules: { [RULE]: false, 'tone/from-a-newer-version': false, blame: false, [RULES[1]!.id]: 'off' } });
    expect(settings.rules).toEqual({ [RULE]: false, 'tone/from-a-newer-version': false });
    expect(problems).toEqual([
      { field: 'rules["blame"]', message: 'rules["blame"] is not a rule id (like "tone/blame") and is ignored.' },
      { field: `rules["${RULES[1]!.id}"]`, message: `rules["${RULES[1]!.id}"] must be true or false.` },
    ]);
    expect(fields({ rules: [] })).toEqual(['rules']);
  });

  it('keeps known steps in canonical order and reports the others', () => {
    const { settings, problems } = validateSettings({ requiredSteps: ['solution', 'dance', 'empathy'] });
    expect(settings.requiredSteps).toEqual(['empathy', 'solution']);
    expect(problems).toEqual([{ field: 'requiredSteps[1]', message: expect.stringMatching(/^requiredSteps\[1\] is not a step id/) }]);
    expect(fields({ requiredSteps: 'all' })).toEqual(['requiredSteps']);
  });

  it('checks underline style and sites', () => {
    expect(problemsOf({ underlineStyle: 'wavy' })[0]!.message).toBe('underlineStyle must be one of by-severity, subtle, not string "wavy".');
    const { settings, problems } = validateSettings({ sites: { 'Acme.Zendesk.com': true, 'not a host': true, 'b.com': 1 } });
    expect(settings.sites).toEqual({ 'acme.zendesk.com': true });
    expect(problems.map((p) => p.message)).toEqual([
      'sites["b.com"] must be true or false.',
      'sites["not a host"] is not a host name (like "acme.zendesk.com").',
    ]);
    expect(fields({ sites: ['zendesk.com'] })).toEqual(['sites']);
  });
});

describe('custom phrases', () => {
  const custom = (c: unknown) => validateSettings({ custom: c });

  it('trims phrases and keeps the valid ones beside broken ones', () => {
    const { settings, problems } = custom({
      avoid: [{ avoid: '  calm down ' }, { avoid: '' }, { avoid: 'per my last email', replacement: '   ' }],
      empathy: ['  that must be hard'],
    });
    expect(settings.custom).toEqual({ avoid: [{ avoid: 'calm down' }, { avoid: 'per my last email' }], empathy: ['that must be hard'], apology: [] });
    expect(problems).toEqual([
      { field: 'custom.avoid[1].avoid', message: 'custom.avoid[1].avoid must not be empty.' },
      { field: 'custom.avoid[2].replacement', message: 'custom.avoid[2].replacement must not be empty.' },
    ]);
  });

  it('names the path of every failure', () => {
    const long = 'x'.repeat(81);
    const { problems } = custom({
      avoid: [{ avoid: 'a', note: 5 }, 'b', { avoid: long }, { avoid: 'A' }, { avoid: 'c', severity: 'fatal', extra: 1 }, {}],
      empathy: [3, 'sorry', 'SORRY'],
      apology: 'sorry',
      other: [],
    });
    expect(problems).toEqual([
      { field: 'custom.avoid[0].note', message: 'custom.avoid[0].note must be text, not number 5.' },
      { field: 'custom.avoid[1]', message: 'custom.avoid[1] must be an object with "avoid" text, not string "b".' },
      { field: 'custom.avoid[2].avoid', message: 'custom.avoid[2].avoid is 81 characters; the limit is 80.' },
      { field: 'custom.avoid[4].severity', message: 'custom.avoid[4].severity must be one of error, warning, info.' },
      { field: 'custom.avoid[4].extra', message: 'custom.avoid[4].extra is not a known field and is ignored.' },
      { field: 'custom.avoid[5].avoid', message: 'custom.avoid[5].avoid must be text, not missing.' },
      { field: 'custom.avoid[3].avoid', message: 'custom.avoid[3].avoid repeats custom.avoid[0].avoid (“A”); the repeat is ignored.' },
      { field: 'custom.empathy[0]', message: 'custom.empathy[0] must be text, not number 3.' },
      { field: 'custom.empathy[2]', message: 'custom.empathy[2] repeats custom.empathy[1] (“SORRY”); the repeat is ignored.' },
      { field: 'custom.apology', message: 'custom.apology must be a list of phrases, not string "sorry".' },
      { field: 'custom.other', message: 'custom.other is not a known list and is ignored.' },
    ]);
  });

  it('falls back to empty lists when custom is not an object', () => {
    const { settings, problems } = custom('nope');
    expect(settings.custom).toEqual({ avoid: [], empathy: [], apology: [] });
    expect(problems[0]!.field).toBe('custom');
    expect(custom({ avoid: {} }).problems[0]!.message).toBe('custom.avoid must be a list of phrases to avoid, not an object.');
  });
});

describe('sites typed by an agent', async () => {
  const { parseSite, sitePattern, siteOfPattern } = await import('../../../lib/settings/sites');

  it.each([
    ['acme.zendesk.com', 'acme.zendesk.com'],
    ['  Support.Acme.Example  ', 'support.acme.example'],
    ['https://support.acme.example/agent/tickets/12?x=1', 'support.acme.example'],
    ['*.acme.example', 'acme.example'],
    ['acme.example/inbox', 'acme.example'],
  ])('reads %j as %j', (input, host) => {
    expect(parseSite(input)).toEqual({ host });
  });

  it.each(['', 'localhost', 'not a host', 'http://', 'acme..example', 'ftp://acme.example'.replace('ftp', 'ht tp')])('refuses %j with a message', (input) => {
    expect(parseSite(input)).toHaveProperty('error');
  });

  it('turns a site into the match pattern for it and its subdomains, and back', () => {
    expect(sitePattern('acme.example')).toBe('*://*.acme.example/*');
    expect(siteOfPattern('*://*.acme.example/*')).toBe('acme.example');
    expect(siteOfPattern('*://*/*')).toBeNull();
    expect(siteOfPattern('https://acme.example/*')).toBeNull();
  });
});
