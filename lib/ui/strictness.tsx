/** The strictness choice, as the popup and the options page offer it. */
import type { Strictness } from '../analyzer/types';
import { LockedNote } from './locked-note';
import { t } from './messages';

const CHOICES: ReadonlyArray<{ value: Strictness; label: () => string }> = [
  { value: 'gentle', label: () => t('strictness_gentle') },
  { value: 'standard', label: () => t('strictness_standard') },
  { value: 'strict', label: () => t('strictness_strict') },
];

export function StrictnessSelect(props: { value: Strictness; locked: boolean; onChange: (value: Strictness) => void }) {
  return (
    <>
      <label class="strictness">
        <span>{t('settings_strictness')}</span>{' '}
        <select value={props.value} disabled={props.locked} data-strictness="" onChange={(e) => props.onChange(e.currentTarget.value as Strictness)}>
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label()}
            </option>
          ))}
        </select>
      </label>
      {props.locked && <LockedNote />}
    </>
  );
}
