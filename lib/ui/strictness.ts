/** The strictness choices as the popup and the options page offer them. */
import type { Strictness } from '../analyzer/types';
import { t } from './messages';

export const STRICTNESS_CHOICES: ReadonlyArray<{ value: Strictness; label: () => string }> = [
  { value: 'gentle', label: () => t('strictness_gentle') },
  { value: 'standard', label: () => t('strictness_standard') },
  { value: 'strict', label: () => t('strictness_strict') },
];
