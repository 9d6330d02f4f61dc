import { describe, expect, it } from 'vitest';
import { analyze, STEPS, STEP_IDS } from '../../../lib/analyzer';
import { parseBrackets } from '../../support/brackets';

describe('checklist', () => {
  it('reports exactly the six steps, in order', () => {
    expect(analyze('').steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it('gives every step a tip, two or three phrases to insert that complete it, and cases of both kinds', () => {
    for (const step of STEPS) {
      expect(step.tip.length, step.id).toBeGreaterThan(20);
      expect(step.examples.length, step.id).toBeGreaterThanOrEqual(2);
      expect(step.examples.length, step.id).toBeLessThanOrEqual(3);
      for (const example of step.examples) {
        const report = analyze(example);
        expect(report.steps.find((s) => s.id === step.id)?.done, `${step.id}: ${example}`).toBe(true);
        expect(report.diagnostics.map((d) => d.text), example).toEqual([]);
      }
      expect(step.cases.done.length, step.id).toBeGreaterThanOrEqual(4);
      expect(step.cases.missing.length, step.id).toBeGreaterThanOrEqual(3);
    }
  });
});

for (const step of STEPS) {
  describe(`step ${step.id}`, () => {
    it.each(step.cases.done)('is done by %s', (marked) => {
      const { text, spans } = parseBrackets(marked);
      const result = analyze(text).steps.find((s) => s.id === step.id)!;
      expect(result.done).toBe(true);
      expect(result.spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => text.slice(s.start, s.end)));
    });

    it.each(step.cases.missing)('is not done by %s', (text) => {
      expect(analyze(text).steps.find((s) => s.id === step.id)!.done).toBe(false);
    });
  });
}
