/** What validation found wrong, named by the path of the offending value (`custom.avoid[2].avoid`). */
export interface SettingsProblem {
  field: string;
  message: string;
}

/** Turns an unknown value into a checked one, or `undefined` when nothing of it is usable. */
export type FieldValidator<T> = (value: unknown, path: string, problems: SettingsProblem[]) => T | undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
