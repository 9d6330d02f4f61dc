import { defineStep } from '../definitions';

// Verbs that are a fix on their own ("I've refunded", "we'll reset").
const FIX = [
  '{refund}',
  '{credit}',
  '{reset}',
  '{waive}',
  '{upgrade}',
  '{extend}',
  '{replace}',
  'reship',
  'reshipped',
  '{restore}',
  '{unlock}',
  '{reactivate}',
  '{fix}',
  '{correct}',
  '{reverse}',
  '{expedite}',
  '{reinstate}',
  '{reimburse}',
  '{rebook}',
  '{unblock}',
  '{unfreeze}',
  're -? {enable}',
  '{reopen}',
].join('|');
// Verbs that are a fix only with a remedy after them ("sent you a new link", not "sent it to the team").
const GIVE = [
  '{send}',
  '{resend}',
  'resent',
  '{issue}',
  '{process}',
  '{apply}',
  '{add}',
  '{ship}',
  '{arrange}',
  '{offer}',
  '{give}',
  '{provide}',
  '{cancel}',
  'canceled',
  '{remove}',
  '{update}',
  '{change}',
  '{adjust}',
  '{activate}',
  '{enable}',
  '{generate}',
  '{create}',
  '{book}',
  '{schedule}',
  '{dispatch}',
  '{email}',
  '{set} up',
  '{price} -? {match}',
  '{put} through',
  '{approve}',
  '{switch}',
].join('|');
// The same verbs done, for a second fix after "and" ("I've booked a slot for Saturday, and added a credit").
const FIXED =
  '(refunded|credited|reset|waived|upgraded|extended|replaced|reshipped|restored|unlocked|reactivated|fixed|corrected|reversed|expedited|reinstated|reimbursed|rebooked|unblocked|unfrozen|reopened)';
const GIVEN =
  '(sent|resent|issued|processed|applied|added|shipped|arranged|offered|gave|given|provided|cancelled|canceled|removed|updated|changed|adjusted|activated|enabled|generated|created|booked|scheduled|dispatched|emailed|switched|approved)';
// What a fix hands over. A delivered remedy can be on its way or dispatched; the customer's own order
// being "on its way" or "dispatched" is only its status ("your order was dispatched yesterday").
const SENT_REMEDY =
  'refund|refunds|credit|credits|replacement|replacements|discount|voucher|coupon|reimbursement|exchange|link|links|code|codes|label|labels|password|key|invoice|invoices|receipt|receipts|patch|instructions|steps|guide|tracking|compensation|gift|upgrade|extension|waiver|workaround|trial|licence|license|access|slot|appointment';
const REMEDY = `(${SENT_REMEDY}|unit|copy|copies|package|parcel|item|device|order|subscription|plan|charge|charges|fee|fees|payment|address|account|courier|pickup|collection|return|booking|reservation|delivery|shipment|one)`;
const OBJECT = `(you|it|over|out|for)? (a|an|the|your|this|that|those|these|another|one|two|some)? ($|£|€)? (* *? %?)? (full|partial|new|fresh|replacement|prepaid|free|return|returns|shipping|duplicate|extra|courtesy|goodwill|store|account|reset|download|tracking|login|activation|discount|gift)? ${REMEDY}`;
// Who is doing it, now or as an offer: "I've", "we'll", "I can", "I'd like to", "let me".
const AGENT =
  '((i|we) (am|are|have|will|can|could|would like to|would be happy to|am happy to|are happy to|would love to|will be happy to|am able to|are able to|am going to|are going to|will go ahead and|have gone ahead and|went ahead and)?|let me)';
const NOW = '(already|just|now|also|personally|immediately|today|since)';
// Vague or refused is not a solution.
const NOT_A_FIX = [
  '{extend} (my|our) (apologies|sympathy|thanks|gratitude)',
  // a condition, not a fix: "if we refund you, the points are lost"
  '(if|unless|whether|when|once|before) (i|we)',
  'next step is (up to you|yours|on you)',
  '(not|never) (be)? able',
  'no longer',
];

const phrase = (match: string) => ({ match, unless: NOT_A_FIX });
// A state that is only awaited is no fix yet: "we'll post updates until it's resolved".
const AWAITED = [...NOT_A_FIX, '(until|once|when|after|before|if|as soon as) (it|this|that|the|everything|all|your) (* *?)? (is|are|has been|have been|gets|get)'];
// Broken, or working only on our side ("it works normally on my end"), is not the customer's fix.
const NOT_WORKING = [
  '(not|never|stopped|stop) (running|working)',
  '(running|working|works|runs) (normally|as normal|as usual|smoothly) (for me|on (my|our) (end|side)|for (everyone|everybody|other|others))',
];

