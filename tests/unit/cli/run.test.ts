/** The whole CLI in-process: each format, each error path, each exit code. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, RULES, type AnalyzeOptions } from '../../../lib/analyzer';
import { parseBrackets } from '../../support/brackets';
import { DETERMINISTIC_CONFIG, runCli, tempDir } from './helpers';

const TEXTS = {
  'error.txt': 'Hello,\nthat zorbly flimflam again.\n',
  'warning.txt': 'The flimflam is done. With my deepest regrets.',
  'info.txt': '🎉 quux',
  'clean.txt': 'All good here.',
};
const dir = tempDir({
  ...TEXTS,
  'config.json': DETERMINISTIC_CONFIG,
  'binary.bin': new Uint8Array([0x68, 0x00, 0x69]),
  'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
  'records.jsonl': [
    '{"id": "r1", "text": "zorbly"}',
    'not json',
    '',
    '{"id": 2, "text": "All good."}',
    '{"id": "r3"}',
    '{"text": "quux"}',
  ].join('\n'),
});
const options = JSON.parse(DETERMINISTIC_CONFIG) as AnalyzeOptions;

const check = (args: string[], stdin?: string) => runCli(['check', '--config', 'config.json', ...args], { cwd: dir, stdin });

// A stack trace on stderr is what "one clear line" rules out.
const STACK = /^\s+at /m;

describe('--format text', () => {
  it('prints diagnostics with positions, the score and checklist per input, then a summary; exit 1 on an error', async () => {
    const { code, stdout, stderr } = await check(['error.txt', 'warning.txt']);
    expect(stdout.split('\n')).toEqual([
      'error.txt:2:6 error Your team avoids “zorbly”: Sounds harsh. custom/avoid',
      'error.txt:2:13 warning Your team avoids “flimflam”. custom/avoid',
      `error.txt: score ${analyze(TEXTS['error.txt'], options).score}/100, 0 of 1 required steps done`,
      expect.stringMatching(/^ {2}\[ \] acknowledge {2}optional/),
      expect.stringMatching(/^ {2}\[ \] empathy {6}optional/),
      expect.stringMatching(/^ {2}\[ \] apology {6}required/),
      expect.stringMatching(/^ {2}\[ \] ownership {4}optional/),
      expect.stringMatching(/^ {2}\[ \] solution {5}optional/),
      expect.stringMatching(/^ {2}\[ \] follow-up {4}optional/),
      '',
      'warning.txt:1:5 warning Your team avoids “flimflam”. custom/avoid',
      `warning.txt: score ${analyze(TEXTS['warning.txt'], options).score}/100, 1 of 1 required steps done`,
      expect.stringMatching(/^ {2}\[ \] acknowledge/),
      expect.stringMatching(/^ {2}\[ \] empathy/),
      expect.stringMatching(/^ {2}\[x\] apology/),
      expect.stringMatching(/^ {2}\[ \] ownership/),
      expect.stringMatching(/^ {2}\[ \] solution/),
      expect.stringMatching(/^ {2}\[ \] follow-up/),
      '',
      '2 inputs checked: 1 error, 2 warnings, 0 info',
      '',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('counts columns in UTF-16 code units', async () => {
    const { stdout } = await check(['info.txt']);
    expect(stdout.split('\n')[0]).toBe('info.txt:1:4 info Your team avoids “quux”. custom/avoid');
  });
});

describe('--fail-on', () => {
  it.each([
    ['error', { 'error.txt': 1, 'warning.txt': 0, 'info.txt': 0, 'clean.txt': 0 }],
    ['warning', { 'error.txt': 1, 'warning.txt': 1, 'info.txt': 0, 'clean.txt': 0 }],
    ['info', { 'error.txt': 1, 'warning.txt': 1, 'info.txt': 1, 'clean.txt': 0 }],
    ['none', { 'error.txt': 0, 'warning.txt': 0, 'info.txt': 0, 'clean.txt': 0 }],
  ])('%s exits 1 only for a diagnostic at or above it', async (level, expected) => {
    const codes: Record<string, number> = {};
    for (const file of Object.keys(expected)) codes[file] = (await check(['--fail-on', level, file])).code;
    expect(codes).toEqual(expected);
  });

  it('defaults to error', async () => {
    expect((await check(['warning.txt'])).code).toBe(0);
  });
});

describe('--format json and jsonl', () => {
  it('json: an array of {source, ...report} with positions on each diagnostic', async () => {
    const { code, stdout } = await check(['--format', 'json', 'error.txt', 'clean.txt']);
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(results.map((r) => r.source)).toEqual(['error.txt', 'clean.txt']);
    const report = analyze(TEXTS['error.txt'], options);
    expect(results[0]).toEqual({
      source: 'error.txt',
      ...report,
      diagnostics: [
        { ...report.diagnostics[0], line: 2, column: 6, endLine: 2, endColumn: 12 },
        { ...report.diagnostics[1], line: 2, column: 13, endLine: 2, endColumn: 21 },
      ],
    });
    expect(code).toBe(1);
  });

  it('jsonl: one line per input, in order', async () => {
    const { code, stdout } = await check(['--format', 'jsonl', 'clean.txt', 'info.txt', 'warning.txt']);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; score: number });
    expect(lines.map((l) => [l.source, l.score])).toEqual(
      (['clean.txt', 'info.txt', 'warning.txt'] as const).map((f) => [f, analyze(TEXTS[f], options).score]),
    );
    expect(code).toBe(0);
  });

  it('without a config, the report is exactly what analyze() returns', async () => {
    const text = 'You should have read the manual. Sorry about that!';
    const { stdout } = await runCli(['check', '--format', 'json'], { cwd: dir, stdin: text });
    const [result] = JSON.parse(stdout) as Array<Record<string, unknown>>;
    const { diagnostics, ...rest } = analyze(text);
    expect(result).toMatchObject({ source: '<stdin>', ...rest });
    expect(result!.diagnostics).toEqual(diagnostics.map((d) => expect.objectContaining(d)));
  });
});

describe('stdin', () => {
  it('reads stdin for "-" and when no FILE is given, alongside files', async () => {
    const dash = await check(['--format', 'jsonl', 'clean.txt', '-'], 'so zorbly');
    expect(dash.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([
      'clean.txt',
      '<stdin>',
    ]);
    expect(dash.code).toBe(1);
    const none = await check([], 'so zorbly');
    expect(none.stdout).toMatch(/^<stdin>:1:4 error /);
  });

  it('refuses to wait on a terminal when no FILE is given', async () => {
    const { code, stdout, stderr } = await runCli(['check'], { cwd: dir, tty: true });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('defuse: no input: name a FILE, or pipe text in (use "-" to type it)\nRun "defuse --help" for usage.\n');
  });
});

describe('--input jsonl', () => {
  const expectedErrors = [
    'records.jsonl:2: invalid JSON: Unexpected token \'o\', "not json" is not valid JSON',
    'records.jsonl:5: text is missing',
  ];

  it('outputs one line per record in order, bad lines as {id, line, error}, and exits 2', async () => {
    const { code, stdout, stderr } = await check(['--input', 'jsonl', '--format', 'jsonl', 'records.jsonl']);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map(({ source, id, line, error, score }) => ({ source, id, line, error, scored: score !== undefined }))).toEqual([
      { source: 'records.jsonl', id: 'r1', line: 1, error: undefined, scored: true },
      { source: 'records.jsonl', id: undefined, line: 2, error: expect.stringMatching(/^invalid JSON: /), scored: false },
      { source: 'records.jsonl', id: 2, line: 4, error: undefined, scored: true },
      { source: 'records.jsonl', id: 'r3', line: 5, error: 'text is missing', scored: false },
      { source: 'records.jsonl', id: undefined, line: 6, error: undefined, scored: true },
    ]);
    const { diagnostics, ...report } = analyze('zorbly', options);
    expect(lines[0]).toMatchObject({ ...report, diagnostics: diagnostics.map((d) => ({ ...d, line: 1, column: 1 })) });
    expect(stderr.trimEnd().split('\n')).toEqual(expectedErrors);
    expect(code).toBe(2);
  });

  it('works with json and text output, and from stdin', async () => {
    const json = await check(['--input', 'jsonl', '--format', 'json', 'records.jsonl']);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(5);
    const text = await check(['--input', 'jsonl', 'records.jsonl']);
    expect(text.stdout).toMatch(/^records\.jsonl#r1:1:1 error Your team avoids “zorbly”/);
    expect(text.stdout).toMatch(/^records\.jsonl#L6:1:1 info /m);
    expect(text.stdout).toMatch(/^3 inputs checked: 1 error, 0 warnings, 1 info; 2 could not be checked$/m);
    expect(text.stderr.trimEnd().split('\n')).toEqual(expectedErrors);
    const stdin = await check(['--input', 'jsonl', '--format', 'jsonl', '--fail-on', 'info'], '{"id": "s", "text": "quux"}\n');
    expect(JSON.parse(stdin.stdout)).toMatchObject({ source: '<stdin>', id: 's', line: 1 });
    expect(stdin.code).toBe(1);
  });
});

describe('unreadable inputs', () => {
  it('reports each on one stderr line, still checks the others, and exits 2', async () => {
    const { code, stdout, stderr } = await check(
      ['--format', 'jsonl', 'missing.txt', 'clean.txt', '.', 'binary.bin', 'latin1.txt', 'warning.txt'],
    );
    expect(stderr).toBe(
      [
        'missing.txt: no such file',
        '.: is a directory; pass the files in it (e.g. dir/*.txt)',
        'binary.bin: looks binary (contains NUL bytes); expected UTF-8 text',
        'latin1.txt: is not valid UTF-8 text',
        '',
      ].join('\n'),
    );
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([
      'clean.txt',
      'warning.txt',
    ]);
    expect(code).toBe(2);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'hello');
    chmodSync(locked, 0o000);
    const { code, stderr } = await check(['locked.txt']);
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'locked.txt: permission denied\n' });
  });
});

describe('--config and --strictness', () => {
  const configDir = tempDir({
    'bad.json': JSON.stringify({ rules: { 'tone/blam': false }, custom: { avoid: [{ avoid: 'a' }, { avoid: 'b' }, { avoid: '' }] } }),
    'syntax.json': '{\n  "strictness": "strict",\n}\n',
    'array.json': '[]',
    'strict.json': JSON.stringify({ strictness: 'strict' }),
    'reply.txt': 'hello',
  });
  const run = (args: string[]) => runCli(['check', ...args, 'reply.txt'], { cwd: configDir });

  it('rejects a bad config with one line per problem naming the field, before checking anything', async () => {
    expect(await run(['--config', 'bad.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'bad.json: rules["tone/blam"] is not a known rule; did you mean "tone/blame"?\n' +
        'bad.json: custom.avoid[2].avoid must be a non-empty string\n',
    });
    expect(await run(['--config', 'syntax.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'syntax.json: invalid JSON: Expected double-quoted property name at line 3, column 1\n',
    });
    expect(await run(['--config', 'array.json'])).toEqual({ code: 2, stdout: '', stderr: 'array.json: must be a JSON object, got an array\n' });
    expect(await run(['--config', 'nope.json'])).toEqual({ code: 2, stdout: '', stderr: 'nope.json: no such file\n' });
    expect(await run(['--config', '.'])).toMatchObject({ code: 2, stderr: '.: is a directory; pass the files in it (e.g. dir/*.txt)\n' });
  });

  it('lets --strictness override the config', async () => {
    // Any rule case that only shows at a higher strictness tells the two apart.
    const count = (text: string, strictness: 'gentle' | 'strict') => analyze(text, { strictness }).diagnostics.length;
    const text = RULES.flatMap((r) => r.cases.flagged)
      .map((marked) => parseBrackets(marked).text)
      .find((t) => count(t, 'strict') > count(t, 'gentle'));
    expect(text, 'a rule case flagged at strict but not at gentle').toBeDefined();

    const ran = await runCli(['check', '--config', 'strict.json', '--strictness', 'gentle', '--format', 'json', '-'], {
      cwd: configDir,
      stdin: text!,
    });
    const [result] = JSON.parse(ran.stdout) as Array<{ diagnostics: unknown[] }>;
    expect(result!.diagnostics.length).toBe(count(text!, 'gentle'));
    const strict = await runCli(['check', '--config', 'strict.json', '--format', 'json', '-'], { cwd: configDir, stdin: text! });
    expect((JSON.parse(strict.stdout) as Array<{ diagnostics: unknown[] }>)[0]!.diagnostics.length).toBe(count(text!, 'strict'));
  });
});

describe('usage', () => {
  it('--help and --version print to stdout and exit 0', async () => {
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: defuse check \[options\] \[FILE\.\.\.\]/);
    for (const word of ['--format', '--input', '--fail-on', '--config', '--strictness', 'UTF-16', 'Exit codes', ...RULES.map((r) => r.id)]) {
      expect(help.stdout).toContain(word);
    }
    const version = await runCli(['--version'], { cwd: dir });
    expect(version).toEqual({ code: 0, stdout: expect.stringMatching(/^defuse \d+\.\d+\.\d+\n$/), stderr: '' });
  });

  it('a usage mistake gets one line and a pointer to --help, with exit 2', async () => {
    expect(await runCli(['check', '--format', 'xml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'defuse: --format must be one of text, json, jsonl; got "xml"\nRun "defuse --help" for usage.\n',
    });
    const none = await runCli([], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(STACK);
  });
});
