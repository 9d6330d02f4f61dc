import { defineStep } from '../definitions';

const ADV =
  '(so|really|very|incredibly|extremely|super|truly|genuinely|understandably|deeply|quite|pretty|especially|terribly|hugely|completely|totally|absolutely|entirely|perfectly|such|rightly|beyond)';
// Up to five words between a frame and the feeling ("how", "why you're so"), as one nested group:
// "*? *? *? *? *?" would try thirty-two equivalent ways of skipping words before each feeling word.
// A quote mark may stand beside each word ("why the \"Revenue\" label is confusing").
const Q = '("|“|”)?';
const UP_TO_5 = `(${Q} * ${Q} (* ${Q} (* ${Q} (* ${Q} (* ${Q})?)?)?)?)?`;
const TROUBLE = '(a|such a|an) (real|huge|total|complete|massive|absolute)? (hassle|headache|nightmare|ordeal|pain|letdown)';
// What the customer feels, or what the situation is to them.
const FEELING = `(disruptive|distressing|embarrassing|frustrating|frustrated|stressful|stressed|annoying|annoyed|upsetting|upset|disappointing|disappointed|worrying|worried|worrisome|concerning|infuriating|infuriated|maddening|aggravating|aggravated|irritating|irritated|exasperating|exasperated|unsettling|alarming|scary|frightening|overwhelming|overwhelmed|exhausting|exhausted|draining|tiring|discouraging|disheartening|confusing|confused|inconvenient|unfair|angry|mad|furious|anxious|hurtful|painful|awful|terrible|horrible|hard|difficult|tough|nerve -? wracking|${TROUBLE})`;
// Feelings a situation causes: any subject can carry them ("a second charge you didn't expect is stressful").
const CAUSES =
  '(frustrating|stressful|upsetting|disappointing|worrying|infuriating|maddening|aggravating|exasperating|unsettling|alarming|scary|frightening|overwhelming|exhausting|draining|discouraging|disheartening|annoying|disruptive|distressing|nerve -? wracking)';
const FEELING_NOUN =
  '(frustration|frustrations|disappointment|annoyance|anger|concern|concerns|worry|worries|stress|confusion|feelings|upset|irritation|exasperation)';
const SEEING = '(understand|see|imagine|know|get|appreciate|hear|realize|recognize|tell)';

// "I understand, but..." takes the empathy back: a "but" or "however" within a few words cancels it.
const TAKEN_BACK = [
  '* (* *?)? (,|;|—|–|-)? (but|however|although|though|yet)',
  // "It's hard to say", "a pain to set up", "if you are confused by..." are not feelings.
  '(hard|difficult|tough|pain) to',
  '(if|whether|when) you (are|feel|were|get)',
  '(as|far as|if) i (completely|fully|totally)? understand',
];

const phrase = (match: string) => ({ match, unless: TAKEN_BACK });

