/** Runs the CLI in-process against temp files; the spawn tests cover the process wiring. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { RULES } from '../../../lib/analyzer';
import type { Io } from '../../../lib/cli/io';
import { run } from '../../../lib/cli/run';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  { cwd, stdin = '', tty = false }: { cwd: string; stdin?: string | Uint8Array; tty?: boolean },
): Promise<Ran> {
  const ran = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (t) => void (ran.stdout += t),
    stderr: (t) => void (ran.stderr += t),
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin) : stdin),
    stdinIsTTY: tty,
    cwd,
  };
  const code = await run(argv, io);
  return { code, ...ran };
}

/** A temp directory holding `files`, removed after the test file. */
export function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A config that switches every built-in rule off and flags made-up words instead, so exact
 * assertions hold while the rules themselves are being tuned.
 */
export const DETERMINISTIC_CONFIG = JSON.stringify({
  rules: Object.fromEntries(RULES.map((r) => [r.id, false])),
  requiredSteps: ['apology'],
  custom: {
    avoid: [
      { avoid: 'zorbly', severity: 'error', note: 'Sounds harsh.' },
      { avoid: 'flimflam', replacement: 'process', severity: 'warning' },
      { avoid: 'quux', severity: 'info' },
    ],
    apology: ['my deepest regrets'],
  },
});
