/** Which checklist steps are required, how strict the rules are, how underlines look, shortcut hints. */
import { useState } from 'preact/hooks';
import { STEPS } from '../analyzer/steps';
import type { UnderlineStyle } from '../settings/schema';
import { LockedNote } from '../ui/locked-note';
import { t } from '../ui/messages';
import { StrictnessSelect } from '../ui/strictness';
import { Section, type SectionStatus } from './section';
import type { SectionProps } from './save';

export function StepsSection({ settings, locked, save }: SectionProps) {
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const isLocked = locked.has('requiredSteps');
  const toggle = (id: string, on: boolean) =>
    void save((s) => ({
      ...s,
      requiredSteps: STEPS.map((step) => step.id).filter((step) => (step === id ? on : s.requiredSteps.includes(step))),
    })).then((error) => setStatus(error ? { kind: 'error', text: error } : null));
  return (
    <Section id="steps" title={t('options_steps')} intro={t('options_steps_intro')} locked={isLocked} status={status}>
      <ul class="steps">
        {STEPS.map((step) => (
          <li key={step.id} data-step-setting={step.id}>
            <label class="switch">
              <input type="checkbox" checked={settings.requiredSteps.includes(step.id)} disabled={isLocked} onChange={(e) => toggle(step.id, e.currentTarget.checked)} />
              <strong>{step.title}</strong>
            </label>
            <p class="step-tip">{step.tip}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function GeneralSection({ settings, locked, save }: SectionProps) {
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const done = (error: string | null) => setStatus(error ? { kind: 'error', text: error } : null);
  return (
    <Section id="general" title={t('options_general')} status={status}>
      <p class="field">
        <StrictnessSelect value={settings.strictness} locked={locked.has('strictness')} onChange={(strictness) => void save((s) => ({ ...s, strictness })).then(done)} />
        <span class="hint">{t('options_strictness_hint')}</span>
      </p>
      <p class="field">
        <label>
          <span>{t('options_underline_style')}</span>{' '}
          <select
            value={settings.underlineStyle}
            disabled={locked.has('underlineStyle')}
            data-underline-style=""
            onChange={(e) => void save((s) => ({ ...s, underlineStyle: e.currentTarget.value as UnderlineStyle })).then(done)}
          >
            <option value="by-severity">{t('options_underline_by_severity')}</option>
            <option value="subtle">{t('options_underline_subtle')}</option>
          </select>
        </label>
        {locked.has('underlineStyle') && <LockedNote />}
      </p>
      <p class="field">
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.showShortcutHints}
            disabled={locked.has('showShortcutHints')}
            data-shortcut-hints=""
            onChange={(e) => void save((s) => ({ ...s, showShortcutHints: e.currentTarget.checked })).then(done)}
          />
          <span>{t('options_shortcut_hints')}</span>
        </label>
        {locked.has('showShortcutHints') && <LockedNote />}
      </p>
    </Section>
  );
}
