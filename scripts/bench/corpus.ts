/**
 * Deterministic support-reply drafts for the benchmark.
 *
 * Every sentence carries an id (order, ticket, invoice...) drawn from a counter that only goes up,
 * so no sentence text is ever produced twice in a run. That is how the benchmark defeats the
 * analyzer's per-sentence cache (analyze.ts exports no way to clear it): a draft analyzed for the
 * first time misses the cache on every sentence, exactly like a cold start. `ColdCheck` verifies it.
 */

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same drafts on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Sam', 'Priya', 'Jonas', 'Maria', 'Kenji', 'Aisha', 'Tom', 'Lena', 'Diego', 'Fatima', 'Chris', 'Olga'];
const PRODUCTS = ['router', 'subscription', 'smart plug', 'headset', 'premium plan', 'order', 'laptop stand', 'account'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/**
 * `{id}` is required in every template (it makes the sentence unique); `{name}`, `{product}`,
 * `{day}` and `{amount}` are filled at random. Problem sentences are the phrasings the rules exist
 * for; good ones are the de-escalation steps. Roughly two good for every problem, as in real drafts.
 */
const GOOD = [
  "I'm so sorry about the double charge on order #{id}.",
  'Thank you for your patience while we looked into ticket {id}.',
  'I understand how frustrating it is when your {product} (serial {id}) stops working, and I want to get this fixed for you today.',
  "I've issued a refund of ${amount} for invoice INV-{id}, and you'll see it on your statement within five business days.",
  "That's on us: the update we pushed for build {id} broke the sync, and I'm sorry for the trouble it caused.",
  "I've escalated case {id} to our engineering team and asked them to prioritise it.",
  "I'll check back with you on {day} to make sure everything on ticket {id} is working as expected.",
  "Thanks for letting us know about the issue with order #{id}, {name}.",
  "I've sent a replacement {product} with tracking number 1Z{id}; it should arrive by {day}.",
  'You were right to reach out, {name}, and I can see exactly what happened with invoice INV-{id}.',
  "I've applied a credit of ${amount} to account {id} to make up for the downtime.",
  'Here is what I did: I reset the password on account {id} and cleared the old sessions.',
  "If anything still looks off with order #{id}, just reply to this email and I'll take care of it personally.",
  'I really appreciate you sending the screenshots for ticket {id}; they made the problem easy to find.',
  "We've fixed the billing error on invoice INV-{id}, so your next charge will be the correct ${amount}.",
  "I can see why that was confusing, {name}, and I've updated the help article (ref {id}) so it's clearer.",
  'Your {product} from order #{id} is covered by the warranty, so the repair is free of charge.',
  "I'm truly sorry that you had to contact us three times about case {id}.",
  'To speed things up, I have already booked a technician visit for {day} under job {id}.',
  "I've added a note to ticket {id} so anyone on the team can pick it up if I'm away.",
  'Could you tell me which browser you used when the error with code E{id} appeared?',
  "Once the refund for order #{id} is processed, I'll send you a confirmation right away.",
  "I've double-checked account {id} and everything is now set up the way you asked.",
  'Please let me know if the new {product} from shipment {id} works for you.',
  "We're extending your {product} by one month at no cost (voucher {id}) as a thank-you for your patience.",
];

const PROBLEM = [
  'You should have restarted the router before opening ticket {id}.',
  "Unfortunately we can't refund order #{id} after thirty days.",
  'As I already explained in ticket {id}, the feature is not available on your plan.',
  "Obviously the {product} with serial {id} won't work if it isn't plugged in, {name}.",
  "That's not our department, so you'll need to contact the courier about parcel {id}.",
  "I'm sorry if you feel that invoice INV-{id} was unfair.",
  'You need to read the instructions that came with order #{id}.',
  'PLEASE READ THE EMAIL WE SENT ABOUT CASE {id} BEFORE REPLYING.',
  "It's company policy, and there is nothing I can do about the fee on invoice INV-{id}.",
  "Actually, that's not true: our logs show the {product} on account {id} was working fine.",
  'Just clear your cache and try again; it is not a big deal (ticket {id}).',
  'We apologize for any inconvenience this may have caused with order #{id}.',
  'You must send us the receipt for order #{id} or we cannot help you.',
  'With all due respect, {name}, you failed to follow the setup guide for device {id}.',
  "I'm sorry, but the warranty on serial {id} has expired.",
  'This is user error and not a problem with build {id}.',
  'We cannot do anything until you update the app past version 4.{id}.',
  "Calm down, {name}, it's only ${amount} on invoice INV-{id}.",
  'There is no way we will replace the {product} from order #{id} for free.',
  'You obviously did not check your spam folder for the email about case {id}.',
];

const GREETINGS = ['Hi {name}, thanks for writing in about ticket #{id}.', 'Hello {name}, and thanks for contacting us about case {id}.'];

/** Begins with the id, so a prefix of it cut off at the end of a draft is still unique. */
const TAILS = [
  'Case {id}: I have one more update for you about the {product}, and it is good news because',
  'Ticket {id} stays open until you confirm the {product} works, and if it does not I will arrange',
  'Order #{id} is now marked as a priority, which means the warehouse will ship it first thing on {day}',
];

export interface DraftPair {
  /** The draft as first analyzed (every sentence new to the cache). */
  draft: string;
  /** The draft after one keystroke in the middle: a letter inserted or deleted. */
  edited: string;
  /** Where the keystroke happened. */
  editAt: number;
  editKind: 'insert' | 'delete';
}

export class Corpus {
  private readonly random: () => number;
  private nextId: number;

  constructor(seed: number, firstId = 40_000) {
    this.random = prng(seed);
    this.nextId = firstId;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private fill(template: string): string {
    return template
      .replaceAll('{id}', () => String(this.nextId++))
      .replaceAll('{name}', () => this.pick(NAMES))
      .replaceAll('{product}', () => this.pick(PRODUCTS))
      .replaceAll('{day}', () => this.pick(DAYS))
      .replaceAll('{amount}', () => (5 + Math.floor(this.random() * 19_500) / 100).toFixed(2));
  }

  sentence(): string {
    return this.fill(this.random() < 0.35 ? this.pick(PROBLEM) : this.pick(GOOD));
  }

  /**
   * A draft of exactly `size` characters: a greeting line, paragraphs of 2-5 sentences, and a last
   * sentence cut off mid-way (an agent still typing) to land on the exact length.
   */
  draft(size: number): string {
    const parts: string[] = [this.fill(this.pick(GREETINGS)), '\n\n'];
    let length = parts[0]!.length + 2;
    let inParagraph = 0;
    let paragraphLength = 2 + Math.floor(this.random() * 4);
    for (;;) {
      const sentence = this.sentence();
      const separator = inParagraph === 0 ? '' : inParagraph >= paragraphLength ? '\n\n' : ' ';
      if (length + separator.length + sentence.length > size) break;
      if (separator === '\n\n') {
        inParagraph = 0;
        paragraphLength = 2 + Math.floor(this.random() * 4);
      }
      parts.push(separator, sentence);
      length += separator.length + sentence.length;
      inParagraph++;
    }
    // The cut-off tail needs room for its id, or it could repeat another draft's tail.
    while (size - length < 24 && parts.length > 2) {
      const sentence = parts.pop()!;
      const separator = parts.pop()!;
      length -= separator.length + sentence.length;
    }
    let text = parts.join('');
    const separator = text.endsWith('\n') ? '' : ' ';
    let tail = '';
    while (tail.length < size) tail += (tail ? ' ' : '') + this.fill(this.pick(TAILS));
    text += separator + tail.slice(0, size - text.length - separator.length);
    if (text.length !== size) throw new Error(`draft is ${text.length} characters, wanted ${size}`);
    return text;
  }

  /** A draft and the same draft after one keystroke at the letter nearest its middle. */
  pair(size: number, editKind: 'insert' | 'delete'): DraftPair {
    const draft = this.draft(size);
    let at = Math.floor(size / 2);
    for (let step = 0; at + step < size || at - step >= 0; step++) {
      if (/\p{L}/u.test(draft[at + step] ?? '')) {
        at += step;
        break;
      }
      if (/\p{L}/u.test(draft[at - step] ?? '')) {
        at -= step;
        break;
      }
    }
    const edited = editKind === 'insert' ? draft.slice(0, at) + 'e' + draft.slice(at) : draft.slice(0, at) + draft.slice(at + 1);
    return { draft, edited, editAt: at, editKind };
  }
}

/**
 * Proves the cache cannot help: every sentence of a draft analyzed "cold" must never have been
 * analyzed before, and a re-analysis must change at least one sentence. Takes the analyzer's own
 * sentence splitter, so it checks the real cache keys.
 */
export class ColdCheck {
  private readonly seen = new Set<string>();

  constructor(private readonly split: (text: string) => ReadonlyArray<{ text: string }>) {}

  /** Records the draft's sentences; returns how many there are. Throws on a repeated sentence. */
  fresh(draft: string): number {
    const sentences = this.split(draft);
    for (const { text } of sentences) {
      if (this.seen.has(text)) throw new Error(`benchmark bug: sentence repeated, the cache would help: ${JSON.stringify(text)}`);
      this.seen.add(text);
    }
    return sentences.length;
  }

  /** Records an edited draft; throws unless the edit produced a sentence never analyzed before. */
  edited(text: string): void {
    let changed = 0;
    for (const { text: sentence } of this.split(text)) {
      if (!this.seen.has(sentence)) {
        changed++;
        this.seen.add(sentence);
      }
    }
    if (changed === 0) throw new Error('benchmark bug: the one-character edit left every sentence cached');
  }
}
