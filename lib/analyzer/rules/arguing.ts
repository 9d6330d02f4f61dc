import { defineRule } from '../definitions';
import { droppable } from '../droppable';

// Patterns take no nested groups, so "in my last email" and its variants are spelled out.
const IN_MY_LAST = ['last', 'previous', 'earlier', 'prior', 'first'].flatMap((which) =>
  ['email', 'e mail', 'message', 'reply', 'response', 'note', 'mail'].map((what) => `in my ${which} ${what}`),
);
const EARLIER = `(before|earlier|previously|already|above|below|several times|twice|${IN_MY_LAST.join('|')})`;

// "As I mentioned on the phone" recaps a conversation; it does not point at an ignored message.
const ON_A_CALL =
  '(said|told you|mentioned|explained|stated) (on|during|over|in|at|to) (the|our|my|today|yesterday|your) (phone|call|chat|meeting|video|colleague|manager|team)';

const MESSAGE = '(email|e mail|message|reply|response|note|mail)';

// "I'm not saying you're wrong", "I don't think you're wrong".
const NOT_SAYING =
  '(not|nobody|no one|never) (is|are)? (saying|suggesting|think|thinking|believe|mean|implying|say|suggest|thinks|believes) (that)? you (are|were)';

export default defineRule({
  id: 'tone/arguing',
  category: 'arguing',
  severity: 'warning',
  from: 'gentle',
  title: 'Arguing with the customer',
  description:
    'Flags wording that turns the reply into a debate: "as I said", "per my last email", "as previously stated", "you\'re wrong", "with all due respect", "that\'s not true", and (strict) "Actually, ...", "to be honest".',
  message: 'This reads as arguing; restate the answer without scoring the point.',
  why: 'Avoid arguments and focus on solutions: reminding the customer they were already told, or telling them they are wrong, makes the reply about who is right, and a customer who feels corrected digs in instead of working with you.',
  phrases: [
    ...droppable(`(as|like) i (have)? (already)? (said|told you|say) ${EARLIER}?`, {
      unless: [ON_A_CALL],
      from: 'standard',
      message: 'Pointing out you already said it sounds impatient; just restate it.',
    }),
    ...droppable(
      `as (i|we) (have)? (already)? (mentioned|stated|explained|noted|wrote|written|advised|informed you|pointed out|indicated) ${EARLIER}`,
      { from: 'standard', message: 'Pointing out you already said it sounds impatient; just restate it.' },
    ),
    ...droppable('as (i|we) (have)? (already)? (stated|pointed out|advised|informed you)', {
      unless: [ON_A_CALL],
      from: 'standard',
      message: 'Pointing out you already said it sounds impatient; just restate it.',
    }),
    // "Already" is what makes a friendly recap ("as I explained") point at an ignored message.
    ...droppable('as (i|we) (have)? already (mentioned|explained|noted|written|wrote|outlined|indicated)', {
      unless: [ON_A_CALL],
      from: 'standard',
      message: 'Pointing out you already said it sounds impatient; just restate it.',
    }),
    ...droppable('as (previously|already|clearly) (stated|mentioned|explained|advised|noted|said|indicated|outlined)', {
      from: 'standard',
      message: 'Pointing out you already said it sounds impatient; just restate it.',
    }),
    ...droppable(`as stated ${EARLIER}`, { from: 'standard' }),
    // A plain "As I mentioned, ..." is often a friendly recap; only strict reports it.
    ...droppable('as (i|we) (mentioned|explained)', { unless: [ON_A_CALL], from: 'strict', severity: 'info' }),
    {
      match: `^ [(as per|per) my (last|previous|earlier|prior) ${MESSAGE}] ,`,
      suggestions: ['to recap'],
      from: 'standard',
      message: '“Per my last email” reads as passive-aggressive; recap the point instead.',
    },
    {
      match: `[(as per|per) my (last|previous|earlier|prior) ${MESSAGE}]`,
      from: 'standard',
      message: '“Per my last email” reads as passive-aggressive; recap the point instead.',
    },
    {
      match: '[you (are|were) (simply|just|completely|totally|absolutely|quite)? (wrong|mistaken|incorrect)]',
      unless: [NOT_SAYING, '(if|unless) you (are|were)'],
      from: 'gentle',
      severity: 'error',
      message: 'Telling the customer they are wrong starts an argument; explain what you see instead.',
    },
    ...droppable('(with all due respect|with due respect|with all respect)', { from: 'gentle', severity: 'error' }),
    {
      match: '[(that is|this is) (simply|just|absolutely)? (not true|untrue|false)]',
      unless: ['(if|whether) (that|this) is', 'not true (of|for)'],
      from: 'standard',
    },
    // "This isn't the case for annual plans" informs; "that's not the case" contradicts.
    {
      match: '[that is (simply|just|absolutely)? not the case]',
      unless: ['(if|whether) that is', 'not the case (for|with|on|in)'],
      from: 'standard',
    },
    {
      match: '[(that is|this is) (simply|just|absolutely)? (not correct|not accurate|incorrect|inaccurate)]',
      unless: [
        '(if|whether) (that|this) is',
        '(not correct|not accurate|incorrect|inaccurate) ,? (and|so|you should|we should|you were|it should|i have|we have)',
      ],
      from: 'strict',
      severity: 'info',
    },
    // "Actually, ..." opening a reply corrects the customer; "Actually, you're right" agrees.
    {
      match: '^ [actually] ,',
      unless: [
        'actually ,? (you are|you were) (right|correct|absolutely|quite|completely|totally)',
        'actually ,? (i|we) (have|can|will|went|managed|just|found|also|did|do|would|am|are)',
        'actually ,? (that is|this is|it is) (a great|a good|great|good|brilliant|a brilliant|an excellent|excellent|a fair|fair|a really|really)',
      ],
      drop: true,
      from: 'strict',
      severity: 'info',
    },
    ...droppable('(to be honest|to be frank|to be fair|honestly|frankly)', {
      unless: [
        '(have|need|want|going|got) to be (honest|frank)',
        '(honestly|frankly|honest|frank) ,? (i|we) (am|are|was|were)? (so|really|very|truly|deeply)? (sorry|glad|happy|thrilled|delighted|embarrassed|grateful|thankful|apologize)',
        '(i|we) (honestly|frankly)',
        '(honestly|frankly) ,? (that is|this is|it is) (a great|a good|great|good|brilliant|a brilliant|an excellent|excellent|a fair|fair|a really|really)',
        '(honestly|frankly|honest|frank|fair) ,? (thank|thanks|this should|this should not|that should not|this was not|that was not|we should|we let|we dropped|we messed|we got)',
        '(honestly|frankly) (,|.|!)? (i|we) (did not|do not|had no|have no)',
      ],
      from: 'strict',
      severity: 'info',
    }),
  ],
  cases: {
    flagged: [
      '[As I said, the] refund takes five business days.',
      '[Like I said before, your] order ships on Monday.',
      'The refund goes to your original card[, as I’ve already told you].',
      '[As I mentioned in my last email, we] don’t ship to PO boxes.',
      '[As previously stated, the] warranty has expired.',
      '[As I stated, your] plan renews monthly.',
      'The refund, [as I said], takes five business days.',
      'Sam, [as we explained earlier, the] parcel is with the courier.',
      '[As I mentioned, the] invoice is attached.',
      '[As I’ve already explained, the] sync only runs every 15 minutes.',
      'Your plan renews monthly[, as we already mentioned].',
      '[Per my last email], the refund was issued on Monday.',
      '[As per my previous e-mail], your account is active.',
      'The refund was issued on Monday, [per my last message].',
      '[You’re wrong] about the charge.',
      'I’m afraid [you are mistaken]; the order was delivered.',
      '[With all due respect, the] charge is correct.',
      '[That’s not true]; we emailed you on the 3rd.',
      '[That is simply not the case].',
      '[This isn’t accurate]: the plan was cancelled in May.',
      '[Actually, the] parcel was delivered yesterday.',
      '[To be honest, the] old plan suited you better.',
      '[Honestly, this] is the first time we’ve seen this.',
      '[Frankly, you] should have read the terms.',
    ],
    clean: [
      'As I mentioned on the phone, I’ve issued the refund.',
      'As you mentioned, the parcel arrived damaged, and I’m so sorry.',
      'Like I said on the call, I’ve credited your account.',
      'As promised, I’ve sent the replacement today.',
      'Per our call, I’ve upgraded your plan at no cost.',
      'You’re right, and I’m sorry we got this wrong.',
      'I don’t think you’re wrong at all.',
      'If that’s not correct, just reply and I’ll update it.',
      'You were not wrong to expect a faster reply.',
      'Actually, you’re right: the charge was a mistake.',
      'Actually, I’ve gone ahead and refunded the fee.',
      'Actually, that’s a great idea.',
      'Honestly, that’s a great idea.',
      'As I said to my colleague, your case is a priority.',
      'As I’ve already explained on the phone, I’ve credited your account.',
      'I have to be honest with you: this one is on us.',
      'Honestly, I’m so sorry this happened.',
      'We respect your decision to cancel.',
      'It’s true that the delivery was late, and I apologise.',
      'You said the parcel arrived damaged, so I’ve sent a new one.',
      'I actually think that’s a great idea.',
      'That’s not true of every plan, but it is true of yours.',
      'This isn’t the case for annual plans, which renew once a year.',
      'With respect to your question about pricing, here’s a breakdown.',
      'Honestly, thank you for flagging this.',
      'Frankly, this shouldn’t have happened, and I’m sorry.',
    ],
  },
  example: {
    before: 'As I said in my last email, the refund takes five days.',
    after: 'The refund takes five days, and I’ll email you the moment it lands.',
  },
});
