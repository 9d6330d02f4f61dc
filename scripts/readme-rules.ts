/**
 * Writes the README's list of rules and checklist steps from the rule and step files, so the
 * documentation cannot drift from the code. `npm run docs` rewrites it; a unit test fails when the
 * README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, STEPS } from '../lib/analyzer';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function rulesSection(): string {
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
  return [START, '', '### Rules', '', ...rules, '', '### Checklist steps', '', ...steps, '', END].join('\n');
}

export function readmeWithRules(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, start) + rulesSection() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, readmeWithRules(readFileSync(README, 'utf8')));
  console.log('README.md: rules and steps written');
}