export default defineStep({
  id: 'empathy',
  title: 'Show empathy',
  tip: 'Name how this feels for the customer ("that sounds so frustrating") and leave out any "but" after it: emotional validation lowers the temperature before you fix anything.',
  examples: [
    'That sounds really frustrating, especially after waiting all week.',
    'I can imagine how stressful this has been for you.',
    'I’d feel the same way in your position.',
  ],
  phrases: [
    // that sounds so frustrating, this must have been stressful, it's such a hassle
    phrase(
      `[(that|this|it|which) (sounds|must be|must have been|must feel|would be|would have been|would feel|can be|has been|is|was|seems|feels|looks) (like)? (a|an)? ${ADV}? ${ADV}? ${FEELING}]`,
    ),
    // "a second charge you didn't expect is stressful", "which makes this especially frustrating"
    phrase(`[(is|was|are|were) ${ADV}? ${ADV}? ${CAUSES}]`),
    phrase(`[(that|this|it|which) (makes|made|will make) (this|it|that|things|everything) (all the more|even more)? ${ADV}? ${CAUSES}]`),
    // "Waiting a week for a reply must be exhausting." "Sounds frustrating!"
    phrase(`[(must be|must have been|sounds|would be|can be) (like)? ${ADV}? ${ADV}? ${FEELING}]`),
    // you must be so frustrated, you're understandably upset
    phrase(
      `[you (must be|must have been|must feel|are|were|seem|sound|feel|felt|have been|would be|might be|may be) ${ADV}? ${ADV}? ${FEELING}]`,
    ),
    phrase(`[you (have|have got) every right to (be|feel)]`),
    phrase(`[you are ${ADV}? right to (be|feel)]`),
    // I'd be frustrated too, anyone would be upset, I'd feel the same way
    phrase(`[(i|anyone|anybody) would ${ADV}? (be|feel|have been|have felt) ${ADV}? ${ADV}? ${FEELING}]`),
    phrase(`[i would (feel|be|have felt|have been|do) (exactly|just)? the same (way)?]`),
    phrase('[if i were in your (shoes|position|place)]'),
    // I can see why you're upset, I completely understand how annoying, I know how frustrating
    phrase(`[i (can|do)? (only)? ${ADV}? ${SEEING} ${UP_TO_5} ${FEELING}]`),
    phrase(
      `[i (can|do)? (only)? ${ADV}? ${SEEING} (how|what) you *? (feel|are feeling|must feel|must be feeling|are going through|have been through|have gone through|went through|have been dealing with)]`,
    ),
    phrase(`[i (can|do)? ${ADV}? (understand|see) where you are coming from]`),
    phrase(`[i (can|do)? ${ADV}? (understand|see|imagine|know|appreciate) how much (this|that|it) (matters|means)]`),
    phrase(`[i (can|do)? ${ADV}? (understand|see|imagine|know|appreciate) how important (this|that|it) is]`),
    phrase('[i can (only)? imagine]'),
    phrase('[i can not (even)? imagine] (how|what)'),
    // "I understand." "I completely understand, and..." (the stock form still counts here)
    phrase(`[i (can|do)? ${ADV}? understand] (,|.|!|;|—|–|-)`),
    phrase(`[i (can|do)? ${ADV}? understand (that|this)] (.|!)`),
    // I understand your frustration, I share your disappointment, I can see your frustration
    phrase(`[i (can|do)? ${ADV}? (understand|share|hear|see|get|feel) (your|the) ${FEELING_NOUN}]`),
    phrase('[i hear you]'),
    phrase(`[i ${ADV}? get it]`),
    phrase('[i (really|truly)? feel for you]'),
    phrase(`[(that is|it is|this is) ${ADV}? understandable]`),
    // "and that's completely fair" (a reason the customer gave, accepted)
    phrase(`[that is (completely|totally|entirely|perfectly|absolutely|very|really) (fair|reasonable|valid)] (.|!|,|;|—|–|and)`),
    // what it means to them: "I know you've been looking forward to them", "I know your team relies on this"
    phrase(
      `[(i|we) ${ADV}? (know|understand|realize|appreciate|imagine) (that)? you (have been|were|had been)? ${ADV}? (looking forward to|counting on|relying on|excited about|excited for|needed (it|this|that|them|the|your))]`,
    ),
    phrase(
      `[(i|we) ${ADV}? (know|understand|realize|appreciate) (how much)? (that)? (you|your (* *?)?) (rely|relies|relied|depend|depends|depended|count|counts|counted) on]`,
    ),
    phrase(
      `[(i|we) ${ADV}? (know|understand|realize|appreciate) ${UP_TO_5} (means|meant|costs|cost) (* (* *?)?)? (for|to) (you|your)]`,
    ),
    // "I know there's a lot to sort out when you're moving countries"
    phrase(
      `[(there is|there are|you have|you have got|you are dealing with) (a lot|so much|plenty|lots) (to (sort out|deal with|handle|juggle|organize|think about|manage)|on your plate|going on)]`,
    ),
    phrase('^ [understandably]'),
    // "What a frustrating experience." "How annoying!"
    phrase(`^ [(what a|what an|how|such a) ${ADV}? ${FEELING} (experience|situation|thing|start|time|process|week|day)?]`),
  ],
  cases: {
    done: [
      '[That sounds so frustrating], especially after two calls.',
      '[I can imagine how stressful] the last week has been.',
      '[I completely understand how annoying] it is to be logged out mid-order.',
      "[I'd feel the same way] if my parcel went missing.",
      '[I can see why you’re upset] about the second charge.',
      '[That must be frustrating] when you need the report for a meeting.',
      '[You must be so frustrated] by now.',
      '[I hear you], and I want to get this fixed today.',
      '[I understand your frustration] with the delay.',
      'Waiting a week for a reply [must have been exhausting].',
      '[I can only imagine how worrying] it was to see the account locked.',
      '[I can’t imagine] how stressful that was.',
      '[It’s completely understandable] that you want answers.',
      '[I know how much this matters] to you.',
      '[What a frustrating experience]!',
      '[You have every right to be] disappointed with how this was handled.',
      "[I'd be annoyed] too, and [I understand], so let's fix it.",
      '[That sounds like a real headache].',
      '[I can see how this situation is frustrating] for you.',
      '[I totally get it].',
      '[I realise how disappointing] this must be.',
      'Honestly? [I can understand that].',
      'A second charge you didn’t expect [is stressful].',
      '[That’s a frustrating] thing to find.',
      'It broke again this morning, [which makes this especially frustrating].',
      '[That sounds really disruptive] for your field team.',
      '[I know you’ve been looking forward to] them.',
      '[I know your team relies on] this every morning.',
      '[I know every minute of downtime means lost orders for you].',
      '[I can see why the label "Revenue" is confusing].',
      'The new pricing doesn’t fit your budget, and [that’s completely fair].',
      'I know [there’s a lot to sort out] when you’re moving countries.',
    ],
    missing: [
      "I understand, but that's our policy.",
      'I understand your frustration, however the charge is valid.',
      'I understand that your account was locked.',
      "I'm sorry for the delay.",
      'I can see how to fix this.',
      'If you are confused by the settings, the guide covers them.',
      "It's hard to say when the part will arrive.",
      "I hear you, but we can't change it.",
      'Thanks for your patience.',
      'I know how to fix this.',
      'That sounds frustrating, though it is expected behaviour.',
      'As far as I understand, the order shipped on Monday.',
      'Is this frustrating for other users too?',
      'The policy allows 30 days, which is fair.',
      'That’s fair, but the charge stands.',
      'I know you need to cancel before the renewal date.',
      'There’s a lot to do before the release.',
      'I know your team will want the report.',
      'It wasn’t disruptive for most customers.',
      'I know what the delay means for you, but the courier sets the dates.',
      'This makes the export faster.',
      'The outage is not stressful for our engineers.',
      'Is the new layout confusing?',
    ],
  },
});
