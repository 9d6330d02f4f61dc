import { defineRule } from '../definitions';
import { droppable } from '../droppable';

// Saying "I can't" about things that are not refusals: thanks, eagerness, empathy, findings.
const NOT_A_REFUSAL =
  'can not (seem to find|seem to locate|seem to see|seem to spot|thank|wait|stress|emphasize|overemphasize|overstate|imagine|believe|apologize|say|recommend|express|praise|blame you|disagree|argue|see|find|locate|spot|reproduce|replicate|promise|begin to|be happier|be more|be prouder|be any|help but|help feeling|help thinking|help noticing|help wondering|tell you how|tell you enough|tell from|tell whether|tell if|let this|let that|allow this|allow that)';

// "If we can't fix it by Friday, we'll refund you": a conditional promise, not a refusal.
const CONDITIONAL = 'if (i|we) *? *? (can not|will not|would not|am|are|was|were) (really|currently|still)? (be)? (unable|not able|able)?';

// "We can't refund it, but we can send a replacement today", "I can't offer a full refund this time, but
// here's what I can do": the reply already leads on to what it can do.
const BUT_WE_CAN =
  '(can not|unable to|not able to|not be able to) *? *? *? *? *? *? *? *? ,? (but|though|however|instead) ,? ((i|we) (can|could|will|would|am|are|have|do)|here is what (i|we))';

const UNLESS_HELP_FOLLOWS =
  'can not help (you)? with (that|this|it) (until|unless|without|yet|anymore|any|further|right|today|now|at|before|after)';

export default defineRule({
  id: 'tone/negative-framing',
  category: 'negative-framing',
  severity: 'warning',
  from: 'standard',
  title: 'Negative framing',
  description:
    'Flags replies that lead with what you cannot do: "I can\'t", "we\'re unable to", "we won\'t be able to", "impossible", "unfortunately", and (strict) "no problem". Say what you can do instead.',
  message: 'Lead with what you can do, not what you can’t.',
  why: 'Use positive language to reframe the situation: a reply built on "can\'t" and "unable" sounds like a closed door, so the customer pushes harder, while the same facts framed as next steps keep them working with you.',
  phrases: [
    // "I can't help with that" has a ready positive reframe (the seed's own example).
    {
      match:
        '^ [(unfortunately ,|unfortunately)? (i|we) (really|simply|just)? can not help] (you)? with (that|this|it)',
      unless: [NOT_A_REFUSAL, UNLESS_HELP_FOLLOWS, BUT_WE_CAN],
      suggestions: ['let me find the right person to help'],
      message: 'Offer the way forward instead of the refusal.',
    },
    // Mid-sentence only after a comma ("Sorry, we can't help with that") and only with "we": a span
    // starting with "I" passes its capital on to the replacement ("Sorry, Let me find...").
    {
      match: ', [(unfortunately ,|unfortunately)? we (really|simply|just)? can not help] (you)? with (that|this|it)',
      unless: [NOT_A_REFUSAL, UNLESS_HELP_FOLLOWS, BUT_WE_CAN],
      suggestions: ['let me find the right person to help'],
      message: 'Offer the way forward instead of the refusal.',
    },
    {
      match: '(i|we) (really|simply|just|still|currently|also|certainly|definitely|absolutely)? [can not]',
      unless: [NOT_A_REFUSAL, CONDITIONAL, BUT_WE_CAN],
    },
    {
      match:
        '(i|we) (am|are|will be|would be|may be|might be)? (currently|still|sadly|simply|also|temporarily|just)? [(unable|not able) to]',
      unless: ['(unable|not able) to (reach|contact|find|locate|see|reproduce|replicate|thank|get hold)', CONDITIONAL, BUT_WE_CAN],
    },
    {
      match: '(i|we) [(will|would) not be able to]',
      unless: ['not be able to (thank|wait|do this without|do it without)', CONDITIONAL, BUT_WE_CAN],
    },
    {
      match: '(is|be) (just|simply|completely|totally|absolutely|virtually|practically|literally)? [impossible]',
      unless: [
        'nothing (is|be) *? impossible',
        '(sorry|know|understand|frustrating|apologize|apologies) *? *? *? *? *? *? *? *? impossible',
      ],
      message: 'Say what is possible instead.',
    },
    ...droppable('unfortunately', { severity: 'info', message: 'Lead with the next step; “unfortunately” sets up a no.' }),
    {
      match: '^ [(no|not a) problem (at all)?] (.|!|,)',
      suggestions: ['happy to help'],
      from: 'strict',
      severity: 'info',
      message: '“No problem” hints there could have been one; say you are glad to help.',
    },
  ],
  cases: {
    flagged: [
      '[I can’t help] with that.',
      '[We cannot help] you with this.',
      '[Unfortunately, I can’t help] with that over chat.',
      'Sorry, [unfortunately we can’t help] you with that.',
      'Sorry, [we can’t help] with that.',
      'I’m afraid I [can’t] help with that until the payment clears.',
      'We [can\'t] refund digital downloads once they have been opened.',
      'I really [can not] change the delivery address after dispatch.',
      'I’m sorry, but we [CANNOT] offer a discount on this order.',
      'I’m [unable to] cancel the order because it has already shipped.',
      'We’re currently [unable to] ship to PO boxes.',
      'I am [not able to] share card details by email for security reasons, so I [can’t] confirm the last digits.',
      'We [won’t be able to] process the return without the original receipt.',
      'Changing the billing date mid-cycle is [impossible].',
      'That would be [impossible] for us to arrange.',
      '[Unfortunately, the] parcel was returned to our warehouse.',
      'Hi Sam, [unfortunately, we] [can’t] ship to your area.',
      'We are, [unfortunately], out of stock in that size.',
      'The courier has lost the parcel[, unfortunately].',
      '[No problem]!',
      '[No problem at all], I’ve updated your address.',
      '[Not a problem], Sam.',
    ],
    clean: [
      'I can’t thank you enough for your patience.',
      'I can’t wait to hear how the new plan works for you.',
      'I cannot stress enough how much we appreciate your feedback.',
      'We can’t apologise enough for the mix-up.',
      'I can’t imagine how frustrating that must have been.',
      'We can’t be happier that it worked out.',
      'With the premium plan you can’t go wrong.',
      'Nothing is impossible for our support team.',
      'I’m so sorry the outage made it impossible to reach us yesterday.',
      'If we can’t fix it by Friday, we’ll refund you in full.',
      'If you can’t log in, use the reset link below.',
      'I can’t see a second charge on your account, could you send me a screenshot?',
      'I tried calling but was unable to reach you.',
      'We can’t let this happen again, so I’ve added a check to every order.',
      'There’s no problem with your account.',
      'It was a fortunate coincidence that the parcel arrived early.',
      'Here is what I can do: I’ll send a replacement today.',
      'I can’t blame you for being upset.',
      'I’m sorry, I can’t seem to find your order; could you send me the order number?',
      'We can’t refund it, but we can send a replacement today.',
      'I can’t help with that here, but I can connect you with our billing team.',
      'I’m unable to change the date, but I can upgrade the shipping for free.',
      'I’m sorry I can’t offer a full refund this time, but here’s what I can do: I’ve added a store credit for the full £38.',
    ],
  },
  example: {
    before: 'Unfortunately, we can’t refund the order.',
    after: 'Here is what we can do: I will send a replacement today.',
  },
});
