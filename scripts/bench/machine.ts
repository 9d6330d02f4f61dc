/** Where and on what a benchmark ran, so runs can be compared. Local only: no network. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function gitInfo(root: string) {
  const status = git(root, ['status', '--porcelain', '--', 'lib/analyzer']);
  return {
    commit: git(root, ['rev-parse', 'HEAD']),
    subject: git(root, ['log', '-1', '--format=%s']),
    /** The benchmark measures the working tree: these analyzer files differ from the commit. */
    analyzerChanges: status ? status.split('\n').map((l) => l.trim()) : [],
  };
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function packageVersion(root: string, name: string): string | null {
  try {
    const json = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return json.version ?? null;
  } catch {
    return null;
  }
}
