/**
 * The one place that loads compromise. Its entry points share a global model, so a second import
 * elsewhere would double the work; everything the analyzer needs from it goes through here.
 *
 * We use compromise's knowledge (contraction table, verb conjugation, noun plurals, lexicon tags)
 * rather than its per-keystroke parser: tokenizing a 1,000-character draft with it costs about
 * 1.4 ms, while our own tokenizer over the same contraction data costs a fraction of that.
 */
import nlp from 'compromise/two';

// compromise types its model and methods as `object`; these are the parts we read.
interface CompromiseModel {
  one: { contractions: ContractionEntry[]; lexicon: Record<string, string | string[] | undefined> };
}
type Transform = {
  verb: {
    conjugate(verb: string, model: CompromiseModel): Record<string, string>;
    toInfinitive(verb: string, model: CompromiseModel, tense: string): string;
  };
  noun: { toPlural(noun: string, model: CompromiseModel): string };
};

const model = nlp.model() as CompromiseModel;
const transform = (nlp.methods() as { two: { transform: Transform } }).two.transform;

interface ContractionEntry {
  word?: string;
  after?: string;
  before?: string;
  out: string[];
}

const entries = model.one.contractions;

/** Whole-word contractions ("can't" -> can not, "cannot" -> can not, "ive" -> i have). */
export const wholeWordContractions: ReadonlyMap<string, readonly string[]> = new Map(
  entries.filter((e) => e.word !== undefined).map((e) => [e.word as string, e.out.map((w) => w.toLowerCase())]),
);

/** Suffix contractions of English ("'ll" -> will); compromise also lists French elisions, which we skip. */
export const suffixContractions: ReadonlyMap<string, string> = new Map(
  entries.filter((e) => e.after !== undefined).map((e) => [e.after as string, (e.out[0] ?? '').toLowerCase()]),
);

/** Every inflected form of a verb or noun lemma, the lemma included. */
export function inflections(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const verb = transform.verb.conjugate(lemma, model);
  for (const [tense, form] of Object.entries(verb)) {
    if (tense !== 'FutureTense' && form) forms.add(form.toLowerCase());
  }
  const plural = transform.noun.toPlural(lemma, model);
  if (plural) forms.add(plural.toLowerCase());
  return [...forms];
}

/** compromise's lexicon tag for a lowercase word, if it knows the word. */
export function lexiconTag(word: string): string | undefined {
  const tag = model.one.lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}

/** The infinitive of a conjugated verb ("restarted" -> "restart"), or undefined when unsure. */
export function toInfinitive(word: string): string | undefined {
  const lower = word.toLowerCase();
  const known = lexiconTag(lower);
  const tenses = known && /Tense|Participle|Gerund/.test(known) ? [known] : [];
  if (/ed$/.test(lower)) tenses.push('PastTense');
  if (/ing$/.test(lower)) tenses.push('Gerund');
  for (const tense of tenses) {
    const base = transform.verb.toInfinitive(lower, model, tense);
    // "everything" is no gerund: only trust a guess compromise knows as a verb.
    if (base && base !== lower && (tenses[0] === known || lexiconTag(base) === 'Infinitive')) return base;
  }
  return known === 'Infinitive' ? lower : undefined;
}
