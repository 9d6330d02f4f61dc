import { defineRule } from '../definitions';

// Placeholder: being written.
export default defineRule({
  id: 'tone/insincere-apology',
  category: 'insincere-apology',
  severity: 'warning',
  from: 'standard',
  title: '',
  description: '',
  message: '',
  why: '',
  phrases: [],
  cases: { flagged: [], clean: [] },
  example: { before: '', after: '' },
});
