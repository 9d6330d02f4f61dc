/** Beside a control a team policy has set: why it cannot be changed here. */
import { t } from './messages';

export function LockedNote() {
  return (
    <span class="locked-note" data-locked="">
      {t('settings_locked')}
    </span>
  );
}
