import { defineStep } from '../definitions';

// Things an agent does about the problem. Telling the customer later ("I'll keep you posted") is the
// follow-up step, so those verbs are not here; neither are "be", "need", "have to" or "try".
const ACTIONS = [
  '{make} (sure|(this|it|things) right)',
  '{ensure}',
  '{fix}',
  '{sort} (this|it|that|out)',
  '{look} (into|at)',
  '{dig} into',
  '{take} (care of|a look|over|ownership|responsibility)',
  '{handle}',
  '{get} (this|that|it|your|you) (sorted|fixed|resolved|back|a|an|the)',
  '{escalate}',
  '{raise}',
  '{flag}',
  '{investigate}',
  '{review}',
  '{chase}',
  '{push} (for|this|it|the)',
  '{work} on',
  '({speak}|{talk}) (to|with)',
  '({contact}|{call}|{reach} out to) (the|our|your)',
  '{ask} (the|our)',
  '{correct}',
  '{resolve}',
  '{process}',
  '{refund}',
  '{replace}',
  '{send}',
  '{arrange}',
  '{expedite}',
  '{reset}',
  '{cancel}',
  'canceled',
  '{reverse}',
  '{credit}',
  '{waive}',
  '{upgrade}',
  '{extend} (your|the)',
  'reship',
  'reshipped',
  '{resend}',
  'resent',
  '{issue}',
  '{apply}',
  '{remove}',
  '{prioritize}',
  '{own} (this|it|that|the)',
  '{find} (out|a|the|you)',
  '{loop} in',
  '{pass} (this|it|that|your) (on|along)',
  '{do} (everything|whatever|all) (i|we|it)',
  '{check}',
  'double -? {check}',
].join('|');
// A company promise: concrete verbs only ("we'll look into it" is vague).
const WE_ACTIONS = [
  '{make} (sure|(this|it|things) right)',
  '{fix}',
  '{refund}',
  '{replace}',
  '{correct}',
  '{reverse}',
  '{cover}',
  '{credit}',
  '{waive}',
  '{take} (care of|(full)? (ownership|responsibility))',
].join('|');
const PERSONALLY = '(personally|also|now|immediately|right away|absolutely|definitely|first)';
// Done already. A bare "we" (no "have") counts only with a verb that is plainly a fix ("we refunded
// it"): "we sent you the wrong size" is what went wrong, not what is being done about it.
const DONE =
  '(escalated|flagged|raised|refunded|credited|reset|replaced|resent|reshipped|reversed|corrected|fixed|cancelled|canceled|waived|upgraded|extended|expedited|arranged|asked|contacted|called|reached out to|passed|chased|reviewed|investigated|looked into|checked|added|applied|issued|processed|sent|removed|updated|restored|unlocked|reactivated|reinstated|booked|rebooked|spoken to|spoken with|spoken|talked to|talked with|made sure|double checked)';
const DONE_STRONG = '(escalated|flagged|raised|refunded|credited|reversed|corrected|fixed|waived|expedited|reinstated)';
const ADVS = '(already|just|now|also|personally|since|gone ahead and)';
// Chasing is ownership; checking back with the customer is the follow-up step.
const NOT_OWNERSHIP = ['{check} (back|in)'];

const phrase = (match: string) => ({ match, unless: NOT_OWNERSHIP });

