/**
 * Precision and recall of each rule and step over the evaluation corpus, and how the score separates
 * good replies from problem ones. Run: npx tsx scripts/corpus-score.ts
 */
import { analyze, RULES, STEP_IDS } from '../lib/analyzer';
import { REPLIES } from '../tests/unit/analyzer/corpus/replies';

type Tally = { tp: number; fp: number; fn: number };
const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const rules = new Map<string, Tally>(RULES.map((r) => [r.id, tally()]));
const steps = new Map<string, Tally>(STEP_IDS.map((s) => [s, tally()]));
const scores = { good: [] as number[], problem: [] as number[] };

for (const reply of REPLIES) {
  const report = analyze(reply.text, { strictness: 'standard' });
  // Diagnostics pair up by rule and flagged words; each expected one is used once.
  const expected = reply.expect.diagnostics.map((d) => `${d.ruleId}\u0000${d.text}`);
  for (const d of report.diagnostics) {
    const t = rules.get(d.ruleId) ?? rules.set(d.ruleId, tally()).get(d.ruleId)!;
    const i = expected.indexOf(`${d.ruleId}\u0000${d.text}`);
    if (i >= 0) {
      expected.splice(i, 1);
      t.tp++;
    } else t.fp++;
  }
  for (const key of expected) rules.get(key.split('\u0000')[0]!)!.fn++;
  for (const step of report.steps) {
    const t = steps.get(step.id)!;
    const want = reply.expect.steps[step.id];
    if (want && step.done) t.tp++;
    else if (step.done) t.fp++;
    else if (want) t.fn++;
  }
  scores[reply.expect.diagnostics.length === 0 ? 'good' : 'problem'].push(report.score);
}

const pct = (n: number, d: number) => (d === 0 ? '   -' : `${Math.round((100 * n) / d)}%`.padStart(4));
function table(title: string, rows: Map<string, Tally>) {
  console.log(`\n${title.padEnd(24)}   TP  FP  FN  precision  recall`);
  for (const [id, { tp, fp, fn }] of rows) {
    console.log(`${id.padEnd(24)} ${[tp, fp, fn].map((n) => String(n).padStart(4)).join('')}       ${pct(tp, tp + fp)}    ${pct(tp, tp + fn)}`);
  }
  const all = [...rows.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), tally());
  console.log(`${'all'.padEnd(24)} ${[all.tp, all.fp, all.fn].map((n) => String(n).padStart(4)).join('')}       ${pct(all.tp, all.tp + all.fp)}    ${pct(all.tp, all.tp + all.fn)}`);
}

console.log(`${REPLIES.length} replies: ${scores.good.length} good, ${scores.problem.length} with problems (standard strictness)`);
table('rule', rules);
table('step', steps);
console.log('\nscore      n  min  median  mean  max');
for (const [kind, list] of Object.entries(scores)) {
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const mean = Math.round(list.reduce((a, b) => a + b, 0) / list.length);
  console.log(`${kind.padEnd(8)} ${String(list.length).padStart(3)} ${String(sorted[0]).padStart(4)}  ${String(median).padStart(6)}  ${String(mean).padStart(4)} ${String(sorted.at(-1)).padStart(4)}`);
}
