/** argv to a command. Hand-rolled rather than util.parseArgs so each mistake gets a message naming the fix. */
import type { Strictness } from '../analyzer';
import { DEFAULT_FAIL_ON, type FailOn } from './exit-codes';
import { SEVERITY_VALUES, STRICTNESS_VALUES } from './validate-config';

export const FORMATS = ['text', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];
export const INPUT_MODES = ['text', 'jsonl'] as const;
export type InputMode = (typeof INPUT_MODES)[number];
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITY_VALUES, 'none'];

export interface CheckOptions {
  /** Empty means stdin; `-` also means stdin. */
  files: string[];
  format: Format;
  input: InputMode;
  failOn: FailOn;
  config?: string;
  strictness?: Strictness;
}

export type Command = { kind: 'help' } | { kind: 'version' } | ({ kind: 'check' } & CheckOptions);

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

const VALUE_OPTIONS = ['--format', '--input', '--fail-on', '--config', '--strictness'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

type Choice<T> = { ok: true; value: T } | { ok: false; error: string };

function choose<T extends string, D extends T | undefined>(
  values: ReadonlyMap<ValueOption, string>,
  option: ValueOption,
  allowed: readonly T[],
  fallback: D,
): Choice<T | D> {
  const value = values.get(option);
  if (value === undefined) return { ok: true, value: fallback };
  if ((allowed as readonly string[]).includes(value)) return { ok: true, value: value as T };
  return { ok: false, error: `${option} must be one of ${allowed.join(', ')}; got "${value}"` };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { ok: true, command: { kind: 'help' } };
    if (arg === '-v' || arg === '-V' || arg === '--version') return { ok: true, command: { kind: 'version' } };
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      return { ok: false, error: `unknown option ${name}` };
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    // "--config --format json" means the value was forgotten, not a file named "--format".
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      return { ok: false, error: `${name} needs a value` };
    }
    values.set(name as ValueOption, value);
  }

  const [command, ...files] = positionals;
  if (command === undefined) return { ok: false, error: 'missing command; usage: defuse check [options] [FILE...]' };
  if (command !== 'check') return { ok: false, error: `unknown command "${command}"; the only command is "check"` };
  if (files.filter((f) => f === '-').length > 1) return { ok: false, error: 'stdin (-) can be given only once' };

  const format = choose(values, '--format', FORMATS, 'text');
  if (!format.ok) return format;
  const input = choose(values, '--input', INPUT_MODES, 'text');
  if (!input.ok) return input;
  const failOn = choose(values, '--fail-on', FAIL_ON_VALUES, DEFAULT_FAIL_ON);
  if (!failOn.ok) return failOn;
  const strictness = choose(values, '--strictness', STRICTNESS_VALUES, undefined);
  if (!strictness.ok) return strictness;
  return {
    ok: true,
    command: {
      kind: 'check',
      files,
      format: format.value,
      input: input.value,
      failOn: failOn.value,
      config: values.get('--config'),
      strictness: strictness.value,
    },
  };
}
