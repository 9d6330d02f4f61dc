import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, STEP_IDS, type Report } from '../../../lib/analyzer';

const SUPPORT_WORDS = [
  'sorry', "can't", 'you', 'should', 'have', 'refund', 'calm', 'down', 'obviously', 'SHOUT', '!!!', '???', 'per', 'my',
  'last', 'email', 'policy', 'I', "I'll", 'follow', 'up', 'but', ',', '.', '\n', '> ', '-- \n', '{{ticket.id}}',
  'unfortunately', 'just', 'need', 'to', 'damn', 'not', 'my', 'department', 'understand', 'frustrating',
];

const adversarial = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...SUPPORT_WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.constantFrom('\u0000\u0001\u0007', '\ud800 lone \udfff', 'مرحبا بك، نأسف للإزعاج', '退款已经处理好了。你应该早点说！', '🙂🙃'.repeat(50)),
);

function checkReport(text: string, report: Report, checkSuggestions = true) {
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  expect(report.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
  for (const d of report.diagnostics) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.start).toBeLessThan(d.end);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    for (const suggestion of checkSuggestions ? d.suggestions : []) {
      const fixed = text.slice(0, d.start) + suggestion + text.slice(d.end);
      // Well-formed: the rest of the text is untouched and no stray whitespace or surrogate halves appear.
      expect(fixed.startsWith(text.slice(0, d.start))).toBe(true);
      expect(fixed.endsWith(text.slice(d.end))).toBe(true);
      expect(suggestion).not.toMatch(/\s{2,}|^\s|\s$/);
      expect(suggestion.isWellFormed()).toBe(true);
    }
  }
  for (const step of report.steps) for (const s of step.spans) expect(s.end).toBeLessThanOrEqual(text.length);
}

describe('analyze on any input', () => {
  it('never throws, keeps spans in bounds and offers well-formed suggestions', () => {
    fc.assert(
      fc.property(adversarial, fc.constantFrom('gentle', 'standard', 'strict' as const), (text, strictness) => {
        checkReport(text, analyze(text, { strictness }));
      }),
      { numRuns: 400 },
    );
  });

  it('copes with empty, huge and non-string input', () => {
    checkReport('', analyze(''));
    const huge = 'You should have restarted the router. '.repeat(28_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const report = analyze(huge);
    // Applying each of 28,000 suggestions to a 1 MB string is the test's cost, not the analyzer's; the property above covers them.
    checkReport(huge, report, false);
    expect(report.diagnostics.length).toBeGreaterThan(1000);
    expect(() => analyze(undefined as unknown as string)).not.toThrow();
    expect(() => analyze('text', { strictness: 'loud' as never, requiredSteps: 'x' as never, rules: null as never })).not.toThrow();
  });

  it('never raises the score when a tone problem is added', () => {
    const problems = ['Calm down.', 'You should have restarted it.', 'Per my last email, no.', 'THIS IS RIDICULOUS!!!', 'Unfortunately, no.'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("I'm so sorry about the double charge.", "I've refunded it.", "I'll check back on Friday.", 'I can see you were charged twice.', 'That sounds frustrating.'), { maxLength: 6 }),
        fc.constantFrom(...problems),
        fc.nat(6),
        (sentences, problem, at) => {
          const before = sentences.join(' ');
          const after = [...sentences.slice(0, at), problem, ...sentences.slice(at)].join(' ');
          expect(analyze(after).score).toBeLessThanOrEqual(analyze(before).score);
        },
      ),
      { numRuns: 200 },
    );
  });
});
