/** Sizes of the built packages, so a benchmark run records what the browser had to load. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  /** Compressed as a store package zips it (deflate, level 9), roughly the download. */
  gzipBytes: number;
}

export interface PackageSize {
  name: string;
  files: number;
  bytes: number;
  gzipBytes: number;
  /** The content script every page loads. */
  contentScript: FileSize | null;
  /** The coach, loaded into a page on the first use of an editor there. */
  coachScript: FileSize | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function sizeOf(file: string, root: string): FileSize {
  const body = readFileSync(file);
  return { file: path.relative(root, file), bytes: statSync(file).size, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** Every unpacked build under `outputDir` (chrome-mv3, firefox-mv3, ...) that exists. */
export function packageSizes(outputDir: string, names: readonly string[]): PackageSize[] {
  return names.flatMap((name) => {
    const dir = path.join(outputDir, name);
    if (!existsSync(path.join(dir, 'manifest.json'))) return [];
    const sizes = filesUnder(dir).map((f) => sizeOf(f, dir));
    return [
      {
        name,
        files: sizes.length,
        bytes: sizes.reduce((s, f) => s + f.bytes, 0),
        gzipBytes: sizes.reduce((s, f) => s + f.gzipBytes, 0),
        contentScript: sizes.find((f) => /^bootstrap\.js$/.test(f.file)) ?? null,
        coachScript: sizes.find((f) => f.file === 'coach.js') ?? null,
      },
    ];
  });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
