/** Display names for the analyzer's categories and severities. */
import type { Category, Severity } from '../analyzer/types';
import { t, type PlainMessageKey } from './messages';

// A Record keyed by the union makes a new category a compile error here rather than a blank label.
const CATEGORY_KEYS: Record<Category, PlainMessageKey> = {
  'negative-framing': 'category_negative_framing',
  blame: 'category_blame',
  dismissive: 'category_dismissive',
  condescending: 'category_condescending',
  arguing: 'category_arguing',
  deflecting: 'category_deflecting',
  'insincere-apology': 'category_insincere_apology',
  commanding: 'category_commanding',
  shouting: 'category_shouting',
  profanity: 'category_profanity',
  custom: 'category_custom',
};

const SEVERITY_KEYS: Record<Severity, PlainMessageKey> = {
  error: 'severity_error',
  warning: 'severity_warning',
  info: 'severity_info',
};

export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

export function severityLabel(severity: Severity): string {
  return t(SEVERITY_KEYS[severity]);
}
