import { defineRule } from '../definitions';

export default defineRule({
  id: 'tone/blame',
  category: 'blame',
  severity: 'error',
  from: 'gentle',
  title: 'Blaming the customer',
  description: 'Flags wording that puts the fault on the customer: "you should have", "you failed to", "user error".',
  message: 'This puts the blame on the customer.',
  why: 'Take responsibility on behalf of the company: blame makes the customer defend themselves instead of working with you, and the argument grows.',
  phrases: [
    {
      match: '[you should have *]',
      unless: ['should have (received|got|gotten|seen|heard|been|had)'],
      suggestions: ['it helps to {base}'],
    },
  ],
  cases: {
    flagged: ['[You should have restarted] the router first.'],
    clean: ['You should have received an email from us.'],
  },
  example: { before: 'You should have restarted the router.', after: 'It helps to restart the router.' },
});
