import { defineRule } from '../definitions';

// Past participles that follow "you should have" when it is blame ("you should have restarted"), not
// an expectation ("you should have received", "you should have access"). A closed list on purpose:
// "you should have *" would also catch "you should have a new invoice" and "you should have access now".
const SHOULD_HAVE =
  '(read|checked|followed|contacted|called|told|asked|emailed|messaged|updated|upgraded|installed|restarted|rebooted|reset|cleared|saved|backed|clicked|selected|chosen|entered|typed|logged|signed|ordered|cancelled|canceled|returned|sent|attached|included|provided|mentioned|noticed|reported|tried|waited|kept|known|realized|looked|verified|confirmed|submitted|filled|replied|responded|unplugged|charged|downloaded|changed|removed|deleted|added|written|noted|listened|used|let|taken|done|made|gone|come)';

// What a customer "shouldn't have" done ("you shouldn't have to wait" is empathy and stays clean).
const SHOULD_NOT_HAVE =
  '(deleted|removed|clicked|changed|opened|installed|uninstalled|unplugged|reset|cancelled|canceled|ordered|done|touched|updated|shared|sent|used|tried|disabled|enabled|edited|moved|downloaded|replied|paid|bought)';

// Instructions the customer "didn't" follow: "you didn't need to do anything" stays clean.
const DID_NOT = '(read|follow|check|bother|listen|pay attention|look at|read through)';
const NEVER = '(read|followed|checked|bothered|listened|paid attention|looked at)';

