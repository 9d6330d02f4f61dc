/**
 * Writes the README's list of rules and checklist steps from the rule and step files, so the
 * documentation cannot drift from the code. `npm run docs` rewrites it; a unit test fails when the
 * README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, STEPS } from '../lib/analyzer';
import { withSection, type GeneratedSection } from './readme-section';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

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

export function readmeWithRules(readme: string): string {
  return withSection(readme, RULES_SECTION);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, readmeWithRules(readFileSync(README, 'utf8')));
  console.log('README.md: rules and steps written');
}
