/**
 * The machine formats. Each result is `{ source, [id, line,] ...report }`, and each diagnostic also
 * gets `line`, `column`, `endLine`, `endColumn` (1-based, UTF-16 columns, end exclusive) so CI
 * annotations need not recompute them; `start`/`end` stay the report's UTF-16 offsets.
 */
import type { Diagnostic } from '../analyzer';
import { locator } from './positions';
import type { Result } from './results';

export type JsonDiagnostic = Diagnostic & { line: number; column: number; endLine: number; endColumn: number };

export function toJson(result: Result): Record<string, unknown> {
  const origin = {
    source: result.source,
    ...(result.id === undefined ? {} : { id: result.id }),
    ...(result.line === undefined ? {} : { line: result.line }),
  };
  if (!result.ok) return { ...origin, error: result.error };
  const at = locator(result.text);
  const diagnostics = result.report.diagnostics.map((d): JsonDiagnostic => {
    const start = at(d.start);
    const end = at(d.end);
    return { ...d, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  return { ...origin, ...result.report, diagnostics };
}

export const formatJsonl = (result: Result): string => JSON.stringify(toJson(result)) + '\n';

export const formatJson = (results: readonly Result[]): string =>
  JSON.stringify(results.map(toJson), null, 2) + '\n';
