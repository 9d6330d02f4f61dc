import { defineStep } from '../definitions';

// The step is about the customer's actual problem, so every frame needs words after it; the frame
// is the evidence ("I can see that" the payment went through twice).
const CONTENT =
  '(you|your|the|there|it|this|we|our|a|an|two|three|four|five|both|several|multiple|some|one|nothing|no|none|someone|something|my|his|her|their|all|each|every)';
const FEELING =
  '(frustrating|frustrated|stressful|stressed|annoying|annoyed|upsetting|upset|disappointing|disappointed|worrying|worried|infuriating|infuriated|irritating|irritated|exasperating|exasperated|overwhelming|overwhelmed|exhausting|exhausted|confusing|confused|angry|mad|furious|anxious|awful|terrible|horrible|hard|difficult|tough|unacceptable)';
// Feelings that a situation causes, for "how annoying it is to be charged twice" (not "hard to say").
const FEELING_CAUSED =
  '(frustrating|stressful|annoying|upsetting|disappointing|worrying|infuriating|irritating|exasperating|overwhelming|exhausting|confusing|alarming|disruptive|maddening|unsettling|scary|awful|horrible)';
const FEELING_NOUN =
  '(frustration|frustrations|disappointment|annoyance|anger|concern|concerns|worry|worries|stress|confusion|feelings|upset|irritation|point|position|perspective)';
const GENERIC = '(issue|problem|situation|matter|concern|trouble|request|question|experience)';
// Up to ten words, each with a mark or two beside it ("at 02:00", "the \"Revenue\" label"): a group
// such as (*|:) would read as a bare *, which takes words only.
const MARK = '(:|,|.|"|“|”|#|/|%|$|£|€)';
const WORD = `${MARK}? * ${MARK}?`;
const UP_TO_10 = `(${WORD} (${WORD} (${WORD} (${WORD} (${WORD} (${WORD} (${WORD} (${WORD} (${WORD} (${WORD})?)?)?)?)?)?)?)?)?)?`;
// What goes wrong for a customer, said as their state: "you're locked out", "your account was locked".
const YOUR_STATE =
  '(locked out|logged out|signed out|kicked out|charged twice|billed twice|double charged|double billed|overcharged|stuck|kept waiting|left waiting|cut off)';
const YOUR_THING_STATE =
  '(locked|suspended|blocked|frozen|disabled|deactivated|charged twice|billed twice|double charged|overcharged|damaged|broken|lost|stuck|late|delayed|missing)';
// A fault named on the customer's own thing: "the wrong date on your receipts", "the two charges on your account".
const FAULT =
  '(two|both|duplicate|double|extra|second|missing|wrong|incorrect|failed|late|damaged|broken|identical|faulty|empty|blank)';
