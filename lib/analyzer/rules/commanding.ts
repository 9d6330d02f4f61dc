import { defineRule } from '../definitions';

// "you need to / have to / must" is an order, except where it is a condition ("if you need to"), a
// question ("do you need to"), empathy ("I know you need to", "I'm sorry you have to") or a
// description ("all you need to do is").
const NOT_AN_ORDER = [
  '(if|when|whenever|unless|until|whether|should|once|where|wherever|in case) you (need|have|must) to',
  '(do|did|does|would|will|might|may) you (need|have) to',
  '(all|everything|anything|something|nothing|what|whatever|thing|things|one|only|steps|step) you (need|have|must) to',
  '(know|knew|understand|understood|see|realize|realise|hear|appreciate|get|sense|imagine|sure) (that)? you (need|have|must) to',
  '(sounds|seems|looks|sounded|seemed|looked) like you (need|have) to',
  '(sorry|hate|shame|unfair|frustrating|annoying|unfortunate|pity) (that)? you (have|need|must) to',
  // "the options you have to choose from": "you have" is possession there.
  '(options|choices|plans|ways|days|hours|weeks|minutes|time|chance|right|opportunity|questions|money|credit) you have to',
];

const BEFORE_AN_ORDER =
  '(understand|realize|realise|accept|note|aware|mind) that? (you|we|i) (must|need|have to|are required)';

export default defineRule({
  id: 'tone/commanding',
  category: 'commanding',
  severity: 'warning',
  from: 'standard',
  title: 'Ordering the customer around',
  description:
    'Flags orders aimed at the customer: "you must", "you need to", "you have to", "please be patient", "Please understand that", "Do not", "I need you to".',
  message: 'This reads as an order.',
  why: 'Keep the conversation collaborative: an upset customer who is told what they must do feels talked down to and pushes back, while an invitation keeps them working with you.',
  phrases: [
    {
      match: '[please be (more)? patient]',
      suggestions: ['thank you for your patience'],
      message: '“Please be patient” reads as a rebuke: thank them for their patience.',
    },
    { match: '^ [be (more)? patient]', suggestions: ['thank you for your patience'] },
    { match: '[you must (not|never)]', message: 'This reads as an order.' },
    {
      match: '[you must]',
      unless: [...NOT_AN_ORDER, 'you must (be|have|feel|know|think|wonder|not|never|understand|realize|realise|accept|appreciate|agree)'],
      suggestions: ['the next step is to'],
    },
    { match: '[you must (understand|realize|realise|accept|appreciate|agree)]' },
    {
      match: '[you (need|have) to]',
      unless: [
        ...NOT_AN_ORDER,
        'you (have|need) to (love|admit|laugh|wonder|hand it|give it|say|understand|realize|realise|accept|appreciate)',
        'you have to be (the|one|so|such|kidding|joking)',
      ],
      suggestions: ['the next step is to'],
    },
    { match: '[you (need|have) to (understand|realize|realise|accept|appreciate)]' },
    { match: '[you are required to]', suggestions: ['the next step is to'] },
    ...[
      ['i', "I'd be grateful if you could"],
      ['we', "we'd be grateful if you could"],
    ].map(([subject, suggestion]) => ({
      match: `[${subject} need you to]`,
      unless: [`${subject} need you to (understand|realize|realise|accept|know)`],
      suggestions: [suggestion!],
    })),
    { match: '[(i|we) need you to (understand|realize|realise|accept|know)]' },
    // A sentence-initial "Please" before a demand reads as one; removing the opener keeps the fact.
    // Not before another order ("Please note you must..."): that order is the finding to show, and a
    // dropped opener's span, which takes in the next word, would hide it.
    {
      match: '[(please|kindly) (understand|realize|realise|accept) that]',
      unless: [BEFORE_AN_ORDER],
      drop: true,
      message: '“Please understand that” talks down to the customer.',
    },
    {
      match: '[(please|kindly) (understand|realize|realise|accept)]',
      message: '“Please understand” talks down to the customer.',
    },
    {
      match: '[(please|kindly) (note|be aware|bear in mind|keep in mind) that?]',
      unless: [BEFORE_AN_ORDER],
      drop: true,
      severity: 'info',
      from: 'strict',
      message: '“Please note” reads as a demand: just say it.',
    },
    {
      match: '^ [do not]',
      unless: [
        'do not (worry|hesitate|forget|feel|apologize|stress|be|mind|fret|sweat|panic|think|give up|ever hesitate|lose|know|you|we|i|they|it)',
      ],
      suggestions: ["it's best not to"],
      message: 'A bare “Do not” reads as an order.',
    },
  ],
  cases: {
    flagged: [
      '[Please be patient] while we look into this.',
      '[Please be more patient], we are working on it.',
      '[Please understand] we are doing everything we can.',
      '[You must] restart the device before the update installs.',
      'To get a refund, [you must] return the item within 30 days.',
      '[You need to] clear your browser cache.',
      'If that doesn’t work, then [you have to] contact your bank.',
      '[You must understand] that we can’t reverse this.',
      '[You need to realise] this was a one-off offer.',
      '[You’re required to] provide a copy of your ID.',
      '[I need you to] send me a photo of the label.',
      '[We need you to] confirm the new address by Friday.',
      '[Please understand that our] team is doing its best.',
      '[Please note that the] refund takes five days.',
      '[Kindly note: refunds] take five days.',
      '[Do not] reply to this email.',
      '[Don’t] unplug the printer during the update.',
      '[You must not] share your password with anyone.',
      'After that, [you need to] sign in again.',
    ],
    clean: [
      'You don’t need to return it, keep it with our compliments.',
      'You won’t need to do anything else.',
      'You must be so frustrated after waiting all week.',
      'You must have been worried when the charge appeared.',
      'You have to love how fast the new version is.',
      'All you need to do is click the link in the email.',
      'If you need to change the address, just reply here.',
      'Do you need to keep the same phone number?',
      'I know you need to have this working by Friday.',
      'I’m sorry you had to wait so long.',
      'I’m sorry that you have to deal with this again.',
      'You’ll need to restart the app once the update finishes.',
      'Please bear with us while we check.',
      'Don’t hesitate to reach out if anything else comes up.',
      'Don’t worry, your data is safe.',
      'Please let me know if that helps.',
      'It sounds like you need to update your billing address, and I can do that for you.',
      'Here is everything you need to know about the new plan.',
      'Thank you for your patience while we look into this.',
      'Things should calm down once the sale ends.',
      // "Calm down" is the dismissive rule's: one problem, one underline.
      'Calm down, we will sort it out.',
      'There are three plans you have to choose from.',
      'Don’t you think the blue one suits you better?',
      'Please follow the link below to reset your password.',
      'You have to be the most patient customer I’ve spoken to this week!',
    ],
  },
  example: {
    before: 'You need to clear your browser cache.',
    after: 'Could you try clearing your browser cache?',
  },
});
