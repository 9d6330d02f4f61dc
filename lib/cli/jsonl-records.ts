/** `--input jsonl`: one `{"id": ..., "text": "..."}` per line, each checked on its own. */
import { parseJson } from './json-parse';

export type RecordId = string | number;

export type JsonlRecord =
  | { ok: true; line: number; id?: RecordId; text: string }
  | { ok: false; line: number; id?: RecordId; error: string };

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function parseLine(raw: string, line: number): JsonlRecord {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { ok: false, line, error: parsed.error };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, line, error: `expected an object like {"id": ..., "text": "..."}, got ${kind(value)}` };
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const idValid = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id = idValid ? { id: rawId } : {};
  if (rawId !== undefined && !idValid) {
    return { ok: false, line, error: `id must be a string or a number, got ${kind(rawId)}` };
  }
  if (!('text' in record)) return { ok: false, line, ...id, error: 'text is missing' };
  if (typeof record.text !== 'string') {
    return { ok: false, line, ...id, error: `text must be a string, got ${kind(record.text)}` };
  }
  return { ok: true, line, ...id, text: record.text };
}

/** Blank lines are skipped (a trailing newline is not a record); other keys on a record are ignored. */
export function parseJsonl(text: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() !== '') records.push(parseLine(raw, i + 1));
  });
  return records;
}
