/**
 * British and American spellings of the same word, so "apologise" and "apologize" match one rule.
 * Patterns are written in American spelling; this adds the other forms when a pattern is compiled.
 */
const OUR_WORDS = ['behavior', 'color', 'favor', 'honor', 'humor', 'neighbor', 'rumor', 'endeavor'];

export function spellingVariants(word: string): string[] {
  const variants = new Set([word]);
  if (/iz(e|es|ed|ing|ation|ations)$/.test(word)) variants.add(word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1'));
  if (/yz(e|es|ed|ing)$/.test(word)) variants.add(word.replace(/yz(e|es|ed|ing)$/, 'ys$1'));
  if (/[aeiou]l(ed|ing|er)$/.test(word)) variants.add(word.replace(/l(ed|ing|er)$/, 'll$1'));
  for (const base of OUR_WORDS) {
    if (word.startsWith(base)) variants.add(base.replace(/or$/, 'our') + word.slice(base.length));
  }
  return [...variants];
}
