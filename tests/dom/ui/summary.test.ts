import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/ui/summary';
import { report } from './fixtures';

describe('summarize', () => {
  it('counts required steps done, issues, and problems per category', () => {
    expect(summarize(report())).toEqual({
      stepsDone: 3,
      stepsRequired: 5,
      issues: 3,
      byCategory: [
        ['blame', 2],
        ['condescending', 1],
      ],
    });
  });

  it('handles an empty report', () => {
    expect(summarize({ score: 100, diagnostics: [], steps: [] })).toEqual({
      stepsDone: 0,
      stepsRequired: 0,
      issues: 0,
      byCategory: [],
    });
  });
});
