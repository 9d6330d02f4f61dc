/**
 * The human format, also read by CI logs and problem matchers:
 *
 *   replies/refund.txt:2:1 error This puts the blame on the customer. tone/blame
 *   replies/refund.txt: score 38/100, 1 of 6 required steps done
 *     [ ] acknowledge  required  Acknowledge the problem
 *     [x] apology      required  Apologize sincerely
 */
import type { Severity } from '../analyzer';
import { locator } from './positions';
import { label, type Checked } from './results';

// A team's custom note ends up in messages; a newline in it would split one diagnostic over two lines.
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function formatText(checked: Checked): string {
  const name = label(checked);
  const at = locator(checked.text);
  const lines = checked.report.diagnostics.map((d) => {
    const { line, column } = at(d.start);
    return `${name}:${line}:${column} ${d.severity} ${oneLine(d.message)} ${d.ruleId}`;
  });
  const { steps, score } = checked.report;
  const required = steps.filter((s) => s.required);
  const done = required.filter((s) => s.done).length;
  lines.push(`${name}: score ${score}/100, ${done} of ${required.length} required steps done`);
  const width = Math.max(0, ...steps.map((s) => s.id.length));
  for (const step of steps) {
    const title = step.title ? `  ${oneLine(step.title)}` : '';
    lines.push(`  ${step.done ? '[x]' : '[ ]'} ${step.id.padEnd(width)}  ${step.required ? 'required' : 'optional'}${title}`);
  }
  return lines.join('\n') + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatTextSummary(checked: readonly Checked[], notChecked: number): string {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of checked) for (const d of c.report.diagnostics) count[d.severity]++;
  const parts = [plural(count.error, 'error'), plural(count.warning, 'warning'), `${count.info} info`];
  const skipped = notChecked > 0 ? `; ${notChecked} could not be checked` : '';
  return `${plural(checked.length, 'input')} checked: ${parts.join(', ')}${skipped}\n`;
}
