/**
 * analyze(text) -> Report. The draft is blanked where it is not the agent's (quotes, signature,
 * placeholders), split into sentences, and each sentence is matched against every rule and step.
 * A sentence's findings do not depend on options, so they are cached by its text: after a
 * keystroke only the sentence being typed is matched again.
 */
import type { Finding, RuleDefinition, StepDefinition } from './definitions';
import { tokenize, type Term } from './language/tokens';
import { compilePhrase, findPhrase, type CompiledPhrase } from './match/phrases';
import { matchAll } from './match/matcher';
import { compileLiteral, type Pattern } from './match/pattern';
import { resolveOptions, shownAt, type ResolvedOptions } from './options';
import { RULES } from './rules';
import { scoreReport } from './score';
import { STEPS } from './steps';
import { dropEdit, fillTemplate, fitCase } from './suggestions';
import { ignoredRegions, maskIgnored } from './text/ignored-regions';
import { splitSentences } from './text/sentences';
import type { AnalyzeOptions, CustomPhrase, Diagnostic, Report, Span, Step } from './types';

interface RuleFinding extends Finding {
  rule: RuleDefinition;
}

interface Evidence extends Span {
  step: StepDefinition;
}

interface SentenceResult {
  terms: Term[];
  findings: RuleFinding[];
  evidence: Evidence[];
}

interface CompiledRule {
  rule: RuleDefinition;
  phrases: CompiledPhrase[];
}

interface Compiled {
  rules: CompiledRule[];
  steps: Array<{ step: StepDefinition; phrases: CompiledPhrase[] }>;
  /** Phrases by the words one of which they require: a sentence only tries phrases it has a word for. */
  byWord: Map<string, OwnedPhrase[]>;
  /** Phrases that require no particular word. */
  unindexed: OwnedPhrase[];
  detectors: RuleDefinition[];
}

/** A phrase with the rule or step it belongs to, and its place in definition order. */
interface OwnedPhrase {
  phrase: CompiledPhrase;
  owner: { rule: RuleDefinition } | { step: StepDefinition };
  order: number;
}

let compiled: Compiled | null = null;

function compiledDefinitions(): Compiled {
  if (compiled) return compiled;
  const rules = RULES.map((rule) => ({ rule, phrases: (rule.phrases ?? []).map(compilePhrase) }));
  const steps = STEPS.map((step) => ({ step, phrases: step.phrases.map(compilePhrase) }));
  const byWord = new Map<string, OwnedPhrase[]>();
  const unindexed: OwnedPhrase[] = [];
  const owned: OwnedPhrase[] = [
    ...rules.flatMap(({ rule, phrases }) => phrases.map((phrase) => ({ phrase, owner: { rule } }))),
    ...steps.flatMap(({ step, phrases }) => phrases.map((phrase) => ({ phrase, owner: { step } }))),
  ].map((p, order) => ({ ...p, order }));
  for (const p of owned) {
    const required = p.phrase.pattern.requiredWords;
    if (!required) unindexed.push(p);
    else for (const word of required) byWord.set(word, [...(byWord.get(word) ?? []), p]);
  }
  compiled = { rules, steps, byWord, unindexed, detectors: RULES.filter((r) => r.detect) };
  return compiled;
}

/** The phrases that could match somewhere in these terms, in definition order. */
function candidatePhrases(terms: readonly Term[], defs: Compiled): OwnedPhrase[] {
  const candidates = new Set(defs.unindexed);
  for (const term of terms) {
    for (const p of defs.byWord.get(term.word) ?? []) candidates.add(p);
    if (term.alt) for (const p of defs.byWord.get(term.alt) ?? []) candidates.add(p);
  }
  return [...candidates].sort((a, b) => a.order - b.order);
}

