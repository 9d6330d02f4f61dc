/** How rules and checklist steps are written: data with their own test cases. */
import type { Category, Severity, StepId, Strictness } from './types';

/** A phrase that flags (for rules) or counts as evidence (for steps). */
export interface PhraseSpec {
  /** A pattern, see `match/pattern.ts`. */
  match: string;
  /** Patterns that, where they overlap this match, mean it is something else ("can't thank you enough"). */
  unless?: string[];
  /** Replacements for the reported span; matched to its capitalisation when applied. */
  suggestions?: string[];
  /** Offer removing the words outright instead of `suggestions` (the span then takes in the next word). */
  drop?: boolean;
  /** Lowest strictness at which it is reported (rules only); defaults to the rule's. */
  from?: Strictness;
  severity?: Severity;
  /** A more specific card message than the rule's. */
  message?: string;
}

/** What a non-phrase detector (shouting, profanity) reports, relative to the sentence. */
export interface Finding {
  start: number;
  end: number;
  suggestions: string[];
  severity?: Severity;
  message?: string;
  from?: Strictness;
}

export interface RuleDefinition {
  /** Namespaced id; also the rule's file name (`tone/blame` lives in `rules/blame.ts`). */
  id: string;
  category: Category;
  severity: Severity;
  /** Lowest strictness at which the rule reports anything. */
  from: Strictness;
  /** For the options page. */
  title: string;
  description: string;
  /** Short text for the card. */
  message: string;
  /** The de-escalation practice it serves and why breaking it escalates. */
  why: string;
  phrases?: PhraseSpec[];
  /** For rules that are not phrase lists; given one sentence of the draft. */
  detect?: (sentence: string) => Finding[];
  cases: {
    /** Each must be flagged; the flagged words are in [brackets]. */
    flagged: string[];
    /** None of these may be flagged by this rule, at any strictness. */
    clean: string[];
  };
  /** A before/after pair for the options page. */
  example: { before: string; after: string };
}

export interface StepDefinition {
  id: StepId;
  title: string;
  tip: string;
  /** Phrases an agent could insert. */
  examples: string[];
  phrases: PhraseSpec[];
  cases: {
    /** Each must complete the step; the evidence is in [brackets]. */
    done: string[];
    /** None of these may complete it. */
    missing: string[];
  };
}

export const STRICTNESS_ORDER: readonly Strictness[] = ['gentle', 'standard', 'strict'];

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}

export function defineStep(step: StepDefinition): StepDefinition {
  return step;
}
