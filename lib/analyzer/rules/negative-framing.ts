import { defineRule } from '../definitions';

// Placeholder: being written.
export default defineRule({
  id: 'tone/negative-framing',
  category: 'negative-framing',
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
