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
    phrase(`(i|we) (will|am going to|are going to) * (* (* (* *?)?)?)? ,? and [(then)? ${STAY_IN_TOUCH}]`),
    phrase(
      `[(our|the|a) *? (team|specialist|specialists|engineers|engineer|colleague|colleagues|manager|supervisor) will (be)? ${STAY_IN_TOUCH}]`,
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
    phrase('[(if|should) you have any (other|more|further|follow up)? (questions|concerns|problems|issues|trouble)]'),
    phrase('[(reply|respond|write back) here]'),
    phrase('[(reply|respond|write back) to this (email|message|ticket|thread|note)]'),
    phrase('[anything else (i|we) can (help|do|assist)]'),
    phrase('[you can (always|also)? (reach|contact|email|call|message) (me|us)]'),
    phrase('[(i|we) (am|are) (always)? here (if|whenever|should)]'),
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
    ],
  },
});
