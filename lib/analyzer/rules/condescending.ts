import { defineRule } from '../definitions';
import { droppable } from '../droppable';

// Said about ourselves ("I obviously misread", "we clearly dropped the ball") it is an admission.
const SELF = (word: string) => [`(i|we) *? ${word}`, `${word} ,? (i|we|our|my|me|us)`];

// "This is obviously not the experience we want", "clearly frustrating": validating, not talking down.
const VALIDATING = (word: string) =>
  `${word} ,? *? *? *? (not|frustrating|upsetting|annoying|unacceptable|disappointing|stressful|inconvenient|a mistake|an error|our|my)`;

// What a customer "clearly" did or must do: "you clearly missed", "you've clearly not read".
const YOU_DID =
  '(not|did not|have not|had not|missed|misread|misunderstood|ignored|forgot|skipped|overlooked|need|needed|did|do not|are not|were not|failed|entered|typed|chose|selected|clicked)';

// Where it was "clearly" shown or said: implies the customer should have seen it.
const SHOWN =
  '(stated|explained|shown|written|mentioned|listed|described|labeled|marked|displayed|outlined|noted|visible|indicated|printed|signposted|set out|spelled out|spelt out)';

// Verbs of the "just do X" imperative that imply the fix was trivial; friendly ones ("just let me know",
// "just reply", "just click the link") are left out.
const JUST_DO =
  '(restart|reboot|read|check|clear|reset|refresh|reinstall|follow|look|google|search|scroll|turn|unplug|update|log|sign|go)';

