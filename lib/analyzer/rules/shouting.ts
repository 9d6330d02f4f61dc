import { defineRule } from '../definitions';

// Placeholder: being written.
export default defineRule({
  id: 'tone/shouting',
  category: 'shouting',
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
