/** The analyzer's domain: what a draft reply gets back, and what a team can tune. */

export type Severity = 'error' | 'warning' | 'info';

export type Strictness = 'gentle' | 'standard' | 'strict';

export type Category =
  | 'negative-framing'
  | 'blame'
  | 'dismissive'
  | 'condescending'
  | 'arguing'
  | 'deflecting'
  | 'insincere-apology'
  | 'commanding'
  | 'shouting'
  | 'profanity'
  | 'custom';

export const STEP_IDS = ['acknowledge', 'empathy', 'apology', 'ownership', 'solution', 'follow-up'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A half-open range `[start, end)` of UTF-16 offsets into the analyzed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic extends Span {
  /** Namespaced id, e.g. `tone/blame`; custom phrases use `custom/<n>`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The flagged words exactly as written. */
  text: string;
  /** Short, for the underline's card. */
  message: string;
  /** Which de-escalation practice this breaks, and why that escalates. */
  why: string;
  /** Replacements for `[start, end)`; each reads correctly when applied. */
  suggestions: string[];
}

export interface Step {
  id: StepId;
  title: string;
  done: boolean;
  required: boolean;
  /** Where the draft already does this. */
  spans: Span[];
  tip: string;
  /** Two or three phrases an agent could insert. */
  examples: string[];
}

export interface Report {
  /** 0-100, higher is calmer and more complete. See `score.ts` for the formula. */
  score: number;
  diagnostics: Diagnostic[];
  steps: Step[];
}

export interface CustomPhrase {
  /** The words a team wants avoided (matched case-insensitively on word boundaries). */
  avoid: string;
  /** What to write instead; absent means "just avoid it". */
  replacement?: string;
  /** Why the team avoids it; shown on the card. */
  note?: string;
  severity?: Severity;
}

export interface CustomPhrases {
  avoid: CustomPhrase[];
  /** Extra phrases that count as evidence for a step. */
  empathy: string[];
  apology: string[];
}

export interface AnalyzeOptions {
  /** Rules switched on or off by id; rules not named keep their default (on). */
  rules?: Record<string, boolean>;
  /** Steps the reply must contain; the others are shown but do not count against the score. */
  requiredSteps?: StepId[];
  strictness?: Strictness;
  custom?: Partial<CustomPhrases>;
}
