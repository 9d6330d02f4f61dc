/** The README's list of rules and checklist steps, from the rule and step files (see readme.ts). */
import { RULES, STEPS } from '../lib/analyzer';
import type { GeneratedSection } from './readme';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function rulesBody(): string {
  const rules = [
    '| Rule | Shown from | Severity | What it flags | Before → after |',
    '| --- | --- | --- | --- | --- |',
    ...RULES.map(
      (r) =>
        `| \`${r.id}\` | ${r.from} | ${r.severity} | ${cell(r.description)} | “${cell(r.example.before)}” → “${cell(r.example.after)}” |`,
    ),
  ];
  const steps = [
    '| Step | What it asks | Example to insert |',
    '| --- | --- | --- |',
    ...STEPS.map((s) => `| \`${s.id}\` | ${cell(s.tip)} | “${cell(s.examples[0] ?? '')}” |`),
  ];
  return ['### Rules', '', ...rules, '', '### Checklist steps', '', ...steps].join('\n');
}

export const RULES_SECTION: GeneratedSection = { start: '<!-- rules:start -->', end: '<!-- rules:end -->', body: rulesBody };
