/** "Ignore once": a diagnostic is recognised again by its rule, its words and the words around them, not its offsets, which shift as the agent types. */
import type { Diagnostic } from '../analyzer/types';

const CONTEXT = 24;

export function ignoreKey(text: string, d: Diagnostic): string {
  return [d.ruleId, text.slice(Math.max(0, d.start - CONTEXT), d.start), d.text, text.slice(d.end, d.end + CONTEXT)].join('\u0000');
}
