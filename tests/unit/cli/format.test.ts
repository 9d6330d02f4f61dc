import { describe, expect, it } from 'vitest';
import { STEP_IDS, type Diagnostic, type Report, type Step } from '../../../lib/analyzer';
import { formatJson, formatJsonl, toJson } from '../../../lib/cli/format-json';
import { formatText, formatTextSummary } from '../../../lib/cli/format-text';
import { locator } from '../../../lib/cli/positions';
import type { Checked } from '../../../lib/cli/results';

const diagnostic = (text: string, words: string, over: Partial<Diagnostic> = {}): Diagnostic => {
  const start = text.indexOf(words);
  return {
    ruleId: 'tone/blame',
    category: 'blame',
    severity: 'error',
    start,
    end: start + words.length,
    text: words,
    message: 'This puts the blame on the customer.',
    why: 'Because.',
    suggestions: [],
    ...over,
  };
};

const steps = (done: string[], required: readonly string[] = STEP_IDS): Step[] =>
  STEP_IDS.map((id) => ({
    id,
    title: id === 'apology' ? 'Apologize sincerely' : '',
    done: done.includes(id),
    required: required.includes(id),
    spans: [],
    tip: '',
    examples: [],
  }));

const checked = (text: string, report: Partial<Report>, origin: Partial<Checked> = {}): Checked => ({
  source: 'reply.txt',
  text,
  report: { score: 50, diagnostics: [], steps: steps([]), ...report },
  ...origin,
});

describe('locator', () => {
  it('counts 1-based lines over \\n, \\r\\n and lone \\r, and columns in UTF-16 code units', () => {
    const text = 'ab\ncd\r\nef\rg🎉h';
    const at = locator(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 }); // the \n itself ends line 1
    expect(at(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(at(text.indexOf('\r\n') + 1)).toEqual({ line: 2, column: 4 }); // \r\n is one break, not two
    expect(at(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(at(text.indexOf('g'))).toEqual({ line: 4, column: 1 });
    expect(at(text.indexOf('h'))).toEqual({ line: 4, column: 4 }); // the emoji is two code units
    expect(at(text.length)).toEqual({ line: 4, column: 5 });
    expect(locator('')(0)).toEqual({ line: 1, column: 1 });
  });
});

describe('formatText', () => {
  it('prints file:line:col severity message ruleId, then the score and the six steps', () => {
    const text = 'Hi 🎉,\r\nYou should have read it. Whatever.';
    const out = formatText(
      checked(
        text,
        {
          score: 38,
          diagnostics: [
            diagnostic(text, 'You should have read'),
            diagnostic(text, 'Whatever', { ruleId: 'custom/avoid', severity: 'info', message: 'Your team avoids “whatever”: Too\n curt.' }),
          ],
          steps: steps(['apology', 'solution'], ['apology', 'empathy']),
        },
      ),
    );
    expect(out).toBe(
      [
        'reply.txt:2:1 error This puts the blame on the customer. tone/blame',
        'reply.txt:2:26 info Your team avoids “whatever”: Too curt. custom/avoid',
        'reply.txt: score 38/100, 1 of 2 required steps done',
        '  [ ] acknowledge  optional',
        '  [ ] empathy      required',
        '  [x] apology      required  Apologize sincerely',
        '  [ ] ownership    optional',
        '  [x] solution     optional',
        '  [ ] follow-up    optional',
        '',
      ].join('\n'),
    );
  });

  it('names jsonl records by id, or by line when they have none', () => {
    const text = 'You should have read it.';
    const report = { diagnostics: [diagnostic(text, 'should')] };
    expect(formatText(checked(text, report, { id: 'refund-1', line: 3 })).split('\n')[0]).toBe(
      'reply.txt#refund-1:1:5 error This puts the blame on the customer. tone/blame',
    );
    expect(formatText(checked(text, report, { line: 3 })).split('\n')[0]).toMatch(/^reply\.txt#L3:1:5 error /);
  });

  it('sums up severities and inputs that could not be checked', () => {
    const text = 'a b c';
    const one = checked(text, {
      diagnostics: [diagnostic(text, 'a'), diagnostic(text, 'b', { severity: 'warning' }), diagnostic(text, 'c', { severity: 'info' })],
    });
    expect(formatTextSummary([one, one], 0)).toBe('2 inputs checked: 2 errors, 2 warnings, 2 info\n');
    expect(formatTextSummary([checked(text, {})], 3)).toBe('1 input checked: 0 errors, 0 warnings, 0 info; 3 could not be checked\n');
  });
});

describe('json formats', () => {
  const text = 'Hi,\nYou should have read it.';
  const report: Report = { score: 61, diagnostics: [diagnostic(text, 'You should have read')], steps: steps(['apology']) };

  it('spreads the report after the source and adds 1-based positions to each diagnostic', () => {
    const json = toJson({ ok: true, source: 'reply.txt', text, report });
    expect(json).toEqual({
      source: 'reply.txt',
      ...report,
      diagnostics: [{ ...report.diagnostics[0], line: 2, column: 1, endLine: 2, endColumn: 21 }],
    });
    expect(Object.keys(json)).toEqual(['source', 'score', 'diagnostics', 'steps']);
  });

  it('puts a record id and line first, and an error in place of the report', () => {
    expect(Object.keys(toJson({ ok: true, source: 'm.jsonl', id: 7, line: 2, text, report }))).toEqual([
      'source', 'id', 'line', 'score', 'diagnostics', 'steps',
    ]);
    expect(toJson({ ok: false, source: 'm.jsonl', line: 4, error: 'text is missing' })).toEqual({
      source: 'm.jsonl',
      line: 4,
      error: 'text is missing',
    });
  });

  it('writes json as one array and jsonl as one line per result', () => {
    const results = [
      { ok: true as const, source: 'a.txt', text, report },
      { ok: false as const, source: 'm.jsonl', id: 'x', line: 1, error: 'text is missing' },
    ];
    expect(JSON.parse(formatJson(results))).toEqual(results.map(toJson));
    const lines = results.map(formatJsonl);
    for (const [i, line] of lines.entries()) {
      expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
      expect(JSON.parse(line)).toEqual(toJson(results[i]!));
    }
  });
});