export default defineStep({
  id: 'ownership',
  title: 'Take ownership',
  tip: 'Say what you will do yourself ("I’ll make sure", "I’ve escalated this") or own the mistake ("that’s on us"): a named person taking responsibility reassures far more than "the team will look into it".',
  examples: [
    'I’ll personally make sure this gets sorted out today.',
    'This was our mistake, and I’m taking care of it now.',
    'I’ve gone ahead and escalated this to our billing team.',
  ],
  phrases: [
    // I'll personally make sure, I'm going to fix, let me check, I'd like to refund
    phrase(`[(i (will|am going to|would like to|want to)|let (me|us)) ${PERSONALLY}? ${PERSONALLY}? (${ACTIONS})]`),
    phrase(`[i will be (sure to|personally)] *`),
    // I've escalated, I've gone ahead and refunded, I went ahead and reset
    phrase(`[(i have?|we have) ${ADVS}? ${ADVS}? ${DONE}]`),
    phrase(`[we ${ADVS}? ${DONE_STRONG}]`),
    phrase(`[(i|we) went ahead and *]`),
    // I'm on it, I'm taking care of it, I'm personally handling this
    phrase('[(i am|we are) on it]'),
    phrase(
      `[(i am|we are) (personally|now|already)? (handling|taking care of|looking into|working on|chasing|investigating|escalating|fixing|sorting|reviewing|checking|refunding|issuing|processing|sending|arranging|resetting|replacing|cancelling|canceling|crediting|waiving|upgrading|extending|expediting|correcting|reversing)]`,
    ),
    phrase('[leave (it|this|that) with me]'),
    // a company's promise
    phrase(`[we (will|are going to) ${PERSONALLY}? (${WE_ACTIONS})]`),
    // owning the mistake: that's on us, this was our mistake, we dropped the ball
    phrase('[(that|this|it) (one)? (is|was|\'s) (all|entirely|completely|totally|fully)? on (us|me)]'),
    phrase(
      `[(that|this|it) (is|was) (entirely|completely|totally|clearly|definitely|fully|absolutely)? (our|my) (mistake|fault|error|oversight|bad|doing|responsibility|slip)]`,
    ),
    phrase('^ [(our|my) (mistake|bad|fault|error)]'),
    phrase('[(this|that|it) (should not|never should) have happened]'),
    phrase('[the (mistake|error|fault|slip up|oversight) (is|was) (ours|mine|on our end|on our side|on us|on me)]'),
    phrase(
      `[(we|i) (really|completely|clearly|honestly)? (dropped the ball|messed up|made a mistake|made an error|slipped up|fell short|let you down|got this wrong|got it wrong|got that wrong)]`,
    ),
    phrase(
      `[(we|i) should have (caught|done|known|told|checked|noticed|flagged|responded|replied|shipped|informed|warned|tested|updated|been|sent|explained|fixed|contacted)]`,
    ),
    phrase(`[(i|we) (fully|completely)? {take} (full|complete|total)? (responsibility|ownership)]`),
    phrase('[(i|we) own (this|that|it|the mistake|our mistake|my mistake)]'),
  ],
  cases: {
    done: [
      "[I'll personally make sure] the replacement ships today.",
      '[I’ve escalated] this to our payments team.',
      '[That’s on us], and [I’m taking care of] it now.',
      '[I’ve gone ahead and refunded] the second charge.',
      '[Let me check] with the warehouse.',
      '[This was our mistake], not yours.',
      '[We dropped the ball] on your last two emails.',
      '[I take full responsibility] for the mix-up.',
      '[I’m going to fix] the address on your order myself.',
      '[i will look into] this tonight.',
      '[We should have caught] this before it shipped.',
      '[Leave it with me]: [I’ll chase] the courier first thing tomorrow.',
      "[We'll make sure] it doesn't happen again.",
      '[The mistake was on our end].',
      '[I went ahead and cancelled] the duplicate order.',
      '[I’m on it].',
      '[I’ll prioritise] your order with the warehouse.',
    ],
    missing: [
      "I'll be honest, this is unusual.",
      'I will not be able to change the delivery date.',
      'Let me know your order number.',
      "I'll need your order number first.",
      "We'll look into it.",
      'This was your mistake.',
      'You should have checked the address.',
      'I would try restarting the app.',
      'We should have an answer by Friday.',
      "I'll try my best.",
      "It's not our fault.",
      'Our team will look into this.',
      "I'll check back on Friday.",
    ],
  },
});
