import { defineRule, type PhraseSpec } from '../definitions';

const APOLOGY = '(sorry|{apologize}|apologies|apology)';
const FEELINGS =
  '(upset|frustrated|annoyed|inconvenienced|disappointed|confused|misled|angry|unhappy|bothered|hurt|let down|ignored|offended|insulted)';

// "I understand, but" cancels the empathy before it; each common wording gets its own rewrite
// ("I understand your frustration, and"), since a suggestion is fixed text, not a template.
const EMPATHY_OBJECTS: Record<string, string[]> = {
  understand: [
    '',
    'that',
    'this',
    'your frustration',
    'the frustration',
    'your concern',
    'your concerns',
    'how frustrating this is',
    'how frustrating that is',
    'how frustrating this must be',
    "where you're coming from",
    "why you're upset",
    'how you feel',
  ],
  know: ['', "this is frustrating", "that's frustrating", "it's frustrating", 'how frustrating this is'],
  'hear you': [''],
  'get it': [''],
  'get that': [''],
};
const ADVERB = '(completely|totally|fully|really|absolutely|definitely|do|can)?';

function understandBut(): PhraseSpec[] {
  const specs: PhraseSpec[] = [];
  for (const subject of ['I', 'we']) {
    for (const [verb, objects] of Object.entries(EMPATHY_OBJECTS)) {
      for (const object of objects) {
        const words = [verb, object].filter(Boolean).join(' ');
        specs.push({
          match: `[${subject} ${ADVERB} ${words} (,|;)? (but|however ,|however)]`,
          // The rewrite leaves out an intensifier ("I completely understand"): stock empathy reads
          // better plain, and one rewrite per wording keeps the list short.
          suggestions: [`${subject} ${words}, and`],
          message: 'The “but” cancels the understanding before it.',
        });
      }
    }
  }
  return specs;
}

function anyInconvenience(): PhraseSpec[] {
  const before = `({apologize} for|apologies for|apology for|sorry for|{regret})`;
  return ['inconvenience', 'trouble', 'confusion', 'frustration', 'delay', 'worry', 'stress', 'hassle', 'disruption'].flatMap((noun): PhraseSpec[] => [
    {
      match: `${before} [any (${noun}|${noun}s) (this|that|it) (may|might|could)? (have|has)? caused]`,
      suggestions: [`the ${noun} this caused`],
      message: '“Any inconvenience this may have caused” hedges: name what went wrong.',
    },
    {
      match: `${before} [any (${noun}|${noun}s)]`,
      suggestions: [`the ${noun}`],
      message: '“Any” hedges the apology: own what went wrong.',
    },
  ]);
}

