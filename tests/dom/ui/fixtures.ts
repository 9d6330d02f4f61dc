import type { Diagnostic, Report, Step } from '../../../lib/analyzer/types';

export function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    start: 12,
    end: 27,
    ruleId: 'tone/blame',
    category: 'blame',
    severity: 'error',
    text: 'you should have',
    message: 'Blames the customer',
    why: 'Pointing at what the customer did wrong makes them defend themselves. Name the fix instead.',
    suggestions: ['it helps to', "let's"],
    ...overrides,
  };
}

function step(id: Step['id'], done: boolean, required = true): Step {
  return {
    id,
    title: `Title of ${id}`,
    done,
    required,
    spans: done ? [{ start: 0, end: 4 }] : [],
    tip: `Tip for ${id}.`,
    examples: [`${id} example A.`, `${id} example B.`, `${id} example C.`],
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    score: 58,
    diagnostics: [
      diagnostic(),
      diagnostic({ ruleId: 'tone/condescending', category: 'condescending', severity: 'warning', start: 40, end: 46, text: 'simply' }),
      diagnostic({ ruleId: 'tone/blame', start: 60, end: 70, text: 'your fault' }),
    ],
    steps: [
      step('acknowledge', true),
      step('empathy', false),
      step('apology', true),
      step('ownership', false),
      step('solution', true),
      step('follow-up', false, false),
    ],
    ...overrides,
  };
}