export default defineRule({
  id: 'tone/blame',
  category: 'blame',
  severity: 'error',
  from: 'gentle',
  title: 'Blaming the customer',
  description:
    'Flags wording that puts the fault on the customer: "you should have", "you failed to", "why didn\'t you", "user error", "your fault".',
  message: 'This puts the blame on the customer.',
  why: 'Take responsibility on behalf of the company: blame makes the customer defend themselves instead of working with you, and the argument grows.',
  phrases: [
    {
      match: `[you really? should have ${SHOULD_HAVE}]`,
      suggestions: ['it helps to {base}'],
    },
    {
      match: `[you really? should not have ${SHOULD_NOT_HAVE}]`,
      suggestions: ["it's best not to {base}"],
    },
    {
      match: '[you (have|had)? (fail|failed) to]',
      unless: ['(if|should|in case|unless|whether) you (have|had)? (fail|failed)'],
    },
    { match: "[why (didn't|haven't|hasn't|wasn't|weren't) you]" },
    { match: '[why did you not]', from: 'gentle' },
    { match: '[why would you]', unless: ['why would you (like|want|need|prefer)'], severity: 'warning', from: 'standard' },
    {
      match: `[you did not even? ${DID_NOT}]`,
      unless: [
        '(if|in case|whether|unless|worry) you (did not|never)',
        'you did not (read|check|follow) (it|that|this|them|anything)? (wrong|incorrectly)',
        'you did not check (in|out)',
      ],
      from: 'standard',
    },
    {
      match: `[you never ${NEVER}]`,
      unless: ['(if|in case|whether|unless) you (did not|never)'],
      from: 'standard',
    },
    // "a user error" reads right as "a common mix-up"; a bare "user error" ("a simple user error") gets no rewrite.
    { match: '[(a|an) user error]', suggestions: ['a common mix-up'] },
    { match: '[(user|operator) (error|errors)]' },
    { match: '[(pebkac|pebcak|id10t)]' },
    {
      match: '[your own? (fault|faults)]',
      unless: [
        '(not|never|nobody|no way|in no way) (at all|really|entirely|completely|even)? your own? (fault|faults)',
        'none of (this|that|it) (is|was|were) your own? (fault|faults)',
        '(think|thinking|feel|feeling|worry|believe|assume|wonder|wondering|whether) (that)? (it|this|that) (is|was|might be|could be) your own? (fault|faults)',
      ],
    },
    {
      match: '[your own? (mistake|mistakes)]',
      unless: [
        '(not|never|no) (at all|really)? your own? (mistake|mistakes)',
        'none of (this|that|it) (is|was) your own? (mistake|mistakes)',
        '(think|feel|worry|believe|wonder|whether) (that)? (it|this|that) (is|was) your own? (mistake|mistakes)',
      ],
      from: 'standard',
    },
    { match: '[(that|this) is on you]', unless: ['(not|never) on you'] },
    {
      match:
        '[you must have accidentally? (done|made|entered|typed|clicked|deleted|missed|forgotten|forgot|misread|misunderstood|ignored|skipped|overlooked|messed|broken|selected|chosen|pressed|disabled|removed|mistyped)]',
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[if you had (read|followed|checked|listened|looked|waited|kept|contacted|told|asked|paid attention)]',
      unless: ['if you had (already|ever)'],
      severity: 'warning',
      from: 'standard',
    },
    // "if you'd followed" is expanded to "if you would followed": only the participle reads as "had".
    {
      match: '[if you would (followed|checked|listened|looked|waited|contacted|told|asked|paid attention)]',
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[you were supposed to]',
      unless: ['you were supposed to (receive|get|be|have|hear|see|find)'],
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[you are supposed to]',
      unless: ['you are supposed to (receive|get|be|have|hear|see|find)'],
      severity: 'info',
      from: 'strict',
    },
    {
      match: '[you (forgot|neglected) to]',
      unless: ['(if|in case|whether|maybe|perhaps|worry|worries) you (forgot|neglected)'],
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[you ignored]',
      unless: ['(if|in case|whether|felt like|feel like) you ignored'],
      severity: 'warning',
      from: 'standard',
    },
    {
      match: '[(it is|that is) your (responsibility|job) to]',
      severity: 'warning',
      from: 'standard',
    },
  ],
  cases: {
    flagged: [
      '[You should have restarted] the router first.',
      '[You should’ve read] the setup guide before plugging it in.',
      'Honestly, [you really should have contacted] us within 30 days.',
      '[You shouldn’t have deleted] the folder while the sync was running.',
      '[You failed to] include your order number in the form.',
      'Unfortunately [you have failed to] provide the documents we asked for.',
      '[Why didn’t you] tell us about this sooner?',
      '[Why did you not] use the prepaid label?',
      'It looks like [you didn’t read] the instructions in the box.',
      'The error happened because [you did not follow] step three.',
      'Clearly [you never read] our last email.',
      'This is [a user error], not a bug in the app.',
      'Most of these tickets come down to [user error].',
      'I’m afraid this one is [your own fault].',
      'That was [your mistake], since the address was typed wrong.',
      '[You must’ve entered] the wrong password too many times.',
      '[If you had read] the terms, you would know returns close after 14 days.',
      '[If you’d followed] the guide, the update would have worked.',
      '[You were supposed to] return the item within two weeks.',
      '[You’re supposed to] unplug it before cleaning.',
      '[You forgot to] attach the screenshot.',
      '[You ignored] our three reminder emails.',
      '[It’s your responsibility to] keep your password safe.',
      '[That’s on you], I’m afraid.',
      '[Why would you] delete the account before exporting it?',
      '[You should have cancelled] before the renewal date.',
    ],
    clean: [
      'You should have received an email from us with the tracking link.',
      'You should have access to the dashboard within a few minutes.',
      'You should have a new invoice in your inbox by now.',
      'You didn’t need to do anything, the refund went through automatically.',
      'If you had any trouble with the new login, just let me know.',
      'This is not your fault at all, the outage was on our side.',
      'None of this was your fault, and I’m sorry it happened.',
      'I don’t want you to think it was your fault.',
      'As you can see in the screenshot, the toggle is now switched on.',
      'You shouldn’t have to wait this long for a reply, and I’m sorry.',
      'I’m checking why you didn’t get the confirmation email.',
      'You were supposed to receive a confirmation email, but it never went out.',
      'Don’t worry if you forgot to add the order number, I found it.',
      'If you fail to receive the code within five minutes, try again.',
      'We should have told you about the price change sooner.',
      'You didn’t read it wrong, the page really is confusing.',
      'Why would you like to cancel? I’m happy to help either way.',
      'Just reply if you’d like me to walk you through it.',
      'The error message you saw means the session expired.',
    ],
  },
  example: { before: 'You should have restarted the router.', after: 'It helps to restart the router.' },
});
