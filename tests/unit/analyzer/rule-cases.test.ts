import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../../lib/analyzer';
import { applySuggestion, parseBrackets, readingProblems } from '../../support/brackets';

const rulesDir = fileURLToPath(new URL('../../../lib/analyzer/rules/', import.meta.url));

describe('rule registry', () => {
  it('lists every rule file once, sorted, each id named after its file', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id.split('/')[1])).toEqual(files);
  });

  it('gives every rule a message, a why, a before/after example and cases of both kinds', () => {
    for (const rule of RULES) {
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
      expect(rule.why.length, rule.id).toBeGreaterThan(40);
      expect(rule.cases.flagged.length, rule.id).toBeGreaterThanOrEqual(3);
      expect(rule.cases.clean.length, rule.id).toBeGreaterThanOrEqual(3);
      expect(analyze(rule.example.before, { strictness: 'strict' }).diagnostics.some((d) => d.ruleId === rule.id), rule.id).toBe(true);
      expect(analyze(rule.example.after, { strictness: 'strict' }).diagnostics.some((d) => d.ruleId === rule.id), rule.id).toBe(false);
    }
  });
});

for (const rule of RULES) {
  describe(rule.id, () => {
    it.each(rule.cases.flagged)('flags %s', (marked) => {
      const { text, spans } = parseBrackets(marked);
      const found = analyze(text, { strictness: 'strict' }).diagnostics.filter((d) => d.ruleId === rule.id);
      expect(found.map((d) => text.slice(d.start, d.end))).toEqual(spans.map((s) => text.slice(s.start, s.end)));
      for (const d of found) {
        for (const suggestion of d.suggestions) {
          const fixed = applySuggestion(text, d.start, d.end, suggestion);
          const again = analyze(fixed, { strictness: 'strict' }).diagnostics.filter((x) => x.ruleId === rule.id);
          expect(again.some((x) => x.start < d.start + suggestion.length && d.start < x.end), `${fixed}`).toBe(false);
          expect(readingProblems(fixed), fixed).toEqual(readingProblems(text));
        }
      }
    });

    it.each(rule.cases.clean)('leaves alone %s', (text) => {
      const found = analyze(text, { strictness: 'strict' }).diagnostics.filter((d) => d.ruleId === rule.id);
      expect(found.map((d) => d.text)).toEqual([]);
    });
  });
}
