import { defineStep } from '../definitions';

// Placeholder: being written.
export default defineStep({
  id: 'ownership',
  title: '',
  tip: '',
  examples: [],
  phrases: [],
  cases: { done: [], missing: [] },
});
