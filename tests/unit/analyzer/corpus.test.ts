/**
 * The evaluation corpus: realistic replies with a coach's expectations (see corpus/replies.ts).
 * Each reply is analyzed at standard strictness; its diagnostics (rule and flagged words, in order)
 * and its checklist must match exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyze, STEP_IDS, type Report } from '../../../lib/analyzer';
import { REPLIES, type Situation } from './corpus/replies';

const reports = new Map<string, Report>(REPLIES.map((r) => [r.id, analyze(r.text, { strictness: 'standard' })]));
const report = (id: string) => reports.get(id)!;
const good = REPLIES.filter((r) => r.expect.diagnostics.length === 0);
const problems = REPLIES.filter((r) => r.expect.diagnostics.length > 0);

describe('corpus: diagnostics', () => {
  it.each(REPLIES.map((r) => [r.id, r] as const))('%s', (_id, reply) => {
    const found = report(reply.id).diagnostics.map(({ ruleId, text }) => ({ ruleId, text }));
    expect(found).toEqual(reply.expect.diagnostics);
  });
});

describe('corpus: steps', () => {
  it.each(REPLIES.map((r) => [r.id, r] as const))('%s', (_id, reply) => {
    const done = Object.fromEntries(report(reply.id).steps.map((s) => [s.id, s.done]));
    expect(done).toEqual(reply.expect.steps);
  });
});

describe('corpus: aggregate', () => {
  it('is well formed: unique ids, enough replies per situation, about 40% good', () => {
    expect(new Set(REPLIES.map((r) => r.id)).size).toBe(REPLIES.length);
    expect(REPLIES.length).toBeGreaterThanOrEqual(70);
    const main: Situation[] = ['double-charge', 'late-delivery', 'outage', 'bug', 'account-lockout', 'refund-refused', 'cancellation'];
    for (const situation of main) expect(REPLIES.filter((r) => r.situation === situation).length, situation).toBeGreaterThanOrEqual(8);
    expect(good.length / REPLIES.length).toBeGreaterThanOrEqual(0.35);
    expect(good.length / REPLIES.length).toBeLessThanOrEqual(0.45);
    // A good reply does most of the checklist.
    for (const r of good) expect(STEP_IDS.filter((s) => r.expect.steps[s]).length, r.id).toBeGreaterThanOrEqual(4);
  });

  it('keeps every good reply clean', () => {
    expect(good.filter((r) => report(r.id).diagnostics.length > 0).map((r) => r.id)).toEqual([]);
  });

  it('flags every problem reply', () => {
    expect(problems.filter((r) => report(r.id).diagnostics.length === 0).map((r) => r.id)).toEqual([]);
  });
});
