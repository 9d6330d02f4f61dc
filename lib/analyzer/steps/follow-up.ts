import { defineStep } from '../definitions';

// Placeholder: being written.
export default defineStep({
  id: 'follow-up',
  title: '',
  tip: '',
  examples: [],
  phrases: [],
  cases: { done: [], missing: [] },
});
