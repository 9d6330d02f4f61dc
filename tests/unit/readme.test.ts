import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSection } from '../../scripts/readme';
import { EDITORS_SECTION } from '../../scripts/readme-editors';
import { RULES_SECTION } from '../../scripts/readme-rules';
import { FIXTURES } from '../e2e/support/cases';

describe('README', () => {
  it('lists the rules and steps exactly as the rule files define them (run `npm run docs` after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withSection(readme, RULES_SECTION));
  });

  it('shows the editor table exactly as the end-to-end support claims say (run `npm run docs` after changing them)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withSection(readme, EDITORS_SECTION));
  });

  it('explains every editor limit: a claim other than yes comes with a note', () => {
    const unexplained = FIXTURES.flatMap((f) =>
      Object.entries(f.support)
        .filter(([, s]) => [s.highlights, s.card, s.apply, s.undo, s.insert].some((c) => c !== 'yes') && !s.notes?.length)
        .map(([browser]) => `${f.name} in ${browser}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('gives the two commands: set up and run, and run every test', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('shows only screenshots that exist (made by `npm run screenshots`), including the popup and the options page', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images).toEqual(expect.arrayContaining(['.github/screenshots/popup.png', '.github/screenshots/options.png']));
    for (const image of images) expect(existsSync(new URL(`../../${image}`, import.meta.url)), image).toBe(true);
  });
});
