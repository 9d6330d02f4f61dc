import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/analyzer/language/tokens';
import { matchAll } from '../../../lib/analyzer/match/matcher';
import { compileLiteral, compilePattern } from '../../../lib/analyzer/match/pattern';

const spans = (pattern: string, text: string) =>
  matchAll(compilePattern(pattern), tokenize(text)).map((m) => text.slice(m.start, m.end));

describe('tokenizer', () => {
  it('expands contractions into the words they stand for, each spanning the whole contraction', () => {
    const terms = tokenize("We can't, you've, they’re");
    expect(terms.filter((t) => t.isWord).map((t) => t.word)).toEqual(['we', 'can', 'not', 'you', 'have', 'they', 'are']);
    const cant = terms.filter((t) => t.word === 'not')[0]!;
    expect("We can't, you've, they’re".slice(cant.start, cant.end)).toBe("can't");
  });

  it('counts offsets in UTF-16 units past emoji and astral characters', () => {
    const text = '😀 sorry';
    const sorry = tokenize(text).find((t) => t.word === 'sorry')!;
    expect(text.slice(sorry.start, sorry.end)).toBe('sorry');
  });
});

describe('patterns', () => {
  it('match every spelling of a contraction', () => {
    for (const text of ["I can't", 'I cannot', 'I can not', 'I CAN’T']) expect(spans('i can not', text), text).toHaveLength(1);
  });

  it('match inflections of a lemma and British spellings', () => {
    expect(spans('{apologize}', 'We apologised, they apologize, she apologizes, apologising')).toHaveLength(4);
  });

  it('report only the bracketed part', () => {
    expect(spans('[you should have] *', 'You should have restarted')).toEqual(['You should have']);
  });

  it('honour optional elements, alternatives and anchors', () => {
    expect(spans('(so|very)? sorry', 'so sorry and sorry')).toEqual(['so sorry', 'sorry']);
    expect(spans('^ unfortunately', 'Unfortunately, no. Well unfortunately')).toEqual(['Unfortunately']);
  });

  it('read a team phrase literally, whatever characters it has', () => {
    const pattern = compileLiteral('per (our) policy?')!;
    const text = 'That is per our policy.';
    expect(matchAll(pattern, tokenize(text)).map((m) => text.slice(m.start, m.end))).toEqual(['per our policy']);
  });

  it('reject malformed patterns with a message', () => {
    expect(() => compilePattern('(can not')).toThrow(/Unbalanced/);
  });
});

describe('pattern groups', () => {
  it('nest, and take optional items inside them', () => {
    expect(spans('sorry if (this|my (email|reply)) upset you', 'Sorry if my reply upset you')).toEqual(['Sorry if my reply upset you']);
    expect(spans('(but|however ,?) we', 'However we can. However, we can.')).toEqual(['However we', 'However, we']);
  });

  it('tell a question mark from an optional marker', () => {
    expect(spans('why did you ?', 'Why did you?')).toEqual(['Why did you?']);
    expect(spans('why did you?', 'Why did')).toEqual(['Why did']);
  });

  it('match a hyphenated word as its parts and an ambiguous contraction both ways', () => {
    expect(spans('follow up', 'a follow-up email')).toEqual(['follow-up']);
    expect(spans('if you had', "if you'd read it")).toEqual(["if you'd"]);
    expect(spans('nothing is impossible', "nothing's impossible")).toEqual(["nothing's impossible"]);
  });
});
