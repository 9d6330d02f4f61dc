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
].join('|');
const REMEDY =
  '(refund|refunds|credit|credits|replacement|replacements|discount|voucher|coupon|reimbursement|exchange|link|code|label|password|key|invoice|receipt|unit|copy|package|parcel|item|device|patch|instructions|steps|guide|tracking|order|subscription|plan|charge|charges|fee|fees|payment|address|account|courier|pickup|collection|return|compensation|gift|upgrade|extension|waiver|workaround|trial|licence|license|booking|reservation|delivery|shipment|one)';
const OBJECT = `(you|it|over|out|for)? (a|an|the|your|this|that|those|these|another|one|two|some)? ($|£|€)? (* %?)? (full|partial|new|fresh|replacement|prepaid|free|return|returns|shipping|duplicate|extra|courtesy|goodwill|store|account|reset|download|tracking|login|activation|discount|gift)? ${REMEDY}`;
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
      `[${REMEDY} ((has been|have been|is being|are being|will be|was) ${NOW}? (issued|processed|applied|shipped|dispatched|approved|sent|resent|added|arranged|booked|scheduled|created|generated|activated|enabled|put through)|(is|are) (already|now)? on (its|their|the) way|(should|will) (arrive|appear|show up|show|reach you|land|post|clear|be with you))]`,
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
    phrase(
      '[(a|the|our) (fix|patch|update|hotfix) (is|has been|will be|should be|went|was) (now|already)? (rolling out|rolled out|being rolled out|live|deployed|released|available|out)]',
    ),
    phrase('^ [to (fix|resolve|solve|get around|work around) (this|that|it|the)]'),
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
    ],
  },
});
