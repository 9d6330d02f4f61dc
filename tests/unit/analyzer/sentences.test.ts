import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/analyzer/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentences', () => {
  it('end at terminal punctuation and at line breaks, with exact offsets', () => {
    const text = 'Hi Sam,\nThanks! Is it fixed? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Hi Sam,', 'Thanks!', 'Is it fixed?', 'Yes.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('go on past a quoted label or abbreviation followed by a lowercase word', () => {
    expect(texts('Click "Forgot password?" on the sign-in page. Done.')).toEqual([
      'Click "Forgot password?" on the sign-in page.',
      'Done.',
    ]);
    expect(texts('It costs approx. five dollars.')).toEqual(['It costs approx. five dollars.']);
  });

  it('keep decimals and prices whole', () => {
    expect(texts('I refunded $49.99 today.')).toEqual(['I refunded $49.99 today.']);
  });
});
