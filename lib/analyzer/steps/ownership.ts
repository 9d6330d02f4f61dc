import { defineStep } from '../definitions';

// Things an agent commits to do about the problem. Telling the customer later ("I'll keep you posted")
// is the follow-up step, so those verbs are not here; neither are "be", "need", "have to", "try"
// (but "try again") or a vague "look into it" ("I'll look into it further" promises nothing).
const ACTIONS = [
  '{make} (sure|(this|it|things) right)',
  '{ensure}',
  '{fix}',
  '{sort} (this|it|that|out)',
  '{take} (care of|over|ownership|responsibility)',
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
  '{follow} up with (the|our|their|them|him|her)',
  '{correct}',
  '{resolve}',
  '{process}',
  '{refund}',
  '{replace}',
  '{send}',
  '{arrange}',
  '{expedite}',
  '{reset}',
  '{unlock}',
  '{restore}',
  '{reactivate}',
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
  '{do} (everything|whatever|all) (i|we|it)',
  '{check}',
  'double -? {check}',
  '{go} (through|over) (it|this|that|them|everything|your|the)',
  '{stay} on (this|it|top of)',
  '{pick} (it|this|that) up',
  '{try} again',
  '{set} ((it|this|that) up|up (a|an|the|your))',
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
// Done already, and more than routine: pushing others on the customer's behalf ("I've escalated",
// "I've asked the warehouse to search"). A fix already made ("I've refunded", "I've cancelled", "I've
// reset") is the solution step, and checking, adding a note or passing feedback on owns nothing.
const DONE =
  '(escalated|flagged|raised|(asked|contacted|called|reached out to|chased|spoken to|spoken with|talked to|talked with) (the|our|their|them|him|her|your (bank|admin|administrator|provider|carrier|courier|manager))|made sure|logged (it|this|that|the|a|an|your)|prioritized)';
// Opened something that follows the problem up: "I've opened an investigation", "I've started the erasure".
const OPENED =
  '(opened|started|begun|launched|initiated|filed|lodged|raised) (a|an|the|your) (formal|urgent|priority|full)? (investigation|erasure|deletion|claim|case|ticket|inquiry|enquiry|trace|complaint|request|report|review|process)';
const DONE_STRONG = '(escalated|flagged|raised)';
const ADVS = '(already|just|now|also|personally|since)';
// News for the customer is the follow-up step: "I'll send you the new tracking link".
const NEWS = '(link|links|tracking|update|updates|details|confirmation|reference|number|report|receipt|summary|results|news|timeline|date)';
// Chasing is ownership; checking back with the customer is the follow-up step.
const NOT_OWNERSHIP = ['{check} (back|in)', `{send} you (the|a|an|your)? (* *?)? ${NEWS}`];
const UP_TO_7 = '(* (* (* (* (* (* *?)?)?)?)?)?)?';

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
    // I'll personally look into it, I'll email you personally
    phrase('[(i|we) will personally *]'),
    { match: '[(i|we) will (also)? * (you|it|this|them|that)? personally]', unless: ['will not'] },
    // "I'll check in with you on Wednesday to make sure it's gone" (not "I'll need your order number to make sure")
    {
      match: `(i|we) (will|am going to|are going to) * ${UP_TO_7} [to (make sure|ensure)]`,
      unless: ['(will|going to) (not|need|have to|require|ask you|want)'],
    },
    // I've escalated, I've opened an investigation, I've gone ahead and refunded, I went ahead and reset
    phrase(`[(i have?|we have) ${ADVS}? ${ADVS}? (${DONE}|${OPENED})]`),
    phrase(`[we ${ADVS}? ${DONE_STRONG}]`),
    phrase(`[(i|we) (went|have (already|just|now|also)? gone) ahead and *]`),
    // I'm on it, I'm taking care of it, I'm personally handling this
    phrase('[(i am|we are) on it]'),
    phrase('[(i am|we are) personally (looking into|digging into)]'),
    phrase(
      `[(i am|we are) (personally|now|already)? (handling|taking care of|working on|chasing|investigating|escalating|fixing|sorting|reviewing|checking|refunding|issuing|processing|sending|arranging|resetting|replacing|cancelling|canceling|crediting|waiving|upgrading|extending|expediting|correcting|reversing)]`,
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
    // this is a bug on our side, caused by a faulty update on our end, because of a bug in the new editor
    {
      match:
        '[(a|an|the|this|that|it) (* *?)? (bug|mistake|error|fault|glitch|oversight|slip|problem|issue|update|change|failure) (on|at) our (side|end)]',
      unless: ['(no|not|nothing|never|any) (a|an|the)? (* *?)? (bug|mistake|error|fault|glitch|oversight|slip|problem|issue|update|change|failure)'],
    },
    {
      match: '[(caused by|because of|due to|down to) (a|an|the)? (* *?)? (bug|glitch)]',
      unless: ['not (caused by|because of|due to|down to)', '(bug|glitch) (in|on|with) your'],
    },
    // "our packaging clearly wasn't up to the job", "that isn't good enough"
    phrase(
      '[(our|that|this|it) (* *?)? (clearly|really|simply|just)? (was not|is not|were not|are not) (up to (the job|scratch|standard|par)|good enough)]',
    ),
    // making sure it cannot happen again: "we've added checks so the same change can't go out"
    phrase(
      `(i|we) (have|will|am|are)? * ${UP_TO_7} [(so|to make sure|to ensure|to prevent) (that)? (it|this|that|the same (* *?)?) (can not|will not|does not|would not|never) (happen|go out|occur|recur)]`,
    ),
    phrase(
      `[(we|i) (really|completely|clearly|honestly)? (dropped the ball|messed up|made a mistake|made an error|slipped up|fell short|let you down|got this wrong|got it wrong|got that wrong)]`,
    ),
    phrase(
      `[(we|i) should have (caught|spotted|done|known|told|checked|noticed|flagged|responded|replied|shipped|informed|warned|tested|updated|been|sent|explained|fixed|contacted|prevented)]`,
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
      '[We should have caught] this before it shipped.',
      '[Leave it with me]: [I’ll chase] the courier first thing tomorrow.',
      "[We'll make sure] it doesn't happen again.",
      '[The mistake was on our end].',
      '[I went ahead and cancelled] the duplicate order.',
      '[I’m on it].',
      '[I’ll prioritise] your order with the warehouse.',
      '[This is a bug on our side], and [I’ve logged it] with our engineers as a priority.',
      '[I’ve opened an investigation] with the carrier.',
      '[I’ve gone ahead and switched] your plan to cancel at the end of the year.',
      'I’ll check back with you on Friday [to make sure] the update solved it.',
      'Send a photo of your ID and [I’ll unlock] your account.',
      '[I’ll email you personally] if it launches.',
      'The autosave failed [because of a bug] in the new editor.',
      'Once I have that, [I’ll try again] on the same setup.',
      '[Our packaging clearly wasn’t up to the job].',
      'We’ve since added checks [so the same change can’t go out] without review.',
      '[I’ll stay on this] ticket today.',
      '[I’ve asked our] warehouse to search for it today.',
      'The outage was caused by [a faulty database update on our side].',
      '[I’m personally looking into] the missing payment.',
      'Reply to this email if you’d like that and [I’ll set it up].',
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
      'i will look into this tonight.',
      "Please reply with a screenshot and I'll look into it further.",
      "I've checked your account again.",
      "I've added a note to your account.",
      "I've passed your feedback to our engineering team.",
      "I've looked into the two charges on your account.",
      "I've refunded the duplicate charge.",
      "I've cancelled your subscription as requested.",
      'I’ve reset your password.',
      "I'll send you the new tracking link once it's collected.",
      'This is not a bug on our side.',
      "It wasn't caused by a bug.",
      'The crash is caused by a bug in your browser extension.',
      "I'll need your order number to make sure it's the right one.",
      "Please update the app so it doesn't happen again.",
      "I've asked you twice for the order number.",
      "I won't personally be handling this.",
      "I'll pass this on to our product team.",
      "We can't release it from our side.",
      'The outage was caused by a failure at our cloud provider.',
      'I’m looking into it.',
      'You can set it up from the app.',
    ],
  },
});
