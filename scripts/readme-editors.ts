/**
 * The README's editor table, from the support claims in tests/e2e/support/cases.ts (see
 * readme.ts): the same data decides which end-to-end checks run, so the table says what the
 * tests proved in each browser.
 */
import { FIXTURES, type Claim, type FixtureCase, type Support } from '../tests/e2e/support/cases';
import type { GeneratedSection } from './readme';

const BROWSER_LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR' } as const;
const CHECKS = ['highlights', 'card', 'apply', 'undo', 'insert'] as const;
const MARKS: Record<Claim, string> = { yes: '✓', copy: 'copy', no: '✗' };

const sameSupport = (a: Support, b: Support) => JSON.stringify(a) === JSON.stringify(b);

/** One row per browser, or one for both when they agree. */
function rows(fixture: FixtureCase): string[] {
  const { chromium, firefox } = fixture.support;
  const groups: Array<[string, Support]> = sameSupport(chromium, firefox)
    ? [[`${BROWSER_LABELS.chromium}, ${BROWSER_LABELS.firefox}`, chromium]]
    : [[BROWSER_LABELS.chromium, chromium], [BROWSER_LABELS.firefox, firefox]];
  return groups.map(([browsers, support]) => `| ${fixture.name} | ${browsers} | ${CHECKS.map((c) => MARKS[support[c]]).join(' | ')} |`);
}

function notes(): string[] {
  return FIXTURES.flatMap((fixture) => {
    const { chromium, firefox } = fixture.support;
    const shared = sameSupport(chromium, firefox);
    return (Object.keys(BROWSER_LABELS) as Array<keyof typeof BROWSER_LABELS>).flatMap((browser) => {
      if (shared && browser === 'firefox') return [];
      const where = shared ? '' : ` (${BROWSER_LABELS[browser]})`;
      return (fixture.support[browser].notes ?? []).map((note) => `- **${fixture.name}**${where}: ${note}`);
    });
  });
}

function editorsBody(): string {
  return [
    '| Editor | Browsers | Highlights | Card | Apply | Undo | Insert |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...FIXTURES.flatMap(rows),
    '',
    '✓ checked end to end; copy: the editor refuses the edit, the text stays as it was and the card offers "Copy suggestion" and says why, checked end to end; ✗ does not work (see the note).',
    '',
    ...notes(),
  ].join('\n');
}

export const EDITORS_SECTION: GeneratedSection = { start: '<!-- editors:start -->', end: '<!-- editors:end -->', body: editorsBody };
