/** Every rule, sorted by file name. A test checks each file here is listed and each id matches its file. */
import type { RuleDefinition } from '../definitions';
import arguing from './arguing';
import blame from './blame';
import commanding from './commanding';
import condescending from './condescending';
import deflecting from './deflecting';
import dismissive from './dismissive';
import insincereApology from './insincere-apology';
import negativeFraming from './negative-framing';
import profanity from './profanity';
import shouting from './shouting';

export const RULES: readonly RuleDefinition[] = [
  arguing,
  blame,
  commanding,
  condescending,
  deflecting,
  dismissive,
  insincereApology,
  negativeFraming,
  profanity,
  shouting,
];
