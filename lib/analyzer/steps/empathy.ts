import { defineStep } from '../definitions';

// Placeholder: being written.
export default defineStep({
  id: 'empathy',
  title: '',
  tip: '',
  examples: [],
  phrases: [],
  cases: { done: [], missing: [] },
});