export default defineRule({
  id: 'tone/insincere-apology',
  category: 'insincere-apology',
  severity: 'warning',
  from: 'standard',
  title: 'Insincere or cancelled apology',
  description:
    'Flags apologies that take themselves back: "sorry if you feel", "sorry you feel that way", "sorry, but", "I understand, but", "any inconvenience this may have caused".',
  message: 'This apology sounds conditional or cancelled.',
  why: 'Apologize sincerely for the problem: an apology with "if", "but" or "any inconvenience" sounds insincere, and customers pick up on that tone and get angrier.',
  phrases: [
    // Apologising for the customer's feelings rather than for what happened.
    {
      match: `${APOLOGY} [(if|that)? you (feel|felt|have felt) (that way|this way|like that)]`,
      suggestions: ['for the frustration'],
      message: 'This apologizes for their feelings, not for what went wrong.',
    },
    {
      match: `sorry [to hear (that)? you (feel|felt) (that way|this way|like that)]`,
      suggestions: ['for the frustration'],
      message: 'This apologizes for their feelings, not for what went wrong.',
    },
    {
      match: `${APOLOGY} [(if|that)? (you|anyone) (were|are|was|got|have been|felt|feel) (offended|insulted)]`,
      message: 'This apologizes for their feelings, not for what went wrong.',
    },
    ...(['sorry', '{apologize}', 'apologies'] as const).flatMap((apology): PhraseSpec[] =>
      [
        '(feel|felt|have felt)',
        `(were|are|got|have been) ${FEELINGS}`,
        '(find|found) (this|that|it|the)',
      ].map((rest) => ({
        match: `${apology} [if you] ${rest}`,
        // "I apologize that you felt" does not read well: only "sorry" gets the rewrite.
        suggestions: apology === 'sorry' ? ['that you'] : [],
        message: 'The “if” makes the apology conditional.',
      })),
    ),
    ...['(this|that|it)', 'my (reply|email|message|answer)'].map((what): PhraseSpec => ({
      match: `${APOLOGY} [if ${what} (has|have)? (caused|offended|upset)]`,
      message: 'An apology with “if” sounds like it doubts anything went wrong.',
      severity: 'info',
      from: 'strict',
    })),
    {
      match: `${APOLOGY} [if (i|we) (have)? (upset|offended|confused)]`,
      message: 'An apology with “if” sounds like it doubts anything went wrong.',
      severity: 'info',
      from: 'strict',
    },
    // "Sorry, but": the "but" takes the apology back.
    {
      match: '[(i am|we are) (so|very|really|truly|terribly|deeply)? sorry (to hear)? (that|this)? (,|;)? but]',
      unless: ['sorry ,? but (also|more importantly)', 'sorry ,? but (could|can|would|may) (you|i)'],
      message: 'The “but” takes the apology back.',
    },
    {
      match: '[sorry (to hear)? (that|this)? (,|;)? but]',
      unless: ['not (so|very|really)? sorry', 'sorry ,? but (also|more importantly)', 'sorry ,? but (could|can|would|may) (you|i)'],
      message: 'The “but” takes the apology back.',
    },
    {
      match: '[(i|we) (sincerely|truly|do)? {apologize} (,|;)? but]',
      message: 'The “but” takes the apology back.',
    },
    {
      match: '[(my|our) apologies (,|;)? but]',
      message: 'The “but” takes the apology back.',
    },
    {
      match: '[apologies (,|;)? but]',
      message: 'The “but” takes the apology back.',
    },
    ...understandBut(),
    // Any "I understand X, but" that the list above does not know: no rewrite, and only at strict,
    // since "I understand the issue now, but I need one more detail" is not always empathy.
    {
      match: '[(i|we) (completely|totally|fully|really|absolutely|do|can)? (understand|know) * *? *? *? *? *? (,|;)? (but|however)]',
      message: 'The “but” cancels the understanding before it.',
      severity: 'info',
      from: 'strict',
    },
    ...anyInconvenience(),
    {
      match: '[we (deeply|sincerely|truly)? regret] (any|the) (inconvenience|inconveniences|trouble|confusion|frustration|delay)',
      suggestions: ["we're sorry for"],
      message: '“We regret” sounds distant: say sorry.',
      severity: 'info',
    },
    {
      match: '[i (deeply|sincerely|truly)? regret] (any|the) (inconvenience|inconveniences|trouble|confusion|frustration|delay)',
      suggestions: ["I'm sorry for"],
      message: '“I regret” sounds distant: say sorry.',
      severity: 'info',
    },
  ],
  cases: {
    flagged: [
      'I’m sorry [if you feel that way].',
      'We apologise [if you felt this way] about the new pricing.',
      'Sorry [you feel that way], but the plan has changed.',
      'I’m sorry [to hear you feel that way].',
      'I’m sorry [if you] felt ignored by our team.',
      'We are sorry [if you] were inconvenienced by the outage.',
      'Sorry [if you] found the instructions confusing.',
      'I apologize [if you were offended] by my last email.',
      '[I’m sorry, but] we can’t refund a digital purchase.',
      '[Sorry but] that’s our policy.',
      '[We apologize, but] the promotion has ended.',
      '[I understand, but] the order has already shipped.',
      '[I completely understand your frustration, however,] the warranty has expired.',
      '[We understand your concerns; however,] the fee is set by the bank.',
      '[My apologies, but] the coupon only works once.',
      '[I know this is frustrating, but] we need the serial number first.',
      '[I hear you, but] there’s nothing more I can do.',
      'We apologize for [any inconvenience this may have caused].',
      'Sorry for [any confusion]!',
      'Sorry for [any worry this caused].',
      'We apologise for [any disruption] to your service.',
      'Our apologies for [any inconvenience] during the maintenance window.',
      '[We regret] [any inconvenience] caused by the delay.',
      '[I understand you wanted it today, but] the courier missed the slot.',
    ],
    clean: [
      'Sorry for the delay in getting back to you.',
      'I’m not sorry, that was the right call.',
      'I’m so sorry about the double charge, and I’ve refunded it.',
      'I’m sorry you had to go through that.',
      'I’m sorry if you were charged twice; let me check right now.',
      'Sorry if you’ve already received this email.',
      'I understand, and I’ll get this fixed today.',
      'I can see how that would be frustrating.',
      'We apologize for the inconvenience this caused.',
      'I’m sorry you feel frustrated, and I want to fix this.',
      'Sorry, but could you send me the order number again?',
      'I don’t understand, but I’ll find someone who does.',
      'I’m sorry for the trouble this has caused.',
      'We’re sorry for the confusion, and here is the corrected invoice.',
    ],
  },
  example: {
    before: 'We apologize for any inconvenience this may have caused.',
    after: 'We’re sorry the delivery was late, and we’ve refunded the shipping.',
  },
});