function phraseFindings(phrase: CompiledPhrase, terms: readonly Term[], sentence: string): Finding[] {
  const { spec } = phrase;
  return findPhrase(phrase, terms).flatMap((m): Finding[] => {
    const words = sentence.slice(m.start, m.end);
    const base = { severity: spec.severity, message: spec.message, from: spec.from };
    const suggestions = (spec.suggestions ?? []).flatMap((s) => {
      const filled = fillTemplate(s, words);
      return filled === undefined ? [] : [fitCase(filled, sentence, m.start)];
    });
    if (spec.drop) {
      // Removing words needs a wider span (see dropEdit), so a dropped phrase offers only that.
      const drop = dropEdit(sentence, m.start, m.end);
      if (drop) return [{ ...base, start: drop.start, end: drop.end, suggestions: [drop.replacement] }];
    }
    return [{ ...base, start: m.start, end: m.end, suggestions }];
  });
}

function withoutOverlapsPerRule(findings: RuleFinding[]): RuleFinding[] {
  const byRule = new Map<RuleDefinition, RuleFinding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule.values()].flatMap(withoutOverlaps);
}

/** Keeps the first of overlapping findings of one rule (the longest when they start together). */
function withoutOverlaps<T extends Span>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (!last || item.start >= last.end) kept.push(item);
  }
  return kept;
}

function analyzeSentence(sentence: string): SentenceResult {
  const terms = tokenize(sentence);
  const defs = compiledDefinitions();
  const findings: RuleFinding[] = [];
  const evidence: Evidence[] = [];
  // Overlaps are resolved after options filter these, so a strict-only finding cannot hide a standard one.
  for (const { phrase, owner } of candidatePhrases(terms, defs)) {
    if ('rule' in owner) {
      for (const f of phraseFindings(phrase, terms, sentence)) findings.push(Object.assign(f, { rule: owner.rule }));
    } else {
      for (const m of findPhrase(phrase, terms)) evidence.push({ step: owner.step, start: m.start, end: m.end });
    }
  }
  for (const rule of defs.detectors) for (const f of rule.detect!(sentence)) findings.push(Object.assign(f, { rule }));
  return { terms, findings, evidence };
}

// Bounded so a long session of typing does not grow memory without limit.
const CACHE_LIMIT = 4000;
const sentenceCache = new Map<string, SentenceResult>();

function sentenceResult(sentence: string): SentenceResult {
  let result = sentenceCache.get(sentence);
  if (result) return result;
  result = analyzeSentence(sentence);
  if (sentenceCache.size >= CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value as string);
  sentenceCache.set(sentence, result);
  return result;
}

interface CompiledCustom {
  avoid: Array<{ phrase: CustomPhrase; pattern: Pattern }>;
  empathy: Pattern[];
  apology: Pattern[];
}

const customCache = new Map<string, CompiledCustom>();

function compileCustom(options: ResolvedOptions): CompiledCustom {
  const key = JSON.stringify(options.custom);
  let custom = customCache.get(key);
  if (custom) return custom;
  const literals = (list: string[]) =>
    list.flatMap((s) => (typeof s === 'string' ? [compileLiteral(s)] : [])).filter((p): p is Pattern => p !== null);
  custom = {
    avoid: options.custom.avoid.flatMap((phrase) => {
      const pattern = typeof phrase?.avoid === 'string' ? compileLiteral(phrase.avoid) : null;
      return pattern ? [{ phrase, pattern }] : [];
    }),
    empathy: literals(options.custom.empathy),
    apology: literals(options.custom.apology),
  };
  if (customCache.size > 20) customCache.clear();
  customCache.set(key, custom);
  return custom;
}

const CUSTOM_WHY =
  "Your team asked to avoid this wording in replies. Team guidelines capture what has escalated tickets before.";

/** A sentence's diagnostics and counted evidence under one set of options, offsets relative to it. */
interface Resolved {
  key: string;
  diagnostics: Array<Omit<Diagnostic, 'text'>>;
  evidence: Evidence[];
}

const resolvedBySentence = new WeakMap<SentenceResult, Resolved>();

