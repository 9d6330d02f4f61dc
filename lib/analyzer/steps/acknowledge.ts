import { defineStep } from '../definitions';

// The step is about the customer's actual problem, so every frame needs words after it; the frame
// is the evidence ("I can see that" the payment went through twice).
const CONTENT =
  '(you|your|the|there|it|this|we|our|a|an|two|both|some|one|nothing|no|none|someone|something|my|his|her|their|all|each|every)';
const FEELING =
  '(frustrating|frustrated|stressful|stressed|annoying|annoyed|upsetting|upset|disappointing|disappointed|worrying|worried|infuriating|infuriated|irritating|irritated|exasperating|exasperated|overwhelming|overwhelmed|exhausting|exhausted|confusing|confused|angry|mad|furious|anxious|awful|terrible|horrible|hard|difficult|tough|unacceptable)';
const FEELING_NOUN =
  '(frustration|frustrations|disappointment|annoyance|anger|concern|concerns|worry|worries|stress|confusion|feelings|upset|irritation|point|position|perspective)';
const GENERIC = '(issue|problem|situation|matter|concern|trouble|request|question)';

// Feelings belong to empathy, and a bare "the issue" names nothing.
const NOT_THE_PROBLEM = [
  `(understand|see|notice|noticed|like|that) (that)? (you|this|that|it|there) (* *?)? (so|really|very|completely|totally|understandably|such)? (so|really|very)? ${FEELING}`,
  `(like|that) (a|an|such a) (really|very)? ${FEELING}`,
  `(understand|see|share|hear) (your|the) ${FEELING_NOUN}`,
  `(the|this|your|that|an|a) ${GENERIC} (.|,|!|;|—|and)`,
  'sounds like a plan',
  'like (i|we) (will|would|need|am|are|have|may|might|should|must)',
  '(have|did|if|when|unless|before|once) you',
  'sorry (that)? you (feel|felt|think|thought|believe|see)',
];

const phrase = (match: string) => ({ match, unless: NOT_THE_PROBLEM });

export default defineStep({
  id: 'acknowledge',
  title: 'Acknowledge the problem',
  tip: 'Restate the customer’s actual problem in your own words ("I can see you were charged twice"): specific acknowledgement shows you listened, where a stock "thanks for reaching out" does not.',
  examples: [
    'I can see that the payment went through twice on your account.',
    'Thanks for letting us know about the trouble logging in after the update.',
    'If I’ve understood correctly, your order arrived with a part missing.',
  ],
  phrases: [
    // I can see that your order..., I see you were charged twice, we can see the refund failed
    phrase(`[(i|we) (can|could)? (already|now|clearly|also)? see (that)?] ${CONTENT}`),
    phrase(`[and (i|we)? (can|could) (already|now|clearly|also)? see (that)?] ${CONTENT}`),
    phrase(`[(i|we) (can|could)? (already|now|clearly|also)? see (from|in|on) (your|our|the|my) * (that)?] ${CONTENT}`),
    phrase(`[from what (i|we) can (see|tell) ,?] ${CONTENT}`),
    phrase(`[(i|we) (have)? (also)? (notice|noticed) (that)?] ${CONTENT}`),
    // it looks like your order hasn't arrived, it sounds like you were charged twice
    phrase(`[(it|this) (looks|seems|sounds|appears) (like|that|as though|as if)] ${CONTENT}`),
    phrase(`^ [(looks|seems|sounds) like] ${CONTENT}`),
    // thanks for letting us know about the login issue, thank you for flagging the double charge
    phrase(
      `[(thank you|thanks) (so much|very much|a lot)? for (letting me know|letting us know|flagging|reporting|pointing out|raising|explaining|describing|telling me|telling us|the heads up|walking me through|walking us through) (about|that)?] (you|your|the|a|an|how|what|our|which|when|those|these)`,
    ),
    // you mentioned that..., as you explained, from what you've described
    phrase(
      `[(as you|you) (have)? (mentioned|said|noted|explained|described|wrote|reported|pointed out|shared|told me|told us) (that)?]`,
    ),
    phrase(`[from what you (have)? (described|said|mentioned|explained|told me|told us|shared|written|sent)]`),
    // I understand that your account was locked (the feelings are empathy's)
    phrase(`[(i|we) (completely|fully|totally|now)? understand (that)?] ${CONTENT}`),
    phrase(`[(if|so) i (have|am)? (understood|understand|understanding) (you|this|that|it)? correctly]`),
    phrase(`^ [to (recap|summarize|sum up|make sure i (have)? (understood|understand|got this right))]`),
    // the delay with your order, the problem with the login page
    phrase(
      `[(the|this|your) (issue|problem|trouble|error|delay|mix up|confusion|glitch|bug|outage|double charge) (with|on|in|affecting) (your|the) *]`,
    ),
    phrase(`[(i|we) (am|are)? (now)? aware (of|that)] ${CONTENT}`),
    // I'm sorry to hear your order arrived damaged (the apology step counts the "sorry")
    phrase(`[sorry to (hear|learn|read) (that|about)?] ${CONTENT}`),
    phrase(`[sorry that] ${CONTENT}`),
    phrase(`[you are (absolutely|completely|totally|quite)? right (that|about)]`),
  ],
  cases: {
    done: [
      '[I can see that] you were charged twice on 3 March.',
      '[It looks like] your order hasn’t left the warehouse yet.',
      '[Thanks for letting us know about] the login issue.',
      '[You mentioned that] the app crashes when you upload a photo.',
      '[I understand that] your account was locked after the password reset.',
      '[It sounds like] the replacement arrived with the same fault.',
      '[I can see from your account that] the refund failed on our side.',
      '[As you explained], the discount code was rejected at checkout.',
      '[If I’ve understood correctly], the invoice shows the old address.',
      '[Thank you so much for flagging] the broken link in our email.',
      '[From what you’ve described], the sync stopped after the update.',
      "I'm sorry about [the delay with your order], and [I see] you've already waited two weeks.",
      '[I noticed] your subscription renewed twice this month.',
      '[We’re aware of] the outage affecting card payments this morning.',
      '[You’re right that] the charge should never have gone through.',
      '[To recap], the parcel shows as delivered but never reached you.',
      '[To summarise], the courier marked it delivered but you never got it.',
      'I’m [sorry to hear] the parcel arrived damaged.',
    ],
    missing: [
      'Thanks for reaching out.',
      'I understand your frustration.',
      'I see.',
      "I can see why you're upset.",
      "It looks like we'll need your order number to continue.",
      'Thanks for letting us know.',
      'Thanks for reaching out about your order.',
      'Have you mentioned this to your bank?',
      'It sounds like a frustrating experience.',
      'We are aware of the issue.',
      'I understand that this has been really frustrating.',
      'Thanks for your patience while we look into this.',
      'I understand the situation.',
      'That sounds like a plan.',
    ],
  },
});
