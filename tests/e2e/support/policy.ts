/**
 * A real Chromium team policy for the e2e tests: Chromium on Linux reads JSON files in
 * /etc/chromium/policies/managed/ at startup, and hands `3rdparty.extensions.<id>` to that extension's
 * `storage.managed`. Writing there needs root (CI runs as root).
 */
import { createHash } from 'node:crypto';
import { access, constants, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, in letters a to p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** Whether this process may write Chromium's policy folder (creating it if need be). */
export async function canWritePolicies(): Promise<boolean> {
  try {
    await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
    await access(CHROMIUM_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes a policy for one extension; returns the function that removes it again. */
export async function writeExtensionPolicy(extensionId: string, policy: unknown): Promise<() => Promise<void>> {
  const file = join(CHROMIUM_POLICY_DIR, `defuse-e2e-${extensionId}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  return () => rm(file, { force: true });
}
