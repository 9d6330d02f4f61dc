import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS_FOR_TEST } from './label-cases';
import { categoryLabel, severityLabel } from '../../../lib/ui/labels';
import { t, toMessagesJson } from '../../../lib/ui/messages';

// happy-dom replaces the global URL, which node:url's helpers then reject; __dirname avoids both.
const UI_DIR = join(__dirname, '../../../lib/ui');

describe('messages', () => {
  const json = toMessagesJson();

  it('uses keys that are valid i18n message names', () => {
    const keys = Object.keys(json);
    expect(keys.length).toBeGreaterThan(40);
    for (const name of keys) {
      expect(name).toMatch(/^[a-zA-Z0-9_]+$/);
      expect(name.startsWith('@@')).toBe(false);
    }
    // Chrome treats names case-insensitively.
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('emits messages.json entries whose placeholders match the message text', () => {
    for (const [name, entry] of Object.entries(json)) {
      expect(entry.message, name).not.toBe('');
      expect(entry.description, name).not.toBe('');
      const used = [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect(used, name).toEqual(declared);
      Object.values(entry.placeholders ?? {}).forEach((p, i) => expect(p.content).toBe(`$${i + 1}`));
    }
  });

  it('substitutes placeholders by position', () => {
    expect(t('badge_label', '3 of 6 steps done', '2 tone problems')).toBe('Defuse: 3 of 6 steps done, 2 tone problems');
    expect(t('badge_text', 3, 6, 2)).toBe('3/6 · 2');
    expect(t('card_remove_label', '$1 fee')).toBe('Remove “$1 fee”');
    expect(t('card_ignore')).toBe('Ignore once');
  });

  it('has the exact failure sentence', () => {
    expect(t('card_failure')).toBe(
      'This editor did not accept the change, so nothing was changed. Copy the suggestion and paste it yourself.',
    );
  });

  it('labels every category and severity', () => {
    for (const [category, label] of CATEGORY_LABELS_FOR_TEST) expect(categoryLabel(category)).toBe(label);
    expect([severityLabel('error'), severityLabel('warning'), severityLabel('info')]).toEqual([
      'Likely to escalate',
      'May escalate',
      'Worth a look',
    ]);
  });

  it('keeps UI text out of the components', () => {
    const files = readdirSync(UI_DIR).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(literalUiText(join(UI_DIR, file)), file).toEqual([]);
  });

  it('would catch literal UI text', () => {
    const source = `const a = <p title="Hi">Hello <b>{x}</b></p>;\nconst b = n > 0 ? 'x' : y < 2;`;
    expect(literalUiTextIn(source)).toEqual(['title="Hi"', 'Hello']);
  });
});

const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);

function literalUiText(path: string): string[] {
  return literalUiTextIn(readFileSync(path, 'utf8'));
}

/** JSX text with letters in it, and string literals in attributes that people read. */
function literalUiTextIn(source: string): string[] {
  const file = ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /[A-Za-z]/.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal && /[A-Za-z]/.test(literal.text)) found.push(node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