export default defineRule({
  id: 'tone/condescending',
  category: 'condescending',
  severity: 'warning',
  from: 'gentle',
  title: 'Talking down to the customer',
  description:
    'Flags words that imply the answer should have been obvious: "obviously", "simply", "clearly", "as everyone knows", "as you should know", "it\'s easy", and (strict) "basically", "of course", "just restart".',
  message: 'This can sound like the answer should have been obvious.',
  why: 'Empathize and validate so the customer feels respected and heard: words like "obviously" and "simply" imply they should have known, which makes them feel foolish for asking and defensive for the rest of the conversation.',
  phrases: [
    ...droppable('obviously', {
      unless: [...SELF('obviously'), VALIDATING('obviously')],
      from: 'standard',
    }),
    {
      match: `you (have|had|did|are|were|will|would)? [clearly] ${YOU_DID}`,
      drop: true,
      from: 'standard',
    },
    {
      match: `^ [clearly] ,? you (have|had|are|were)? ${YOU_DID}`,
      drop: true,
      from: 'standard',
    },
    {
      match: `(is|was|are|were) [clearly] ${SHOWN}`,
      unless: ['(make sure|ensure|so that|so|now|until|not) *? *? *? clearly', ...SELF('clearly')],
      drop: true,
      from: 'standard',
      message: 'Saying it was clearly shown implies the customer should have seen it.',
    },
    ...droppable('simply', {
      unless: [
        'simply put',
        ...SELF('simply'),
        'simply (not|unacceptable|wrong|too|the best|because)',
        // Inviting a reply is friendly, not talking down.
        'simply (reply|respond|write|let|drop|get in touch|contact us|call us|email us|message us)',
      ],
      from: 'standard',
      severity: 'info',
    }),
    {
      match: '(it is|this is|that is) (really|very|super|pretty|quite|so|actually)? [easy]',
      unless: [
        '(glad|hope|hopefully|wish) *? *? *? easy',
        'easy for (us|me)',
        'easy (to|for anyone to|for anybody to) (miss|overlook|see why|understand why|get confused|get mixed|mix up|confuse|forget|make|misread|lose|skip)',
        'easy (mistake|one to miss)',
      ],
      from: 'standard',
      message: 'Calling it easy makes a customer who struggled feel foolish; give the steps instead.',
    },
    {
      match: '(it is|this is|that is) (a|an) (really|very|super|pretty|quite)? [easy] (fix|one|step|process|change)',
      from: 'standard',
      message: 'Calling it easy makes a customer who struggled feel foolish; give the steps instead.',
    },
    // "You can easily change it", "it's easily fixed"; not "it can easily take a week" (likely).
    {
      match: 'you (can|could|should|will|would)? [easily]',
      unless: ['not easily', 'easily (the|one of)'],
      drop: true,
      from: 'standard',
      severity: 'info',
    },
    {
      match: '(is|be|are) [easily] (fixed|done|solved|resolved|changed|found|updated|sorted|reset|avoided)',
      unless: ['not easily', '(i|we) *? *? easily'],
      drop: true,
      from: 'standard',
      severity: 'info',
    },
    ...droppable('as (everyone|everybody|we all|anyone) (knows|know)', { from: 'standard' }),
    // A bare "everyone knows" is as often empathy ("everyone knows how stressful a late parcel is").
    { match: '[(it is|that is|this is) common knowledge]', from: 'standard' },
    ...droppable(
      'as you (should|must|ought to|surely) (know|be aware|have seen|have read|have noticed|remember|recall)',
      { from: 'gentle', severity: 'error', message: 'This tells the customer they should have known.' },
    ),
    {
      match: '[you (should|ought to) (know|be aware)] by now',
      from: 'gentle',
      severity: 'error',
      message: 'This tells the customer they should have known.',
    },
    {
      match: '[you (should|ought to) already (know|be aware)]',
      from: 'gentle',
      severity: 'error',
      message: 'This tells the customer they should have known.',
    },
    ...droppable('basically', { unless: SELF('basically'), from: 'strict', severity: 'info' }),
    // "Of course!" and "Of course we'll refund you" are warm; "of course, you need to..." talks down.
    {
      match: '^ [of course] ,? you (need to|have to|must|should|will need to|will have to|would need to|would have to)',
      drop: true,
      from: 'strict',
      severity: 'info',
    },
    {
      match: '(which|this|that|it) [of course] (requires|means|needs|only|depends)',
      drop: true,
      from: 'strict',
      severity: 'info',
    },
    // "Just restart the app", "you just need to": not "I just refunded you", "just let me know".
    { match: `^ (please)? [just] ${JUST_DO}`, unless: ['just go ahead'], drop: true, from: 'strict', severity: 'info' },
    { match: 'you [just] (need|have|had|needed) to', drop: true, from: 'strict', severity: 'info' },
    { match: `(all you|you) (need|have) to do is [just] ${JUST_DO}`, drop: true, from: 'strict', severity: 'info' },
  ],
  cases: {
    flagged: [
      '[Obviously, you] will need to log in first.',
      'The refund goes back to the original card[, obviously].',
      'Sam, [obviously, the] app needs an internet connection.',
      'The setting is, [obviously], on by default.',
      'You [clearly missed] the confirmation email.',
      '[Clearly, you] did not read the instructions.',
      'The delivery fee is [clearly shown] at checkout.',
      'The cancellation terms were [clearly set] out in your contract.',
      'It’s [clearly labelled] on the box.',
      '[Simply restart] the router.',
      'You can [simply click] the link we sent you.',
      'It’s really [easy]: open Settings and tap Billing.',
      'That’s an [easy] fix.',
      'You can [easily change] your plan in the dashboard.',
      'This is [easily fixed] by clearing your cache.',
      '[As everyone knows, prices] go up in January.',
      '[It’s common knowledge] that gift cards can’t be refunded.',
      '[As you should know, the] warranty lasts one year.',
      '[You should know] by now that we ship on weekdays only.',
      '[You should already be aware] of the new login steps.',
      '[Basically, the] update fixes the sync bug.',
      '[Of course, you’ll] need to verify your email first.',
      'That [of course requires] a valid receipt.',
      '[Just restart] the app.',
      'Please [just check] your spam folder.',
      'You [just need] to clear your cache.',
    ],
    clean: [
      'I clearly made a mistake here, and I’m sorry.',
      'We obviously dropped the ball on this one.',
      'This is obviously not the experience we want you to have.',
      'Obviously, this isn’t what you expected, and I’m sorry.',
      'Of course you need a refund, and I’ve issued it.',
      'Clearly, something went wrong on our side.',
      'Let me explain the steps more clearly.',
      'We’ll make sure the fee is clearly shown at checkout from now on.',
      'I’m sorry the fee wasn’t clearly shown.',
      'Clearly labelled return slips are in the box.',
      'I’m glad it’s easy to use now.',
      'It can easily take a week for the bank to release the hold.',
      'Just go ahead and place the order; I’ll apply the discount.',
      'Just use the code SAVE10 at checkout.',
      'As you will have seen, we’ve moved to a new billing system.',
      'Simply put, your account is safe.',
      'Simply reply to this email if anything else comes up.',
      'It’s easy to miss that email, so I’ve resent it.',
      'That’s an easy mistake to make.',
      'It isn’t easy to find that setting, and that’s on us.',
      'We can easily refund you today.',
      'Of course! I’ve refunded your order.',
      'Of course you can cancel anytime.',
      'I just refunded your order.',
      'Just let me know if you need anything else.',
      'Just to confirm, the refund went to your Visa card.',
      'Not everyone knows about this feature, so here’s how it works.',
      'Everyone knows how stressful a late delivery is.',
      'Just click the link in the email and you’re all set.',
      'Please just try again in a few minutes.',
      'As you may know, we’ve updated our prices.',
      'You should know that your data is safe with us.',
    ],
  },
  example: {
    before: 'Obviously, you need to update the app first.',
    after: 'Updating the app first will fix this; here’s how to do it.',
  },
});
