/** Defuse's analyzer: pure TypeScript, no DOM, no browser APIs. */
export { analyze } from './analyze';
export { RULES } from './rules';
export { STEPS } from './steps';
export { scoreReport, SEVERITY_WEIGHT } from './score';
export * from './types';
export type { RuleDefinition, StepDefinition, PhraseSpec } from './definitions';
