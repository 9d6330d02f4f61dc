/** Reads one FILE (or stdin) as UTF-8 text, turning every way that can fail into one sentence. */
import { readFile } from 'node:fs/promises';
import { resolvePath, type Io } from './io';

export const STDIN_LABEL = '<stdin>';

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

export interface Input {
  /** The name shown in output: the path as given, or `<stdin>`. */
  source: string;
  text: string;
}

export type InputResult = ({ ok: true } & Input) | { ok: false; source: string; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Binary and wrongly encoded files are refused rather than analyzed as mojibake that would pass. */
export function decodeText(bytes: Uint8Array): TextResult {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return { ok: false, error: 'is UTF-16 encoded; save it as UTF-8' };
  if (bytes.includes(0)) return { ok: false, error: 'looks binary (contains NUL bytes); expected UTF-8 text' };
  try {
    // A UTF-8 BOM is dropped here, so offsets and columns match what an editor shows.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text' };
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory; pass the files in it (e.g. dir/*.txt)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

export async function readBytes(file: string, io: Io): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  try {
    return { ok: true, bytes: file === '-' ? await io.readStdin() : await readFile(resolvePath(io, file)) };
  } catch (e) {
    return { ok: false, error: describeFsError(e) };
  }
}

export async function readInput(file: string, io: Io): Promise<InputResult> {
  const source = file === '-' ? STDIN_LABEL : file;
  const read = await readBytes(file, io);
  if (!read.ok) return { ok: false, source, error: read.error };
  const decoded = decodeText(read.bytes);
  return decoded.ok ? { ok: true, source, text: decoded.text } : { ok: false, source, error: decoded.error };
}
