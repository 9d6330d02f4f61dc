/** The closest known name to a typo, so "tone/blam" points at "tone/blame". */

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  // A truncated name ("replace" for "replacement") is far by edit distance but plainly meant.
  const extended = lower.length >= 3 ? known.filter((k) => k.toLowerCase().startsWith(lower)) : [];
  if (extended.length === 1) return extended[0];
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    // Ids are namespaced; "blame" alone should still find "tone/blame".
    const d = Math.min(distance(lower, k.toLowerCase()), distance(lower, k.toLowerCase().replace(/^[^/]*\//, '')));
    if (!best || d < best.d) best = { name: k, d };
  }
  // Beyond a third of the word it is a different word, and a wrong hint is worse than none.
  return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? best.name : undefined;
}
