import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/parse-args';
import { parseJsonl } from '../../../lib/cli/jsonl-records';
import { decodeText, describeFsError } from '../../../lib/cli/read-input';

describe('parseArgs', () => {
  it('reads the check command with defaults, both option spellings, and - for stdin', () => {
    expect(parseArgs(['check'])).toEqual({
      ok: true,
      command: { kind: 'check', files: [], format: 'text', input: 'text', failOn: 'error', config: undefined, strictness: undefined },
    });
    expect(parseArgs(['--format=jsonl', 'check', 'a.txt', '--input', 'jsonl', '-', '--fail-on', 'warning', '--config=c.json', '--strictness', 'gentle', '--', '--odd-name.txt'])).toEqual({
      ok: true,
      command: { kind: 'check', files: ['a.txt', '-', '--odd-name.txt'], format: 'jsonl', input: 'jsonl', failOn: 'warning', config: 'c.json', strictness: 'gentle' },
    });
    expect(parseArgs(['check', '--fail-on', 'none'])).toMatchObject({ ok: true, command: { failOn: 'none' } });
  });

  it('answers --help and --version wherever they appear', () => {
    expect(parseArgs(['check', 'a.txt', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['-h'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['--version'])).toEqual({ ok: true, command: { kind: 'version' } });
    expect(parseArgs(['-v'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it('explains each usage mistake', () => {
    const error = (argv: string[]) => {
      const parsed = parseArgs(argv);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(error([])).toBe('missing command; usage: defuse check [options] [FILE...]');
    expect(error(['lint'])).toBe('unknown command "lint"; the only command is "check"');
    expect(error(['check', '--verbose'])).toBe('unknown option --verbose');
    expect(error(['check', '--format'])).toBe('--format needs a value');
    expect(error(['check', '--config', '--format', 'json'])).toBe('--config needs a value');
    expect(error(['check', '--format='])).toBe('--format needs a value');
    expect(error(['check', '--format', 'xml'])).toBe('--format must be one of text, json, jsonl; got "xml"');
    expect(error(['check', '--input', 'csv'])).toBe('--input must be one of text, jsonl; got "csv"');
    expect(error(['check', '--fail-on', 'fatal'])).toBe('--fail-on must be one of error, warning, info, none; got "fatal"');
    expect(error(['check', '--strictness', 'loud'])).toBe('--strictness must be one of gentle, standard, strict; got "loud"');
    expect(error(['check', '-', '-'])).toBe('stdin (-) can be given only once');
  });
});

describe('decodeText', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('decodes UTF-8, dropping a BOM so columns match the editor', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFhé 🎉'))).toEqual({ ok: true, text: 'hé 🎉' });
    expect(decodeText(bytes())).toEqual({ ok: true, text: '' });
  });
  it('refuses binary, UTF-16 and invalid UTF-8', () => {
    expect(decodeText(bytes(0x68, 0x00, 0x69))).toEqual({ ok: false, error: 'looks binary (contains NUL bytes); expected UTF-8 text' });
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00))).toEqual({ ok: false, error: 'is UTF-16 encoded; save it as UTF-8' });
    expect(decodeText(bytes(0x68, 0xc3, 0x28))).toEqual({ ok: false, error: 'is not valid UTF-8 text' });
  });
  it('turns file-system errors into a phrase', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code });
    expect(describeFsError(err('ENOENT'))).toBe('no such file');
    expect(describeFsError(err('EISDIR'))).toBe('is a directory; pass the files in it (e.g. dir/*.txt)');
    expect(describeFsError(err('EACCES'))).toBe('permission denied');
    expect(describeFsError(err('EIO'))).toBe('cannot be read (EIO)');
  });
});

describe('parseJsonl', () => {
  it('keeps line numbers, skips blank lines, and explains each bad line', () => {
    const input = [
      '{"id": "a", "text": "Hello"}',
      '',
      '{"id": 2, "text": "", "extra": true}\r',
      '{"text": "no id"}',
      '{"id": "b" "text": "x"}',
      '[1, 2]',
      '{"id": "c"}',
      '{"id": "d", "text": 5}',
      '{"id": {"nested": 1}, "text": "x"}',
      '   ',
    ].join('\n');
    expect(parseJsonl(input)).toEqual([
      { ok: true, line: 1, id: 'a', text: 'Hello' },
      { ok: true, line: 3, id: 2, text: '' },
      { ok: true, line: 4, text: 'no id' },
      { ok: false, line: 5, error: "invalid JSON: Expected ',' or '}' after property value at column 12" },
      { ok: false, line: 6, error: 'expected an object like {"id": ..., "text": "..."}, got an array' },
      { ok: false, line: 7, id: 'c', error: 'text is missing' },
      { ok: false, line: 8, id: 'd', error: 'text must be a string, got a number' },
      { ok: false, line: 9, error: 'id must be a string or a number, got an object' },
    ]);
  });
});
