/** Every tone rule with what it flags, a before/after example, and its switch. */
import { useState } from 'preact/hooks';
import { RULES } from '../analyzer/rules';
import { t } from '../ui/messages';
import { Section, type SectionStatus } from './section';
import type { SectionProps } from './save';

export function RulesSection({ settings, locked, save }: SectionProps) {
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const isLocked = locked.has('rules');
  const toggle = (id: string, on: boolean) =>
    void save((s) => ({ ...s, rules: { ...s.rules, [id]: on } })).then((error) => setStatus(error ? { kind: 'error', text: error } : null));
  return (
    <Section id="rules" title={t('options_rules')} intro={t('options_rules_intro')} locked={isLocked} status={status}>
      <ul class="rules">
        {RULES.map((rule) => {
          const on = settings.rules[rule.id] ?? true;
          return (
            <li key={rule.id} class="rule" data-rule={rule.id}>
              <label class="switch">
                <input type="checkbox" role="switch" checked={on} disabled={isLocked} data-rule-switch={rule.id} onChange={(e) => toggle(rule.id, e.currentTarget.checked)} />
                <strong>{rule.title}</strong>
              </label>
              <p class="rule-description">{rule.description}</p>
              <dl class="example">
                <dt>{t('options_example_before')}</dt>
                <dd class="before">{rule.example.before}</dd>
                <dt>{t('options_example_after')}</dt>
                <dd class="after">{rule.example.after}</dd>
              </dl>
              <p class="rule-why">{rule.why}</p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
