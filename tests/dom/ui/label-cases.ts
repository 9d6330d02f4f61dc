import type { Category } from '../../../lib/analyzer/types';

/** Every category with its display name; typed as a Record so a new category fails to compile here. */
const LABELS: Record<Category, string> = {
  'negative-framing': 'Negative framing',
  blame: 'Blame',
  dismissive: 'Dismissive',
  condescending: 'Condescending',
  arguing: 'Arguing',
  deflecting: 'Deflecting',
  'insincere-apology': 'Insincere apology',
  commanding: 'Commanding',
  shouting: 'Shouting',
  profanity: 'Profanity',
  custom: 'Team phrase',
};

export const CATEGORY_LABELS_FOR_TEST = Object.entries(LABELS) as Array<[Category, string]>;