// An account check that finds nothing wrong reassures; it does not restate the problem.
const REASSURED =
  '(so|and) ((none|nothing|no *) (of (your|the) *)? (was|were|has been|have been|is|are) (affected|lost|impacted|touched|changed|deleted|missing)|(everything|it|all) (else)? (looks|is) (fine|correct|normal|ok|okay|in order))';

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
  `sorry (that)? you (are|were|have been|feel|felt) (so|really|very)? ${FEELING}`,
  `(see|notice|noticed) ${UP_TO_10} ${REASSURED}`,
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
    // the delay with your order, the outage affecting the login page, the delay in handling your request
    // (a bare "the issue with your calendar sync" is a topic, not what went wrong)
    phrase(
      `[(the|this|your) (error|delay|mix up|confusion|glitch|bug|outage|double charge) (with|on|in|affecting) (handling|processing|sending|getting)? (your|the) *]`,
    ),
    // the wrong date on your receipts, the two charges on your account
    phrase(`[(the|those|these|a|an) ${FAULT} (* *?)? (on|in|with|from|to) your] *`),
    phrase(`[(i|we) (am|are)? (now)? aware (of|that)] ${CONTENT}`),
    // I'm sorry to hear your order arrived damaged (the apology step counts the "sorry")
    phrase(`[sorry to (hear|learn|read) (that|about)?] ${CONTENT}`),
    phrase(`[sorry that] ${CONTENT}`),
    // I'm sorry your order still hasn't arrived, sorry the jacket didn't fit, I'm sorry you're locked out
    // (a noun phrase and more after it: "sorry it took so long" or "sorry for the delay" restate nothing)
    phrase(`[sorry (your|the)] * ${MARK}? *`),
    phrase(
      `[sorry you] (are|were|have|had|did not|could not|can not|got|still|keep|kept|never|have been|had to|ended up)`,
    ),
    // "I'm really sorry: our security system locked your account"
    phrase(`[sorry (:|—|–)] (our|your|the|you)`),
    phrase(`[you are (absolutely|completely|totally|quite)? right (that|about)]`),
    // "You're right: the dashboard was down", "You're right to chase this: your sofa was due on the 14th"
    phrase(
      `[you (are|were) (absolutely|completely|totally|quite)? right (to (chase|ask|question|flag|raise|check|query|push on|follow up on) (this|that|it|about this|about that)?)? (:|—|–|,)] ${CONTENT}`,
    ),
    // "Looking at order #58213, the payment went through twice"
    phrase(`^ [looking (at|into|through|over) (your|the|this|order) (* (* *?)?)? (#)? (*)? ,] ${CONTENT}`),
    // I understand why the two lines look alike, I can see why the label is confusing
    phrase(`[(i|we) (can|could)? (completely|fully|totally|now)? (understand|see) why] (the|your|this|these|those|two|both)`),
    // the customer's state: "when you're locked out", "your account was locked"
    ...[
      `[you (are|were|have been|had been|got|get|be|being|keep getting|kept getting) (still|now)? ${YOUR_STATE}]`,
      `[your (* *?)? (was|were|has been|have been|is|are|got) (still|now)? ${YOUR_THING_STATE}]`,
    ].map((match) => ({ match, unless: ['(if|unless|whether|once|before|in case) (you|your)'] })),
    // "I can see why you're upset: the course didn't cover the advanced material"
    { match: `[${FEELING} (:|—|–)] (the|your|you|our)` },
    // the restatement inside an empathy line: "how annoying it is to be charged for a month you didn't use"
    {
      match: `[(how ${FEELING_CAUSED} (it is|it was|it must be|it must have been|it can be)|(it is|it was|it must be|it can be|that is) (so|really|very|incredibly|especially)? ${FEELING_CAUSED}) to] *`,
      unless: [`to (hear|say|read|know|think|explain|imagine|tell)`],
    },
    phrase(`[(it is|it was|that is) (so|really|very|incredibly|especially)? ${FEELING_CAUSED} that] (the|your|you|we|our)`),
    // the error the customer saw: "the second click showed the \"link expired\" page"
    phrase(
      `[(showed|displayed|threw|saw|hit|were shown|was shown|kept showing|keeps showing) (you)? (the|a|an|that) ("|“)? (* (* *?)?)? ("|”)? (page|error|message|screen|warning|notice)]`,
    ),
    // "congratulations on the move": what the customer told you, acknowledged
    phrase(`[(congratulations|congrats) on (the|your)] *`),
  ],
  cases: {
    done: [
      '[I can see that] [you were charged twice] on 3 March.',
      '[It looks like] your order hasn’t left the warehouse yet.',
      '[Thanks for letting us know about] the login issue.',
      '[You mentioned that] the app crashes when you upload a photo.',
      '[I understand that] [your account was locked] after the password reset.',
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
      'I’m [sorry the] jacket didn’t fit.',
      'I’m [sorry the] outage on Monday interrupted your webinar.',
      '[Sorry the] reset emails haven’t been reaching you.',
      'I’m [sorry you] were locked out this morning.',
      'I understand [it’s annoying to] be charged for a month you didn’t use.',
      'I can only imagine [how annoying it is to] see money leave your account twice.',
      '[Looking at order #58213,] the payment went through twice.',
      '[You’re right:] the dashboard was down for everyone this morning.',
      '[You’re right to chase this:] your sofa was due on the 14th.',
      'I’m really [sorry:] our security system locked your account by mistake.',
      '[I understand why] [the two lines on your] statement look alike.',
      '[The wrong date on your] PDF receipts is a display bug.',
      'I know that’s frustrating when [you’re locked out].',
      '[Your account was locked] after five failed sign-in attempts.',
      'The second click [showed the "link expired" page].',
      'I’m sorry for [the delay in handling your deletion] request.',
      '[It’s disappointing that] the files weren’t what you expected.',
      'I can see why you’re [upset:] the course didn’t cover the advanced material.',
      'Of course, and [congratulations on the] move.',
      '[You were right to flag this:] the invoice lists VAT twice.',
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
      'I’m sorry it took so long.',
      'I’m sorry you’re upset.',
      'I’m sorry, Carla.',
      'I’m sorry this happened.',
      'I’m sorry to see you go.',
      'You’re right, and I apologise.',
      'Looking into this now.',
      'I understand why.',
      'It’s frustrating to hear that.',
      'I know how frustrating it is.',
      'I know it’s frustrating when you’re waiting for an update.',
      'If you’re locked out, use the reset link on the sign-in page.',
      'If your account is locked, contact us.',
      'Your order is on its way.',
      'I’ve looked into the issue with your calendar sync.',
      'I can see your last backup completed at 02:00, so none of your files were affected.',
      'I can see your order, and everything looks fine.',
      'You’ll see an error page if the link expires.',
      'I can’t see why the refund would fail.',
      'I’m sorry to hear about your experience.',
      'Your account is active and your password is unchanged.',
      'Sorry for the trouble this caused.',
    ],
  },
});
