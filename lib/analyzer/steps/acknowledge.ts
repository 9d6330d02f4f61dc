import { defineStep } from '../definitions';

// Placeholder: being written.
export default defineStep({
  id: 'acknowledge',
  title: '',
  tip: '',
  examples: [],
  phrases: [],
  cases: { done: [], missing: [] },
});
