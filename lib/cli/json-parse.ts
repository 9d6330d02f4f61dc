/** JSON.parse with an error message that points at a line and column instead of a byte position. */
import { locator } from './positions';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(.*) in JSON at position (\d+)/.exec(message);
    if (!at) return { ok: false, error: `invalid JSON: ${message}` };
    const { line, column } = locator(text)(Number(at[2]));
    const where = text.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
    return { ok: false, error: `invalid JSON: ${at[1]} at ${where}` };
  }
}
