/**
 * Writes the README's generated sections (the rules and steps from the rule files, the editor table
 * from the end-to-end support claims), so the documentation cannot drift from the code. `npm run
 * docs` rewrites them; a unit test fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EDITORS_SECTION } from './readme-editors';
import { RULES_SECTION } from './readme-rules';

/** A README section that a script writes, between two HTML comment markers that stay in place. */
export interface GeneratedSection {
  start: string;
  end: string;
  /** The content between the markers (without them). */
  body: () => string;
}

export function withSection(readme: string, section: GeneratedSection): string {
  const start = readme.indexOf(section.start);
  const end = readme.indexOf(section.end);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${section.start} and ${section.end}`);
  return readme.slice(0, start) + [section.start, '', section.body(), '', section.end].join('\n') + readme.slice(end + section.end.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(file, [RULES_SECTION, EDITORS_SECTION].reduce(withSection, readFileSync(file, 'utf8')));
  console.log('README.md: rules, steps and editor table written');
}