function resolveSentence(
  result: SentenceResult,
  sentence: string,
  opts: ResolvedOptions,
  key: string,
  custom: CompiledCustom,
  stepById: ReadonlyMap<string, StepDefinition>,
): Resolved {
  const memo = resolvedBySentence.get(result);
  if (memo?.key === key) return memo;
  const shown = result.findings.filter(
    (f) => opts.rules[f.rule.id] !== false && shownAt(f.from ?? f.rule.from, opts.strictness),
  );
  const found: Array<Omit<Diagnostic, 'text'>> = withoutOverlapsPerRule(shown).map((f) => ({
    ruleId: f.rule.id,
    category: f.rule.category,
    severity: f.severity ?? f.rule.severity,
    start: f.start,
    end: f.end,
    message: f.message ?? f.rule.message,
    why: f.rule.why,
    suggestions: f.suggestions,
  }));
  for (const { phrase, pattern } of custom.avoid) {
    for (const m of matchAll(pattern, result.terms)) {
      found.push({
        ruleId: 'custom/avoid',
        category: 'custom',
        severity: phrase.severity ?? 'warning',
        start: m.start,
        end: m.end,
        message: phrase.note ? `Your team avoids “${phrase.avoid}”: ${phrase.note}` : `Your team avoids “${phrase.avoid}”.`,
        why: CUSTOM_WHY,
        suggestions: phrase.replacement ? [fitCase(phrase.replacement, sentence, m.start)] : [],
      });
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const candidates: Evidence[] = [...result.evidence];
  for (const [stepId, patterns] of [['empathy', custom.empathy], ['apology', custom.apology]] as const) {
    const step = stepById.get(stepId)!;
    for (const p of patterns) for (const m of matchAll(p, result.terms)) candidates.push({ step, start: m.start, end: m.end });
  }
  // Evidence said in a problem's own words does not count ("I'm sorry if you feel..." is no
  // apology), and nothing counts in a sentence that carries an error (an insult voids the empathy beside it).
  const voided = found.some((d) => d.severity === 'error');
  const evidence = voided ? [] : candidates.filter((e) => !found.some((d) => overlap(d, e)));
  const resolved = { key, diagnostics: found, evidence };
  resolvedBySentence.set(result, resolved);
  return resolved;
}

export function analyze(input: string, options?: AnalyzeOptions): Report {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const opts = resolveOptions(options);
  const custom = compileCustom(opts);
  // Options change rarely; a sentence resolved under the same ones is reused as it was.
  const key = `${opts.strictness}|${JSON.stringify(opts.rules)}|${JSON.stringify(opts.custom)}`;
  const masked = maskIgnored(text, ignoredRegions(text));
  const diagnostics: Diagnostic[] = [];
  const evidence: Evidence[] = [];
  const stepById = new Map(compiledDefinitions().steps.map(({ step }) => [step.id as string, step]));

  for (const sentence of splitSentences(masked)) {
    const resolved = resolveSentence(sentenceResult(sentence.text), sentence.text, opts, key, custom, stepById);
    const at = sentence.start;
    for (const d of resolved.diagnostics) {
      diagnostics.push({ ...d, start: at + d.start, end: at + d.end, text: text.slice(at + d.start, at + d.end) });
    }
    for (const e of resolved.evidence) evidence.push({ step: e.step, start: at + e.start, end: at + e.end });
  }
  const steps = buildSteps(evidence, opts);
  return { score: scoreReport(diagnostics, steps), diagnostics, steps };
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function buildSteps(evidence: Evidence[], opts: ResolvedOptions): Step[] {
  const byStep = new Map<StepDefinition, Evidence[]>();
  for (const e of evidence) {
    const list = byStep.get(e.step);
    if (list) list.push(e);
    else byStep.set(e.step, [e]);
  }
  return compiledDefinitions().steps.map(({ step }) => {
    const spans = withoutOverlaps(byStep.get(step) ?? []).map(({ start, end }) => ({ start, end }));
    return {
      id: step.id,
      title: step.title,
      done: spans.length > 0,
      required: opts.requiredSteps.has(step.id),
      spans,
      tip: step.tip,
      examples: step.examples,
    };
  });
}
