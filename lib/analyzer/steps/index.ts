/** The checklist, in the order a reply usually does it. */
import type { StepDefinition } from '../definitions';
import acknowledge from './acknowledge';
import empathy from './empathy';
import apology from './apology';
import ownership from './ownership';
import solution from './solution';
import followUp from './follow-up';

export const STEPS: readonly StepDefinition[] = [acknowledge, empathy, apology, ownership, solution, followUp];
