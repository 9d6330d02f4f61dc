import { describe, expect, it } from 'vitest';
import { RULES, STEP_IDS } from '../../../lib/analyzer';
import { closest } from '../../../lib/cli/did-you-mean';
import { validateConfig } from '../../../lib/cli/validate-config';

const errors = (value: unknown) => {
  const result = validateConfig(value);
  return result.ok ? [] : result.errors;
};

describe('validateConfig', () => {
  it('accepts every field at its most complete and passes it through', () => {
    const config = {
      rules: { [RULES[0]!.id]: false, [RULES[1]!.id]: true },
      requiredSteps: [...STEP_IDS],
      strictness: 'strict',
      custom: {
        avoid: [{ avoid: 'policy', replacement: 'our guidelines', note: 'Sounds cold.', severity: 'info' }, { avoid: 'asap' }],
        empathy: ['that sounds rough'],
        apology: ['my apologies'],
      },
    };
    expect(validateConfig(config)).toEqual({ ok: true, options: config });
    expect(validateConfig({})).toEqual({ ok: true, options: {} });
    expect(validateConfig({ requiredSteps: [], custom: {} })).toEqual({ ok: true, options: { requiredSteps: [], custom: {} } });
  });

  it('rejects a config that is not an object', () => {
    expect(errors([])).toEqual(['must be a JSON object, got an array']);
    expect(errors(null)).toEqual(['must be a JSON object, got null']);
    expect(errors('x')).toEqual(['must be a JSON object, got a string']);
  });

  it('names the field path of each problem, with a hint where one is close', () => {
    expect(
      errors({
        extra: 1,
        strictnes: 'strict',
        rules: { 'tone/blam': false, blame: true, 'tone/arguing': 'no', 'x/unrelated-thing': true },
        requiredSteps: ['apology', 'empaty', 'apology', 3],
        strictness: 'loud',
        custom: {
          avoid: [{ avoid: 'policy', replace: 'x' }, { avoid: '', severity: 'fatal' }, { avoid: '!!!' }, 'x', { avoid: 'a', note: 5 }, { avoid: 'b', replacement: '' }],
          empathy: 'oops',
          apology: ['ok', '  '],
          apologie: [],
        },
      }),
    ).toEqual([
      'extra is not a known field; expected one of "rules", "requiredSteps", "strictness", "custom"',
      'strictnes is not a known field; did you mean "strictness"?',
      'rules["tone/blam"] is not a known rule; did you mean "tone/blame"?',
      'rules.blame is not a known rule; did you mean "tone/blame"?',
      'rules["tone/arguing"] must be true or false, got a string',
      `rules["x/unrelated-thing"] is not a known rule; expected one of ${RULES.map((r) => `"${r.id}"`).join(', ')}`,
      'requiredSteps[1] must be one of "acknowledge", "empathy", "apology", "ownership", "solution", "follow-up", got "empaty"; did you mean "empathy"?',
      'requiredSteps[2] repeats "apology"',
      'requiredSteps[3] must be one of "acknowledge", "empathy", "apology", "ownership", "solution", "follow-up", got a number',
      'strictness must be one of "gentle", "standard", "strict", got "loud"',
      'custom.apologie is not a known field; did you mean "apology"?',
      'custom.avoid[0].replace is not a known field; did you mean "replacement"?',
      'custom.avoid[1].avoid must be a non-empty string',
      'custom.avoid[1].severity must be one of "error", "warning", "info", got "fatal"',
      'custom.avoid[2].avoid must contain at least one word (letters or digits)',
      'custom.avoid[3] must be an object, got a string',
      'custom.avoid[4].note must be a non-empty string, got a number',
      'custom.avoid[5].replacement must be a non-empty string',
      'custom.empathy must be an array, got a string',
      'custom.apology[1] must be a non-empty string',
    ]);
  });

  it('checks the type of each container', () => {
    expect(errors({ rules: [], requiredSteps: 'apology', custom: [], strictness: 2 })).toEqual([
      'rules must be an object of rule id to true/false, got an array',
      'requiredSteps must be an array, got a string',
      'strictness must be one of "gentle", "standard", "strict", got a number',
      'custom must be an object, got an array',
    ]);
    expect(errors({ custom: { avoid: { avoid: 'x' }, apology: [null] } })).toEqual([
      'custom.avoid must be an array, got an object',
      'custom.apology[0] must be a non-empty string, got null',
    ]);
  });
});

describe('closest', () => {
  it('finds typos, bare names and truncations, and stays quiet for unrelated words', () => {
    expect(closest('tone/blam', ['tone/blame', 'tone/arguing'])).toBe('tone/blame');
    expect(closest('Blame', ['tone/blame', 'tone/arguing'])).toBe('tone/blame');
    expect(closest('replace', ['avoid', 'replacement'])).toBe('replacement');
    expect(closest('zzz', ['avoid', 'replacement'])).toBeUndefined();
  });
});