export default defineStep({
  id: 'solution',
  title: 'Offer a concrete fix',
  tip: 'Give the fix or the exact next step (the refund issued, the link resent, what to do and by when): a concrete resolution ends the complaint, where "we’ll look into it" prolongs it.',
  examples: [
    'I’ve issued a full refund, and you should see it within 3–5 business days.',
    'I’ve sent a new link to your email address.',
    'As a workaround, you can export the report from the web app.',
  ],
  phrases: [
    // I've refunded, we'll replace it, I can reset your password, let me reverse the charge
    phrase(`[${AGENT} ${NOW}? ((${FIX})|(${GIVE}) ${OBJECT})]`),
    // I've sent you a new link, we'll ship a replacement, I'd like to offer you a 20% credit
    // "I've waived the fee and extended your trial": a second fix in the same promise
    phrase(`(i|we) (have|will|am going to|are going to|can|am|are) * (* (* (* *?)?)?)? ,? and [${NOW}? ((${FIX})|(${GIVE}) ${OBJECT})]`),
    // your refund has been processed, the charge has been reversed, you'll be reimbursed
    phrase(
      `[(has|have|had) been ${NOW}? (refunded|credited|reset|waived|upgraded|extended|replaced|reshipped|restored|unlocked|reactivated|fixed|corrected|reversed|expedited|reinstated|reimbursed|rebooked|resolved|unblocked|re enabled)]`,
    ),
    phrase(
      `[(will be|is being|are being) (now)? (refunded|credited|reset|waived|replaced|reshipped|restored|unlocked|reactivated|fixed|corrected|reversed|expedited|reinstated|reimbursed|rebooked|resolved)]`,
    ),
    phrase(
      `[(${SENT_REMEDY}) ((has been|have been|is being|are being|will be|was) ${NOW}? (issued|processed|applied|shipped|dispatched|approved|sent|resent|added|arranged|booked|scheduled|created|generated|activated|enabled|put through)|(is|are) (already|now)? on (its|their|the) way|(should|will) (arrive|appear|show up|show|reach you|land|post|clear|be with you))]`,
    ),
    // "I've booked the first available slot, this Saturday between 8am and 12pm, and added a £40 credit"
    phrase(`and [${NOW}? (${FIXED}|${GIVEN} ${OBJECT})]`),
    // an attachment is a fix when it is one: "I've attached corrected receipts" (not "the tracking number")
    phrase(
      `[${AGENT} ${NOW}? {attach} (a|an|the|your)? (corrected|new|updated|replacement|revised|fixed|prepaid|return|returns|shipping) (* *?)? (invoice|invoices|receipt|receipts|label|labels|copy|copies|statement|form)]`,
    ),
    // "I've cc'd your admin on this email"
    phrase(`[(i|we) have (cc'd|cced|copied|looped) (in)? (your|the|their) (* *?)? (admin|administrator|manager|owner|team|colleague|contact|supervisor)]`),
    // "If you'd still like to cancel, reply 'yes' and I'll process it today"
    phrase(`[${AGENT} ${NOW}? ({process}|{cancel}|{action}|{complete}) (it|this|that|them) (for you)? (today|right away|straight away|immediately|tonight|now|this morning|this afternoon)]`),
    // "What I can do is give you 30% off your next purchase"
    phrase(
      `[what (i|we) (can|could) do (is|instead is)] (give|offer|send|refund|credit|issue|apply|replace|waive|extend|upgrade|set|arrange|switch|add)`,
    ),
    { match: '[* % off]', unless: ['(not|no|never) (* (* (* *?)?)?)? % off'] },
    // the fix done: the service is fully restored, the incident was resolved, everything is running normally
    {
      match: '[(is|are|was|were) (now|fully|already)? (fixed|resolved|restored|unlocked|reactivated|reinstated)]',
      unless: AWAITED,
    },
    { match: '[(running|working|works|runs) (normally|as normal|as usual|smoothly)]', unless: NOT_WORKING },
    phrase('[back to normal]'),
    phrase('[(deploying|releasing|rolling out|shipping|pushing out|prepared|preparing|building) (a|the) (permanent|proper|full|quick)? (fix|patch|hotfix)]'),
    // a cancellation or an erasure done: "you won't be charged again", "your account will close at the end of the period"
    phrase('[will not be (charged|billed)]'),
    phrase('[no (further|more) (charges|payments|bills|billing)]'),
    {
      match:
        '[(account|subscription|plan|membership|trial) (* *?)? (will close|will be closed|will end|is (now)? (cancelled|canceled|closed)|has (already)? been (cancelled|canceled|closed)|will be (cancelled|canceled))]',
      unless: ['(close|closed|end|cancelled|canceled) (* (* *?)?)? (if|unless)'],
    },
    phrase('[(will be|is being|are being) (permanently|fully|completely)? (deleted|erased|removed|closed)]'),
    phrase('[(is|are|has been|have been) (all)? (permanently|fully|completely)? erased]'),
    // where to go and whom to call: "from the sign-in page", "under Settings", "call our verification line"
    phrase(
      '[(under|from|in|via|on|open|go to) (the|your)? (settings|preferences|account settings|dashboard|admin panel|help centre|(sign in|login|log in|members|billing|account|settings|download|reset|profile|subscription) page)]',
    ),
    phrase(
      '[(call|contact|email|phone|ring|message|calling|contacting) (our|the|your) ((* *?)? (line|bank|provider|carrier|courier|admin|administrator|owner|desk|helpline)|* team)]',
    ),
    phrase(
      '[(i|we) (would)? (recommend|suggest|advise)] (contacting|calling|emailing|trying|using|switching|updating|clearing|restarting|reinstalling|resetting|exporting|filtering)',
    ),
    phrase('[here is (a|an|the|our|your)? (* *?)? (guide|article|instructions|walkthrough|tutorial)]'),
    phrase('[(pull down|swipe (down|up|left|right))]'),
    phrase(
      '[you can (now)? (reset|update|export|download|cancel|restore|recover|reinstall|switch|track|re enable|reactivate)] (your|the|it|all|any|this|that)',
    ),
    phrase(`[would you (like|prefer) (me to|us to)? (a|an|the)? *? ${REMEDY}]`),
    phrase(`[would you (like|prefer) (me|us) to ${FIX}]`),
    // you should see the refund within 3-5 business days
    phrase(`[you (should|will|can expect to|may) (now)? (see|receive|get|have) (a|an|the|your|this)? *? ${REMEDY}]`),
    // here's what you can do, the next step is, as a workaround, in the meantime you can
    phrase('[here is (what|how)] (you|to|we|i)'),
    phrase('[here are (the|a few|some|two|three|your)? (steps|options|next steps)]'),
    phrase('[(the|your|our) next (step|steps) (is|are|will be|would be)]'),
    phrase('[as a (next step|workaround|quick fix|temporary fix|fix)]'),
    phrase('[(a|one|the|a quick|a temporary) (workaround|fix) (is|would be|for now is|for this is)] (to|that)'),
    phrase('[in the meantime ,? you (can|could)]'),
    // "In the meantime, the Invoiced report shows every invoice", "until then, the web app works as normal"
    // (not "in the meantime, please bear with us" or "we'll keep investigating")
    {
      match:
        '[(in the meantime|until then|until it is fixed|meanwhile) ,?] (the|your|you|i have|try|use|there|a|an|using|signing|logging|exporting|switching|attaching|restarting|clearing)',
      unless: [
        '(in the meantime|until then|meanwhile) ,? ((we|please|just|thanks|thank|bear|hang|sit|i will)|(the|our) (* *?)? (team|teams|engineers|developers|staff|agents))',
      ],
    },
    phrase(
      '[(a|the|our) (fix|patch|update|hotfix) (is|has been|will be|should be|went|was) (now|already)? (rolling out|rolled out|being rolled out|live|deployed|released|available|out)]',
    ),
    phrase(
      '^ [to (fix|resolve|solve|get around|work around|reset|change|update|cancel|export|download|restore|recover|unlock|reactivate|enable|disable|delete|remove|set up|turn on|turn off|sync) (this|that|it|the|your)]',
    ),
    phrase(
      '[try (clearing|restarting|updating|reinstalling|resetting|using|switching|logging|signing|refreshing|reloading|disabling|enabling|turning|opening|changing|removing|deleting|reconnecting)]',
    ),
    phrase(
      '[(if|once) you (clear|restart|update|reinstall|log out|sign out|log back in|sign back in|refresh|reload|reconnect|switch to|turn off|turn on|disable|enable)]',
    ),
    // you can log in now, everything should be working again, you're all set
    phrase('[you (can|should be able to|will be able to|are able to) now]'),
    phrase('[you (should|will) now be able to]'),
    phrase('[you can (now)? (log|sign) (back)? in]'),
    phrase('[(is|are|should be|will be) (now|back) (fixed|resolved|working|restored|unlocked|active|live|available|online|up and running)]'),
    phrase('[(working|back online|back up) (again|now)]'),
    phrase('[you are all set]'),
    // common troubleshooting steps
    phrase('[(clear|clearing) (your|the)? (browser|app)? (cache|cookies)]'),
    phrase('[(log|sign|logging|signing) out and (back)? in]'),
    phrase('[(reinstall|reinstalling|restart|restarting|update|updating) the (app|application|browser|extension)]'),
  ],
  cases: {
    done: [
      '[I’ve issued a full refund], and [you should see the refund] within 3-5 business days.',
      '[I’ve reset] your password.',
      '[The fix is rolling out] today.',
      "[Here's what] you can do in the meantime.",
      '[The next step is] to confirm your new address.',
      '[I’ve sent a new link] to your inbox.',
      '[As a workaround], export the report as CSV.',
      '[I’ve upgraded] your plan at no charge.',
      '[We’ll send you a replacement] by express post.',
      '[I’d like to offer you a 20% discount] on your next order.',
      'Your [refund has been processed] this morning.',
      'The duplicate charge [has been reversed].',
      '[Would you like a refund] or a replacement?',
      '[I’ve waived] the late fee and [extended] your trial.',
      '[You can now log in] with your usual details.',
      '[I’ve applied a $50 credit] to your account.',
      '[You’re all set].',
      '[To fix this], [clear the app cache].',
      '[I’ve cancelled the duplicate order] and [refunded] it.',
      'Your account [is unlocked] now.',
      'The service [is fully restored].',
      'All services have been [running normally] since 6pm.',
      '[I’ve booked the first available slot] this Saturday.',
      'I’ve opened an investigation with the carrier and [refunded] your shipping fee.',
      '[I’ve given you free access] to the Advanced course.',
      '[What I can do is] give you [30% off] your next purchase.',
      '[I’ve cc’d your admin] on this email.',
      'If you can’t wait, [you can reset] your password [from the sign-in page].',
      '[Pull down] on the job list to sync manually.',
      '[In the meantime,] the Invoiced report shows every invoice.',
      'You [won’t be charged] again.',
      'Your [account will close] at the end of the billing period.',
      'Your data [will be permanently deleted] within 30 days.',
      'Our developers are [deploying a permanent fix] tonight.',
      '[Call our verification line] on 0800 123 4567.',
      '[Here’s Apple’s guide]: support.apple.com/billing.',
      '[I’d recommend] [contacting your administrator] directly.',
      'If you’d still like to cancel, reply yes and [I’ll process it today].',
      '[I’ve attached corrected receipts] for your last three orders.',
      '[To reset your] password, click Forgot password [on the sign-in page].',
      '[In the meantime,] signing in through the website keeps you logged in.',
    ],
    missing: [
      "We'll look into it.",
      "I've escalated this to our billing team.",
      'Our engineers are investigating the issue.',
      "I can't offer a refund on this order.",
      "I'll see what I can do.",
      "Let me know if you'd like to cancel.",
      'Did you receive the refund?',
      'The fix is not ready yet.',
      'You will not receive a refund.',
      "I've sent your request to the team.",
      "We're working on it.",
      'I’d like to extend my apologies for the wait.',
      'We need to fix this as a team.',
      'Your order was dispatched yesterday.',
      'Your parcel is on its way, it is a few days behind.',
      "We'll post updates until it's resolved.",
      'The issue is not resolved yet.',
      "Once it is fixed, we'll let you know.",
      "If it's not working normally, tell me.",
      'It works fine on my end.',
      "We can't process it today.",
      'You would not be charged if you had cancelled.',
      'Your account will close if the payment fails.',
      "In the meantime, we'll keep looking.",
      'In the meantime, the team is investigating.',
      'Here is the link to our refund policy.',
      "I'd recommend you read the terms.",
      'You can change your mind at any time.',
      "We can't give you 20% off.",
      "I've attached the tracking number and the claim form.",
      "I've attached a screenshot so you can compare them.",
      'Was it resolved?',
      "I've added a note to your account.",
      'The report is working as designed.',
      'It works normally on my end.',
      'In the meantime, thank you for your patience.',
    ],
  },
});
