/**
 * The real processes, a few spawns only (each costs tsx's start-up): the package bin as npm links it,
 * and the npm script. Everything else is covered in-process by run.test.ts.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETERMINISTIC_CONFIG, tempDir } from './helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../../lib/cli/bin.mjs', import.meta.url));

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawn(file: string, args: string[], cwd: string, stdin = ''): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

// tsx compiles the analyzer on each start: about a second alone, several on a loaded CI machine.
const SPAWN_TIMEOUT = 30_000;

const dir = tempDir({
  'config.json': DETERMINISTIC_CONFIG,
  'reply.txt': 'Thanks for waiting, and sorry: the flimflam is fixed.',
});

describe('spawned CLI', () => {
  it('bin.mjs runs as an executable from another directory, reading files and stdin', async () => {
    const [checked, version] = await Promise.all([
      spawn(bin, ['check', '--config', 'config.json', '--format', 'jsonl', '--fail-on', 'warning', 'reply.txt', '-', 'missing.txt'], dir, 'so zorbly'),
      spawn(bin, ['--version'], dir),
    ]);
    const lines = checked.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; diagnostics: Array<{ ruleId: string; line: number; column: number }> });
    expect(lines.map((l) => [l.source, l.diagnostics.map((d) => `${d.line}:${d.column}`)])).toEqual([
      ['reply.txt', ['1:36']],
      ['<stdin>', ['1:4']],
    ]);
    expect(checked.stderr).toBe('missing.txt: no such file\n');
    expect(checked.code).toBe(2);
    expect(version).toEqual({ code: 0, stdout: expect.stringMatching(/^defuse \d+\.\d+\.\d+\n$/), stderr: '' });
  }, SPAWN_TIMEOUT);

  it('npm run defuse -- check works, with the exit code of the findings', async () => {
    const ran = await spawn('npm', ['run', '-s', 'defuse', '--', 'check', '--config', `${dir}/config.json`, `${dir}/reply.txt`], root);
    expect(ran.stdout.split('\n')[0]).toBe(`${dir}/reply.txt:1:36 warning Your team avoids “flimflam”. custom/avoid`);
    expect(ran.code).toBe(0);
  }, SPAWN_TIMEOUT);
});
