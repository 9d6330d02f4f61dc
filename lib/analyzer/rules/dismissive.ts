import { defineRule } from '../definitions';

// "I'm not saying you're overreacting", "Nobody thinks you're being unreasonable".
const NOT_SAYING =
  '(not|nobody|no one|never) (is|are)? (saying|suggesting|think|thinking|believe|mean|implying|say|suggest|thinks|believes) (that)? you are';

// "It's only a small fee", "it's just a few days": the customer's problem made small. Product changes
// ("it's only a minor update") and reassurance ("it was just a display glitch") are not matched.
const IT_WAS_ONLY = '(it is|that is|this is|it was|that was) (only|just|merely)';
const SMALL = '(small|minor|little|tiny|slight|brief|short)';
const PROBLEM =
  '(delay|inconvenience|fee|charge|difference|wait|problem|issue|setback|amount|sum|hiccup|price|cost|increase|interruption|outage|disruption|downtime)';
const FEW_UNITS = '(few|couple) (more)? (of)? (days|hours|minutes|dollars|pounds|euros|weeks|cents|pence|bucks|quid)';

export default defineRule({
  id: 'tone/dismissive',
  category: 'dismissive',
  severity: 'warning',
  from: 'gentle',
  title: 'Dismissing the customer’s feelings',
  description:
    'Flags wording that brushes off how the customer feels: "calm down", "relax", "you\'re overreacting", "it\'s not a big deal", "it\'s only a small delay", "that\'s just how it is", "whatever".',
  message: 'This brushes off how the customer feels.',
  why: 'Empathize and validate the customer’s concerns: telling someone their frustration is out of proportion tells them they were not heard, and they push harder to be taken seriously.',
  phrases: [
    {
      match: '[calm down]',
      unless: ['(once|when|until|after|as|things|it|should|will) *? *? *? calm down'],
      from: 'gentle',
      severity: 'error',
      message: 'Telling an upset customer to calm down rarely calms them; acknowledge what upset them.',
    },
    {
      match: '^ (please|just|so|ok|okay)? ,? [relax]',
      unless: ['relax (and|while|with|in|into|on|the|your|our|this|these|those|a|an)', 'relax , (and|unwind)'],
      severity: 'error',
      from: 'gentle',
    },
    {
      match: '(you need to|you should|you have to|you must|need you to|want you to|try to) [relax]',
      unless: ['relax (and|while|with|in|into|on|the|your|our|this|these|those|a|an)'],
      severity: 'error',
      from: 'gentle',
    },
    {
      match:
        '[you are (being)? (overreacting|over reacting|over reacting|overdramatic|dramatic|hysterical|unreasonable|too sensitive|oversensitive|over sensitive|over sensitive|paranoid)]',
      unless: [NOT_SAYING],
      severity: 'error',
      from: 'gentle',
    },
    {
      match:
        '[you (are|were)? (making|make|made) (a big deal|a fuss|such a fuss|a mountain|a drama) (out of|of|over|about) (nothing|a molehill|this|it|very little|so little)]',
      severity: 'error',
      from: 'gentle',
    },
    {
      match: '[(there is no|no) need to (get|be) (so)? (upset|angry|worked up|emotional|rude|aggressive)]',
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[(it is|that is|this is|it was|that was) (really)? not (a|that|such a)? big (of a)? deal]',
      unless: ['big (of a)? deal (at all)? ,? if', 'big deal (to|for) (us|me)', '(do not|no need to) worry ,? (it is|that is|this is)'],
      from: 'standard',
    },
    // "It's no big deal!" is as often a kind reply to a customer's own apology.
    {
      match: '[(it is|that is|this is|it was|that was) (really)? no big deal]',
      unless: ['big deal (at all)? ,? if', '(do not|no need to) worry ,? (it is|that is|this is)'],
      from: 'strict',
      severity: 'info',
    },
    {
      match: `[${IT_WAS_ONLY} (a|an)] ${SMALL} ${PROBLEM}`,
      from: 'standard',
      message: 'Calling it small tells the customer their problem is not worth their upset.',
    },
    {
      match: `[${IT_WAS_ONLY} (a|an)] (delay|inconvenience|fee|charge|wait|setback)`,
      from: 'standard',
      message: 'Calling it small tells the customer their problem is not worth their upset.',
    },
    {
      match: `[${IT_WAS_ONLY} a] ${FEW_UNITS}`,
      from: 'standard',
      message: 'Calling it small tells the customer their problem is not worth their upset.',
    },
    {
      match:
        '[(that is|it is|this is) (just|simply) (how|the way) (it is|it goes|things are|it works|things work|we do things)]',
      from: 'standard',
      message: 'Explain why it works this way, or what you can do about it.',
    },
    // Without "just", "that's how it works" usually starts an explanation; "that's the way it is" does not.
    {
      match: '[(that is|it is) (how|the way) (it is|it goes|things are)] (.|!|;|,)',
      from: 'standard',
      message: 'Explain why it works this way, or what you can do about it.',
    },
    { match: '[it is what it is]', from: 'gentle', severity: 'error' },
    {
      match: '^ [(do not|no need to) worry about it] (.|!)',
      unless: ['^ please'],
      from: 'strict',
      severity: 'info',
      message: 'On its own this can read as a brush-off; say what you have done about it.',
    },
    {
      match: '^ [whatever] (.|!|,)',
      from: 'gentle',
      severity: 'error',
    },
    {
      match: '(,|or|and) [whatever] (.|!)',
      from: 'standard',
    },
    { match: '[whatever you say]', unless: ['(do|match|use|follow|take) whatever you say'], from: 'gentle', severity: 'error' },
  ],
  cases: {
    flagged: [
      'Please [calm down] so I can look into this.',
      'I need you to [calm down] before we continue.',
      '[Calm down], Sam, the parcel is on its way.',
      'Please [relax], your refund is being processed.',
      '[Relax], the charge will drop off in a few days.',
      'You need to [relax], this happens all the time.',
      'Honestly, [you’re overreacting] about a two-day delay.',
      'I think [you are being over-sensitive] about the wording of our email.',
      '[You’re being dramatic]; the outage lasted ten minutes.',
      '[You are making a big deal out of nothing].',
      'I think [you’re making a fuss over nothing].',
      '[There’s no need to get so upset] about this.',
      'It’s a small fee, [it’s not a big deal].',
      'Honestly, [that isn’t that big of a deal].',
      '[It’s only a] few days late.',
      '[It was only a] minor delay on our side.',
      'Honestly, [it’s only a] small fee.',
      '[That’s just a] delay, not a lost parcel.',
      '[It’s only a] couple of dollars.',
      '[It was only a] brief interruption, and our SLA covers outages of more than 30 minutes.',
      'Honestly, [it’s just a] short wait.',
      '[That’s just how it works] with international shipping.',
      'I’m sorry, but [that’s the way it is].',
      'I know you were upset, but [it’s no big deal].',
      'I know it’s annoying, but [it is what it is].',
      '[Whatever], I have refunded the order.',
      'Try restarting the app or [whatever].',
      '[Whatever you say].',
      '[Don’t worry about it].',
    ],
    clean: [
      'Relax and enjoy your new plan!',
      'We’re making a big deal of this internally so it never happens again.',
      'Don’t worry, it was just a minor glitch and your data is safe.',
      'Sit back and relax while we process your order.',
      'Relax, unwind and enjoy your stay with us.',
      'Please don’t worry, I’ve already refunded you.',
      'Don’t worry about the form, I’ve filled it in for you.',
      'I completely understand why you’re upset, and I’m sorry.',
      'I don’t think you’re overreacting at all.',
      'Nobody is saying you’re being unreasonable.',
      'Once things calm down after the holidays, delivery times will improve.',
      'It’s just a quick form, and it takes about a minute.',
      'It’s just a small token of thanks for your patience.',
      'It’s only a minor update, so nothing changes on your side.',
      'It’s just a short form, and it takes about a minute.',
      'It’s just a few clicks: Settings, Billing, Cancel.',
      'Don’t worry, it was just a display glitch and your data is safe.',
      'That’s how it works: the bank places a hold, then releases it.',
      'It’s not a big deal if you missed the email; I’ve resent it.',
      'Whatever you decide, we’ll support you.',
      'We’ll cover whatever the repair costs.',
      'We’ve relaxed the return window to 60 days for you.',
      'It isn’t a big deal for us to redo the order; we’re glad to.',
      'This was a big deal for you, and we should have handled it better.',
      'That’s how it should have worked, and I’m sorry it didn’t.',
    ],
  },
  example: {
    before: 'Calm down, it’s only a small delay.',
    after: 'I’m sorry about the delay, I know you were counting on this parcel.',
  },
});
