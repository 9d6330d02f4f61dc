import { defineRule } from '../definitions';

// "According to our policy, you're eligible for a full refund": the policy is good news here.
const POLICY_HELPS =
  '(policy|policies) ,? (you|we|i|this) *? (eligible|entitled|covered|covers|qualify|qualifies|get|receive|refund|replace|issue|send|cover|upgrade|extend|waive|credit)';

// "Our returns policy", "the cancellation policy".
const KIND = '(return|returns|refund|refunds|cancellation|shipping|delivery|exchange|warranty|billing|security|privacy)?';

// "Under our terms, you're entitled to a refund": the terms are good news here.
const TERMS_HELP =
  '(terms|conditions) (of (your|the|this) *)? ,? (you|we|i|this) *? (eligible|entitled|covered|covers|qualify|qualifies|get|receive|refund|replace|issue|send|cover|upgrade|extend|waive|credit)';

// Follows "nothing": "there's nothing (else) I can do".
const I_CAN_DO = '(else|more|further)? (i|we) (can|could) (really)? do';

export default defineRule({
  id: 'tone/deflecting',
  category: 'deflecting',
  severity: 'warning',
  from: 'gentle',
  title: 'Deflecting responsibility',
  description:
    'Flags wording that pushes the problem away from you: "not my department", "not our fault", "not my problem", "there\'s nothing I can do", "I just work here", "per our policy", "you\'ll have to contact...".',
  message: 'This pushes the problem away instead of owning it.',
  why: 'Take responsibility on behalf of the company, even when the fault lies elsewhere: a customer who hears "not my department" or "it\'s policy" feels passed around, and escalates to find someone who will own it.',
  phrases: [
    {
      match: '[not (my|our) (department|area|job|responsibility|remit|concern)]',
      unless: ['not (my|our) (department|area|job|responsibility|remit|concern) (alone|only)'],
      from: 'gentle',
      severity: 'error',
    },
    {
      match: '[not (my|our) (fault|problem|issue)]',
      unless: ['not (my|our) (fault|problem|issue) (alone|only)'],
      from: 'gentle',
      severity: 'error',
    },
    { match: '[(we are|i am) not (at fault|to blame)]', from: 'gentle', severity: 'error' },
    {
      match: `^ [there is nothing ${I_CAN_DO}]`,
      unless: ['do (not|wrong)', 'do (to|that) (make|would|will|help)'],
      suggestions: ['here is what I can do'],
      from: 'gentle',
      severity: 'error',
      message: 'Say what you can do instead.',
    },
    {
      match: `[(there is nothing|there is really nothing|there is simply nothing|there is unfortunately nothing|nothing) ${I_CAN_DO}]`,
      unless: ['do (not|wrong)', 'do (to|that) (make|would|will|help)', `(is there|if there is) nothing ${I_CAN_DO}`],
      from: 'gentle',
      severity: 'error',
      message: 'Say what you can do instead.',
    },
    {
      match: '[there is not (much|a lot|anything) (else|more)? (i|we) (can|could) (really)? do]',
      from: 'gentle',
      severity: 'error',
      message: 'Say what you can do instead.',
    },
    { match: '[i (just|only) work here]', from: 'gentle', severity: 'error' },
    {
      match: '[(above|beyond|over|outside) my (pay grade|paygrade|pay grade)]',
      from: 'gentle',
      severity: 'error',
    },
    { match: '[rules are rules]', from: 'gentle', severity: 'error' },
    {
      match: `[(per|according to|as per|under|in line with|in accordance with) (our|company|the company's|the) ${KIND} (policy|policies)]`,
      unless: [POLICY_HELPS],
      from: 'standard',
      message: 'Give the reason and what you can do, not the rule.',
    },
    {
      match: `[(it is|that is|this is) (our|company|the company) ${KIND} (policy|policies|rules)]`,
      from: 'standard',
      message: 'Give the reason and what you can do, not the rule.',
    },
    {
      match: `[(against|outside) (our|company|the)? ${KIND} (policy|policies|rules)]`,
      from: 'standard',
      message: 'Give the reason and what you can do, not the rule.',
    },
    // Citing the terms instead of a reason: "as stated in our terms of service".
    {
      match:
        '[(per|according to|as per|under|in line with|in accordance with|as stated in|as set out in|as outlined in|as explained in) (our|the) (terms of service|terms of use|terms and conditions|terms)]',
      unless: [TERMS_HELP],
      from: 'standard',
      message: 'Give the reason and what you can do, not the rule.',
    },
    // "It was outside our control": true or not, it reads as "so it is not ours to fix".
    {
      match: '[(outside|beyond|out of) (our|my) (control|hands)]',
      unless: [
        '(although|though|even though|while|even if|whether) * *? *? *? *? (outside|beyond|out of) (our|my) (control|hands)',
        '(outside|beyond|out of) (our|my) (control|hands) ,? (but|and|so) (i|we) (have|will|would|can|could|should|am|are|did)',
      ],
      from: 'standard',
      message: 'Say what you can do about it, even when the cause was elsewhere.',
    },
    {
      match: '[company (policy|policies)]',
      unless: [POLICY_HELPS, '(our|the) company (policy|policies)', '(it is|that is|this is|against|outside) company'],
      from: 'standard',
      message: 'Give the reason and what you can do, not the rule.',
    },
    {
      match:
        '[you (will|would)? have to (contact|call|email|ring|phone|reach out to|get in touch with|speak to|speak with|talk to|take it up with|raise it with|ask)]',
      from: 'standard',
      severity: 'info',
      message: 'Offer to connect them, or say why only they can make that contact.',
    },
  ],
  cases: {
    flagged: [
      'Sorry, billing is [not my department].',
      'That’s [not our responsibility] once the parcel leaves the warehouse.',
      'The delay is [not our fault]; the courier lost it.',
      'I’m sorry, but that’s [not my problem].',
      '[We’re not to blame] for the customs fees.',
      '[There’s nothing I can do].',
      '[There is nothing else we can do] about the fee.',
      'I’m afraid [there’s nothing I can do] about the delay.',
      'Unfortunately [there isn’t much we can do] at this point.',
      'Look, [I just work here].',
      'That’s [above my pay grade], sorry.',
      '[Rules are rules], so the fee stands.',
      '[Per our policy], refunds take 14 days.',
      'I’m sorry, but [according to our returns policy] we can’t take it back.',
      '[As per the cancellation policy], the deposit is non-refundable.',
      '[According to our policies], we can’t refund opened items.',
      'I can’t change it because [it’s company policy].',
      'Refunds after 30 days are [against our policy].',
      '[Company policy] doesn’t allow exchanges on sale items.',
      '[You’ll have to contact] the courier directly.',
      '[You would have to call] your bank about that charge.',
      'The outage yesterday was caused by a failure at our cloud provider, so it was [outside our control].',
      'Weather delays are [beyond our control], I’m afraid.',
      'I’m sorry, but this one is [out of my hands].',
      'We are unable to offer a credit for outages under four hours, [as stated in our terms of service].',
      '[Per our terms and conditions], the deposit is non-refundable.',
      '[According to the terms], refunds close after 14 days.',
    ],
    clean: [
      'Our policy lets me refund you in full.',
      'According to our policy, you’re eligible for a full refund.',
      'Per our policy, we’ll replace the item free of charge.',
      'This is not your fault at all.',
      'It’s not a problem; I’ve fixed it.',
      'There’s nothing you need to do: the refund is automatic.',
      'Is there anything else I can do for you?',
      'I’ll contact the courier for you today.',
      'You won’t have to contact us again; I’ve closed the loop.',
      'I work with the billing team, so I’ve asked them to reverse the charge.',
      'This is our fault, not yours, and I’m sorry.',
      'I’ve checked our returns policy and you have until March 3rd.',
      'Taking care of this is my responsibility, and I’ll see it through.',
      'Under our warranty policy, you’re covered for two years.',
      'It’s not my call alone, so I’ve asked my manager to approve the refund today.',
      'Although the delay was outside our control, I’ve refunded your shipping.',
      'The storm was beyond our control, but we should have warned you sooner, and I’m sorry.',
      'Even if the cause was beyond our control, it’s still our job to put it right.',
      'Under our terms, you’re entitled to a full refund.',
      'Under the terms of your warranty, we’ll replace it free of charge.',
      'I know the cancellation was outside your control.',
    ],
  },
  example: {
    before: 'There’s nothing I can do, it’s company policy.',
    after: 'Here’s what I can do: I’ll refund the fee as a one-off credit.',
  },
});
