/**
 * A team's rule pack, checked strictly. The analyzer quietly ignores what it does not understand
 * (it must never break a draft being typed), so in CI a typo would silently switch a check off;
 * here every problem is an error naming the field, e.g. `custom.avoid[2].avoid must be a non-empty string`.
 */
import { RULES, STEP_IDS, type AnalyzeOptions, type CustomPhrase, type Severity, type StepId, type Strictness } from '../analyzer';
import { closest } from './did-you-mean';

// Records keyed by the union make tsc flag these lists when the analyzer adds a value.
const STRICTNESS: Record<Strictness, true> = { gentle: true, standard: true, strict: true };
const SEVERITY: Record<Severity, true> = { error: true, warning: true, info: true };
export const STRICTNESS_VALUES = Object.keys(STRICTNESS) as Strictness[];
export const SEVERITY_VALUES = Object.keys(SEVERITY) as Severity[];

const TOP_KEYS = ['rules', 'requiredSteps', 'strictness', 'custom'] as const satisfies ReadonlyArray<keyof AnalyzeOptions>;
const CUSTOM_KEYS = ['avoid', 'empathy', 'apology'] as const;
const PHRASE_KEYS = ['avoid', 'replacement', 'note', 'severity'] as const satisfies ReadonlyArray<keyof CustomPhrase>;

export type ConfigResult = { ok: true; options: AnalyzeOptions } | { ok: false; errors: string[] };

type Json = Record<string, unknown>;

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function join(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function hint(name: string, known: readonly string[]): string {
  const guess = closest(name, known);
  return guess ? `did you mean "${guess}"?` : `expected one of ${quoted(known)}`;
}

// The analyzer matches custom phrases word by word; one without letters or digits would never match.
const HAS_WORD = /[\p{L}\p{M}\p{N}]/u;

class Validator {
  readonly errors: string[] = [];

  fail(path: string, problem: string): void {
    this.errors.push(path ? `${path} ${problem}` : problem);
  }

  object(value: unknown, path: string, keys: readonly string[]): value is Json {
    if (!isObject(value)) {
      this.fail(path, `must be an object, got ${kind(value)}`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(join(path, key), `is not a known field; ${hint(key, keys)}`);
    }
    return true;
  }

  array(value: unknown, path: string): value is unknown[] {
    if (Array.isArray(value)) return true;
    this.fail(path, `must be an array, got ${kind(value)}`);
    return false;
  }

  phrase(value: unknown, path: string): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(path, `must be a non-empty string${typeof value === 'string' ? '' : `, got ${kind(value)}`}`);
      return false;
    }
    if (!HAS_WORD.test(value)) {
      this.fail(path, 'must contain at least one word (letters or digits)');
      return false;
    }
    return true;
  }

  text(value: unknown, path: string): value is string {
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.fail(path, `must be a non-empty string${typeof value === 'string' ? '' : `, got ${kind(value)}`}`);
    return false;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
    const got = typeof value === 'string' ? `"${value}"` : kind(value);
    this.fail(path, `must be one of ${quoted(allowed)}, got ${got}${guess ? `; did you mean "${guess}"?` : ''}`);
    return false;
  }
}

function rules(v: Validator, value: unknown): Record<string, boolean> | undefined {
  if (!isObject(value)) {
    v.fail('rules', `must be an object of rule id to true/false, got ${kind(value)}`);
    return undefined;
  }
  const known = RULES.map((r) => r.id);
  const result: Record<string, boolean> = {};
  for (const [id, on] of Object.entries(value)) {
    const path = join('rules', id);
    if (!known.includes(id)) v.fail(path, `is not a known rule; ${hint(id, known)}`);
    else if (typeof on !== 'boolean') v.fail(path, `must be true or false, got ${kind(on)}`);
    else result[id] = on;
  }
  return result;
}

function requiredSteps(v: Validator, value: unknown): StepId[] | undefined {
  if (!v.array(value, 'requiredSteps')) return undefined;
  const steps: StepId[] = [];
  value.forEach((item, i) => {
    const path = `requiredSteps[${i}]`;
    if (!v.oneOf(item, path, STEP_IDS)) return;
    if (steps.includes(item)) v.fail(path, `repeats "${item}"`);
    else steps.push(item);
  });
  return steps;
}

function custom(v: Validator, value: unknown): AnalyzeOptions['custom'] {
  if (!v.object(value, 'custom', CUSTOM_KEYS)) return undefined;
  const result: NonNullable<AnalyzeOptions['custom']> = {};
  if (value.avoid !== undefined && v.array(value.avoid, 'custom.avoid')) {
    result.avoid = value.avoid.flatMap((item, i): CustomPhrase[] => {
      const path = `custom.avoid[${i}]`;
      if (!v.object(item, path, PHRASE_KEYS)) return [];
      let ok = v.phrase(item.avoid, `${path}.avoid`);
      const phrase: CustomPhrase = { avoid: item.avoid as string };
      if (item.replacement !== undefined) {
        ok = v.text(item.replacement, `${path}.replacement`) && ok;
        phrase.replacement = item.replacement as string;
      }
      if (item.note !== undefined) {
        ok = v.text(item.note, `${path}.note`) && ok;
        phrase.note = item.note as string;
      }
      if (item.severity !== undefined) {
        ok = v.oneOf(item.severity, `${path}.severity`, SEVERITY_VALUES) && ok;
        phrase.severity = item.severity as Severity;
      }
      return ok ? [phrase] : [];
    });
  }
  for (const key of ['empathy', 'apology'] as const) {
    const list = value[key];
    if (list === undefined || !v.array(list, `custom.${key}`)) continue;
    result[key] = list.filter((item, i): item is string => v.phrase(item, `custom.${key}[${i}]`));
  }
  return result;
}

export function validateConfig(value: unknown): ConfigResult {
  const v = new Validator();
  if (!isObject(value)) return { ok: false, errors: [`must be a JSON object, got ${kind(value)}`] };
  v.object(value, '', TOP_KEYS);
  const options: AnalyzeOptions = {};
  if (value.rules !== undefined) options.rules = rules(v, value.rules);
  if (value.requiredSteps !== undefined) options.requiredSteps = requiredSteps(v, value.requiredSteps);
  if (value.strictness !== undefined && v.oneOf(value.strictness, 'strictness', STRICTNESS_VALUES)) {
    options.strictness = value.strictness;
  }
  if (value.custom !== undefined) options.custom = custom(v, value.custom);
  return v.errors.length > 0 ? { ok: false, errors: v.errors } : { ok: true, options };
}
