import { defineStep } from '../definitions';

export default defineStep({
  id: 'apology',
  title: 'Apologize sincerely',
  tip: 'Say sorry for what went wrong, without "if" or "but": a sincere apology defuses, a conditional one provokes.',
  examples: ["I'm sorry for the trouble this has caused.", 'I apologize for the mix-up with your order.'],
  phrases: [{ match: "[(i am|we are|i'm|we're) (so|very|really|truly)? sorry]", unless: ['sorry if', 'sorry ,? but'] }],
  cases: {
    done: ["[I'm so sorry] about the double charge."],
    missing: ["I'm not sorry.", 'Sorry if you feel that way.'],
  },
});
