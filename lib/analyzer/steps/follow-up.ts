import { defineStep } from '../definitions';

// Staying in touch with the customer ("I'll keep you posted"). Chasing someone else ("I'll follow up
// with the courier") is ownership, so those forms are excluded below.
const STAY_IN_TOUCH = `(${[
  '{follow} up',
  '{check} (back|in)',
  '{keep} you (posted|updated|informed|in the loop)',
  '{keep} an eye on',
  '{update} you',
  '{update} (the|this|your) (ticket|case|thread)',
  '{get} back to you',
  '{reach} out',
  '{email} you',
  '{call} you',
  '{message} you',
  '{text} you',
  '{write} (to you|back)',
  '{let} you know',
  '{circle} back',
  '{touch} base',
  '{be} in (touch|contact)',
  '{get} in touch',
  '{send} you an update',
  '{send} an update',
  '{notify} you',
  '{ping} you',
  '{contact} you',
  '{confirm} (once|when|as soon as)',
  '{confirm} (* (* *?)?)? with you',
  '{share} (* (* (* *?)?)?)? with you',
  // news, not a remedy: "I'll send you the new tracking link" ("I'll send you a replacement" is the solution)
  '{send} you (the|a|an|your)? (* *?)? (link|links|tracking|update|updates|details|confirmation|reference|number|report|receipt|summary|results|news|timeline|date)',
  '{post} (regular|an|more|further|the latest)? (updates|update)',
  '{monitor} (this|it|your|the)',
].join('|')})`;
const WHO = '(i|we)';
const WILL =
  '(will|will be|am going to|are going to|will be sure to|will make sure to|would be happy to|will definitely|will personally|will also|will then|can|could)';
const NOT_WITH_YOU = [
  '({follow}|{check}|{touch}) (up|back|in|base) with (the|our|my|a|an|their|his|her|them|him|someone)',
  '{reach} out to (the|our|my|a|an|their|his|her|them|him|someone)',
  '(not|never) (reply|respond)',
  'not anything else',
];

const UP_TO_8 = '(* (* (* (* (* (* (* *?)?)?)?)?)?)?)?';

const phrase = (match: string) => ({ match, unless: NOT_WITH_YOU });

