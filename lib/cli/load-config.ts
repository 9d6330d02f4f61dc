/** `--config FILE`: read, parse and validate; every message is prefixed with the file, as editors expect. */
import type { AnalyzeOptions } from '../analyzer';
import type { Io } from './io';
import { parseJson } from './json-parse';
import { decodeText, readBytes } from './read-input';
import { validateConfig } from './validate-config';

export type LoadedConfig = { ok: true; options: AnalyzeOptions } | { ok: false; errors: string[] };

export async function loadConfig(file: string, io: Io): Promise<LoadedConfig> {
  const fail = (problem: string): LoadedConfig => ({ ok: false, errors: [`${file}: ${problem}`] });
  if (file === '-') return fail('the config must be a file; stdin is for the replies');
  const read = await readBytes(file, io);
  if (!read.ok) return fail(read.error);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fail(decoded.error);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return fail(parsed.error);
  const result = validateConfig(parsed.value);
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => `${file}: ${e}`) };
}
