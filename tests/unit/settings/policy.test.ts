import { describe, expect, it } from 'vitest';
import { applyPolicy, validatePolicy } from '../../../lib/settings/policy';
import { defaultSettings, DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import schema from '../../../public/managed_schema.json';

describe('applyPolicy', () => {
  it('sets and locks fields; unlocked team values only fill fields the agent has not set', () => {
    const own = { ...defaultSettings(), strictness: 'gentle' as const, underlineStyle: 'subtle' as const, showShortcutHints: false };
    const policy = { settings: { strictness: 'strict', underlineStyle: 'by-severity', rules: { 'tone/blame': false } }, locked: ['strictness', 'showShortcutHints'] };
    const { settings, locked, problems } = applyPolicy(own, policy, new Set(['strictness', 'underlineStyle', 'showShortcutHints']));
    expect(problems).toEqual([]);
    expect(settings.strictness).toBe('strict'); // locked team value
    expect(settings.showShortcutHints).toBe(true); // locked without a team value: the default
    expect(settings.underlineStyle).toBe('subtle'); // the agent's own choice beats an unlocked team value
    expect(settings.rules).toEqual({ 'tone/blame': false }); // team default for a field the agent never set
    expect(locked).toEqual(new Set(['strictness', 'showShortcutHints']));
    expect(own.strictness).toBe('gentle');
  });

  it('merges required phrases first, replacing the agent’s entry for the same words', () => {
    const own = defaultSettings();
    own.custom.avoid = [{ avoid: 'Calm down', replacement: 'mine' }, { avoid: 'obviously' }];
    const { settings, requiredAvoid } = applyPolicy(own, { requiredAvoid: [{ avoid: 'calm down', replacement: 'I understand' }] });
    expect(settings.custom.avoid).toEqual([{ avoid: 'calm down', replacement: 'I understand' }, { avoid: 'obviously' }]);
    expect(requiredAvoid).toEqual([{ avoid: 'calm down', replacement: 'I understand' }]);
  });

  it('ignores each bad policy field with a problem and never throws', () => {
    const policy = {
      settings: { strictness: 'extreme', nonsense: 1, showShortcutHints: false, custom: { avoid: [{ avoid: '' }, { avoid: 'ok' }] } },
      locked: ['version', 'rules', 7],
      requiredAvoid: 'calm down',
      extra: true,
    };
    const { settings, locked, problems } = applyPolicy(defaultSettings(), policy);
    expect(settings.strictness).toBe('standard');
    expect(settings.showShortcutHints).toBe(false);
    expect(settings.custom.avoid).toEqual([{ avoid: 'ok' }]);
    expect(locked).toEqual(new Set(['rules']));
    expect(problems.map((p) => p.field)).toEqual([
      'policy.settings.strictness',
      'policy.settings.nonsense',
      'policy.settings.custom.avoid[0].avoid',
      'policy.locked[0]',
      'policy.locked[2]',
      'policy.requiredAvoid',
      'policy.extra',
    ]);
    expect(problems[0]!.message).toBe('policy.settings.strictness must be one of gentle, standard, strict, not string "extreme".');
    for (const bad of [null, undefined, 'x', [], { settings: 'x', locked: 'all' }]) {
      expect(() => applyPolicy(defaultSettings(), bad)).not.toThrow();
      expect(applyPolicy(defaultSettings(), bad).settings).toEqual(DEFAULT_SETTINGS);
    }
    expect(validatePolicy({ settings: 'x' }).problems[0]!.message).toMatch(/policy.settings must be an object/);
  });

  it('is documented by a managed schema Chrome accepts: a top-level object of policies', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties).sort()).toEqual(['locked', 'requiredAvoid', 'settings']);
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual(schema.properties.locked.items.enum);
  });
});