export default defineStep({
  id: 'follow-up',
  title: 'Promise a follow-up',
  tip: 'Say when you will be back in touch, or how the customer can reach you again ("I’ll keep you posted", "if the refund hasn’t arrived by Friday, reply here"): an open door stops an upset customer feeling dropped.',
  examples: [
    'I’ll keep you posted as soon as I hear back from the team.',
    'I’ll check back with you on Friday to make sure everything is working.',
    'If anything else comes up, reply to this email and I’ll pick it up.',
  ],
  phrases: [
    // I'll follow up, we'll keep you posted, I'll be in touch, I'll check back (on Friday)
    phrase(`[${WHO} ${WILL} (personally|also)? ${STAY_IN_TOUCH}]`),
    phrase(`[let me ${STAY_IN_TOUCH}]`),
    // "I'll look into it and get back to you"
    phrase(`(i|we) (will|am going to|are going to) * ${UP_TO_8} ,? and [(then)? ${STAY_IN_TOUCH}]`),
    phrase(
      `[(they|(our|the|a) *? (team|specialist|specialists|engineers|engineer|colleague|colleagues|manager|supervisor)) will (be)? ${STAY_IN_TOUCH}]`,
    ),
    phrase(`[someone (from our team)? will (be)? ${STAY_IN_TOUCH}]`),
    phrase('[you will (get|receive) (an email|an update|a message|a call|a reply|a notification|a text) from (me|us)]'),
    phrase(`[(i|we) (have)? (set|added) a reminder]`),
    phrase('[you will hear (back)? from (me|us)]'),
    phrase('[expect (an update|to hear|a reply) from (me|us)]'),
    // if anything else comes up, feel free to reply, let me know if the refund hasn't arrived
    phrase('[(if|should|in case) (anything|something) (else)? (comes|come|pops|crops) up]'),
    phrase(
      '[feel free to (reply|reach out|get in touch|contact|write|email|ask|let|message|respond|call|drop|get back|come back)]',
    ),
    phrase(
      '[(do not|never) hesitate to (reply|reach out|get in touch|get back to|contact|write|email|ask|let|message|respond|call)]',
    ),
    // "let me know if you have any other questions" counts too: a weak follow-up, but an open door.
    phrase('[let (me|us) know (if|whether|how|once|when|as soon as|should|in case)]'),
    phrase('[let (me|us) know] (.|!)'),
    phrase('[let (me|us) know what you think]'),
    phrase('[let (me|us) know] (and|, and) (i|we)'),
    // "reply with the invoice numbers and I'll resend them": the door stays open, with what happens next
    // (replying "yes" to confirm a change is a step of the change, not an open door)
    {
      match: `[(reply|respond|write back|get back to me|send me|send us|email me|message me)] ${UP_TO_8} and (i|we) will`,
      unless: ['(reply|respond) (with)? ("|“)? (yes|no|confirm|ok|okay|stop) ("|”)? and'],
    },
    phrase('[(contact|email|message|call|ring|reach) (me|us) (directly|anytime|any time|at any time)]'),
    phrase('[(if|should|whenever) you need (anything|any|something) (else|more|further)?]'),
    phrase('[(if|should) you have any (other|more|further|follow up)? (questions|concerns|problems|issues|trouble)]'),
    phrase('[(reply|respond|write back) here]'),
    phrase('[(reply|respond|write back) to this (email|message|ticket|thread|note)]'),
    phrase('[anything else (i|we) can (help|do|assist)]'),
    phrase('[you can (always|also)? (reach|contact|email|call|message) (me|us)]'),
    // "I'm here if you need me", "If you need anything else from us, I'm here."
    phrase('[(i|we) (am|are) (always|right)? here] (if|whenever|should|.|!|for you|to help)'),
  ],
  cases: {
    done: [
      "[I'll follow up] tomorrow morning.",
      '[I’ll keep you posted] on the investigation.',
      '[We will keep you updated] as the fix rolls out.',
      '[I’ll check back] on Friday.',
      '[I’ll email you] as soon as the part ships.',
      '[If anything else comes up], just [reply to this email].',
      '[Let me know if] the refund hasn’t arrived by Monday.',
      '[Feel free to reply] with any questions.',
      '[Let me know if] you have any other questions.',
      '[You’ll hear from me] by end of day.',
      '[I’ll be in touch] once the courier confirms.',
      "[I'm going to follow up] with you on Thursday.",
      '[We’ll let you know] when it is back in stock.',
      'Is there [anything else I can help] with?',
      '[I’ll reach out] next week to make sure it is all working.',
      '[Don’t hesitate to get in touch] if the code fails again.',
      '[Our team will get back to you] within a day.',
      'I’ll look into it and [get back to you] tomorrow.',
      'If it hasn’t arrived by Tuesday, [let me know] and I’ll send the bank reference.',
      'If it’s still there, please [reply] with a screenshot and I’ll look into it further.',
      'If your bank shows something different, [send me] the statement and I’ll go through it with you.',
      'I’ll check the tracking again on Thursday evening and [update you].',
      '[I’ll send you the new tracking link] once it’s collected.',
      '[We’ll post updates] on our status page every 30 minutes.',
      '[I’ll share the full incident report with you] once it’s published.',
      '[I’ll confirm with you] once it’s live.',
      '[If you need anything else] from us, [I’m here].',
      'If your plans change, [contact me directly] at this address.',
      '[I’ll confirm the delivery window with you] by text.',
      'I’ve passed your request to our billing team, and [they will get back to you] within 3 days.',
    ],
    missing: [
      'Let me know your order number so I can check.',
      'Let me check on that.',
      'Thanks for reaching out.',
      'Please do not reply to this email.',
      'I followed up with the courier yesterday.',
      "We'll look into it.",
      "I'll follow up with the warehouse today.",
      "I'll reach out to the courier this afternoon.",
      'There is not anything else I can do.',
      'If you check back later, the page may load.',
      'Did you hear back from the courier?',
      'I’ll send you a replacement by express post.',
      'I’ve sent you the tracking number.',
      'If you’d still like to cancel, reply "yes" and I’ll process it today.',
      'Please reply with your order number.',
      'In case you contact us again, the note is there.',
      'We don’t share your data with third parties.',
      'Please send a photo of your ID to our verification team and I’ll unlock your account.',
      'I’ll follow up with the reseller myself on Thursday.',
      'They usually reply within 30 days.',
      'I’ll also pass on your feedback to our product team.',
      'Once I have that, I’ll try again on the same setup.',
      'I’ve asked them to contact you by Thursday.',
      'They will not reply to this address.',
    ],
  },
});
