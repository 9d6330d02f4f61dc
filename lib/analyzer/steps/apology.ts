import { defineStep } from '../definitions';

// Intensifiers a sincere apology takes ("I'm so sorry", "we truly apologise").
const INTENSE = '(so|very|really|truly|deeply|terribly|incredibly|sincerely|genuinely|extremely|awfully|profoundly)';
const ADJECTIVE = '(sincere|sincerest|deepest|heartfelt|humble|humblest|profound|genuine|honest)';
const APOLOGY_WORD = '(sorry|apologize|apologies|regret)';

// A conditional, hedged or generic apology is not the step ("sorry if you feel", "sorry, but",
// "sorry for any inconvenience this may have caused"); tone/insincere-apology flags those forms.
const NOT_SINCERE = [
  `${APOLOGY_WORD} (,|;|—|–|-)? (but|however|though|although)`,
  `${APOLOGY_WORD} (if|whether)`,
  `${APOLOGY_WORD} (for|about) (any|whatever)`,
  `${APOLOGY_WORD} (for|about) (* (* (* *?)?)?)? (may|might|could) (have|be)`,
  `${APOLOGY_WORD} (for|about) your (confusion|misunderstanding)`,
  'sorry (that)? you (feel|felt) (that|this) way',
  'sorry (that)? you (think|thought|believe|believed|see it)',
  'sorry (that)? you (are|were|got|feel|felt) (upset|offended)',
  'sorry to (inform|say|tell|report)',
  'regret to (inform|say|tell|report|announce)',
  'sorry not sorry',
  'sorry to see you go',
];
// "I'm sorry, I can't help with that" is a refusal
const REFUSAL = `${APOLOGY_WORD} (,|;|—|–|-)? (i|we) (can not|could not|am unable|are unable|will not|do not|am not able|are not able)`;
const NOT_SINCERE_OR_REFUSAL = [...NOT_SINCERE, REFUSAL];

const phrase = (match: string) => ({ match, unless: NOT_SINCERE_OR_REFUSAL });

// After a sentence-opening "Sorry": what it is sorry about ("Sorry about the wait", "Sorry the emails...").
const ABOUT = '(about|for|that|to|again|you|we|i|!|the|your|it|this|our|my)';
// "I'm sorry I can't offer a refund, but here's what I can do": an apology for the refusal, with an offer after it.
const OFFER_AFTER = '(here is what|here is how|what (i|we) can|(i|we) (can|could|have|would like to|would be happy to|am happy to)|instead)';

export default defineStep({
  id: 'apology',
  title: 'Apologize sincerely',
  tip: 'Say sorry for what went wrong, without "if", "any" or "but": a sincere apology defuses anger, a conditional one provokes it.',
  examples: [
    "I'm truly sorry for the trouble this has caused you.",
    'I apologize for the mix-up with your order.',
    'My apologies for the wait on this one.',
  ],
  phrases: [
    // I'm (so) sorry, we're really sorry, I am so very sorry
    phrase(`[(i|we) (am|are)? ${INTENSE}? ${INTENSE}? sorry]`),
    // "Sorry about the delay." "So sorry for the mix-up!"
    phrase(`^ [${INTENSE}? sorry] ${ABOUT}`),
    // "Hi Sam, sorry about the wait." "Again, so sorry for the mix-up."
    phrase(
      `^ (hi|hello|hey|dear|again|once again|first|firstly|first of all|and|also|oh|ok|okay|well) (* ,?|,)? [${INTENSE}? sorry] ${ABOUT}`,
    ),
    // I apologize, we sincerely apologise, I'd like to apologize, let me apologize
    phrase(
      `[(i|we|let me|allow me to) (do|sincerely|truly|deeply|really|genuinely|must|also|want to|wanted to|would like to|need to|have to)? (apologize)]`,
    ),
    phrase(`[(my|our) ${ADJECTIVE}? apologies]`),
    // "Apologies for the delay." "Sincere apologies, that should not have happened."
    phrase(`^ [(${ADJECTIVE}|many)? apologies]`),
    phrase(`[(i|we) ${INTENSE}? regret] (that|the|this|our|my|not|having|how|what|letting)`),
    phrase('[(i|we) (really|truly)? owe you an apology]'),
    // the refusal is not the last word: "I'm sorry I can't offer a full refund, but here's what I can do"
    {
      match: `[(i|we) (am|are)? ${INTENSE}? sorry] (that|,)? (i|we) (can not|am unable to|are unable to|am not able to|are not able to) * (* (* (* (* (* (* *?)?)?)?)?)?)? ,? (but|and) ${OFFER_AFTER}`,
      unless: [...NOT_SINCERE, '(but|and) (i|we) (can|could|have) not'],
    },
    phrase(`[i ${INTENSE}? feel (terrible|awful|bad|horrible|dreadful)] (about|that|for)`),
  ],
  cases: {
    done: [
      "[I'm so sorry] about the double charge.",
      '[I apologize] for the mix-up with your delivery.',
      'We take this seriously and [we sincerely apologise] for the delay.',
      '[Sorry] about the wait, it has been a busy week.',
      'Please accept [our sincere apologies] for the missed appointment.',
      '[My apologies], I sent you the wrong tracking link.',
      '[We’re really sorry] that your package arrived damaged.',
      '[I am so very sorry] for how long this has taken.',
      '[I deeply regret] that we let this drag on for three weeks.',
      '[I’d like to apologize] for the confusion on our side, and [I’m sorry] it took two emails to sort out.',
      '[Apologies] for the delay in getting back to you.',
      'Looking back, [we owe you an apology] here.',
      "[I'm sorry] to hear the replacement was faulty too.",
      '[so sorry] for the trouble!', 'Hi Dana, [sorry] about the wait.', '[i apologise] for the late reply.',
      '[Sorry] the reset emails haven’t been reaching you.',
      '[I’m sorry] I can’t offer a full refund this time, but here’s what I can do.',
    ],
    missing: [
      "I'm not sorry.",
      'Sorry if you feel that way.',
      "I'm sorry, but that's our policy.",
      "We're sorry for any inconvenience this may have caused.",
      "I'm sorry you feel that way.",
      'We regret to inform you that the item is discontinued.',
      'I apologize if there was any confusion.',
      'Apologies for any inconvenience.',
      'Sorry to say, the offer has ended.',
      'He already apologized to the courier.',
      "I'm sorry for your confusion about the pricing.",
      'Sorry?',
      'I’m sorry, I can’t help with that.',
      'I’m sorry we can’t refund it, and we can’t offer a credit either.',
      'Sorry, the offer has ended.',
    ],
  },
});
