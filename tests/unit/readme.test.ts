import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeWithRules } from '../../scripts/readme-rules';

describe('README', () => {
  it('lists the rules and steps exactly as the rule files define them (run `npm run docs` after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(readmeWithRules(readme));
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
