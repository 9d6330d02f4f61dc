import { defineRule, type Finding } from '../definitions';
import { lexiconTag, toInfinitive } from '../language/compromise';
import { expandWord } from '../language/tokens';

/**
 * Shouting is a shape, not a phrase: runs of capitals and stacked "!!" / "??" / "?!". Capitals count
 * only when they spell ordinary words compromise knows ("PLEASE READ"), so acronyms (USB, HDMI,
 * GDPR), brands and codes stay clean. Emoji, CJK and numbers never match.
 */

// Always written in capitals; kept as they are in a suggestion.
const ACRONYMS = new Set(
  (
    'usb api faq pdf id asap sku https http vpn url ok hr pm tv pc uk eu usa ceo cto cfo coo sms mms sso ssl tls dns ip isp ' +
    'gps ups dhl usps eta fyi pin sim atm csv xml json html css js sql ios os cpu gpu ram ssd hdd lan wan wifi nfc qr sd hd uhd ' +
    'led lcd ac dc tos gdpr ccpa hipaa pci kyc iban swift bic vat gst hst rma po sla crm erp saas sdk cli ui ux qa hq diy rsvp ' +
    'aka tba tbd na ps cc bcc eod eow est pst gmt utc cet bst edt pdt cst mst nb ie eg etc vip mfa otp totp oauth saml ldap ' +
    'smtp imap pop ftp sftp ssh rdp vm aws gcp sos ooo nda llc ltd inc plc dob ssn ein zip imei mac hdmi arc dm omg lol btw ' +
    'imo tbh idk brb ty thx'
  ).split(' '),
);
// Pronoun or verb inside a shouted run ("IT IS BROKEN", "PLEASE CALL US"), an acronym alone (the IT team).
const AMBIGUOUS = new Set(['am', 'us', 'it']);
const PROPER = /^(MaleName|FemaleName|FirstName|LastName|Person|City|Region|Place|Country|ProperNoun|Month|WeekDay|Demonym)$/;
const NOT_A_WORD = /^(Abbreviation|Organization|SportsTeam|Unit|Currency|Honorific|Emoticon)$/;

// unknown: not in compromise's (small) lexicon but spelled like a word ("BUG"); it does not make a
// run shouting, but inside one it is lowercased like its neighbours.
type Kind = 'ordinary' | 'keep' | 'proper' | 'ambiguous' | 'unknown' | 'i';

function tagOf(word: string): string | undefined {
  const direct = lexiconTag(word);
  if (direct) return direct;
  const parts = expandWord(word);
  if (parts.length > 1) return parts.every((p) => p === "'s" || lexiconTag(p)) ? lexiconTag(parts[0]!) : undefined;
  const base = toInfinitive(word);
  if (base && lexiconTag(base)) return 'Verb';
  if (word.endsWith('s') && word.length > 3 && lexiconTag(word.slice(0, -1))) return 'Plural';
  return undefined;
}

function kindOf(upper: string): Kind {
  const word = upper.toLowerCase().replace(/’/g, "'");
  if (word === 'i' || word.startsWith("i'")) return 'i';
  if (ACRONYMS.has(word)) return 'keep';
  if (AMBIGUOUS.has(word)) return 'ambiguous';
  const tag = tagOf(word);
  if (!tag) return /[aeiou]/.test(word) && word.length >= 3 ? 'unknown' : 'keep';
  if (NOT_A_WORD.test(tag)) return 'keep';
  return PROPER.test(tag) ? 'proper' : 'ordinary';
}

function recased(upper: string, kind: Kind): string {
  const lower = upper.toLowerCase();
  if (kind === 'i') return 'I' + lower.slice(1);
  if (kind === 'keep') return upper;
  if (kind === 'proper') return upper.charAt(0) + lower.slice(1);
  return lower;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const ALL_CAPS = /^\p{Lu}+(?:['’]\p{Lu}+)*$/u;
// What may sit between two words of one shouted run: spaces, a comma, a hyphen or dash.
const JOINER = /^(?:[ \t]+|,[ \t]+|[ \t]*[-–—][ \t]*)$/;
const OPEN_QUOTE = /["“‘'«]$/;
const CLOSE_QUOTE = /^["”’'»]/;

interface CapsWord {
  start: number;
  end: number;
  text: string;
  kind: Kind;
}

const letters = (w: CapsWord) => w.text.replace(/['’]/g, '').length;
const counts = (w: CapsWord) => w.kind === 'ordinary' && letters(w) >= 2;

function capsRuns(sentence: string): CapsWord[][] {
  const runs: CapsWord[][] = [];
  let run: CapsWord[] = [];
  let lastEnd = -1;
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0];
    const start = m.index;
    if (!ALL_CAPS.test(text)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const word: CapsWord = { start, end: start + text.length, text, kind: kindOf(text) };
    if (run.length && JOINER.test(sentence.slice(lastEnd, start))) run.push(word);
    else {
      if (run.length) runs.push(run);
      run = [word];
    }
    lastEnd = word.end;
  }
  if (run.length) runs.push(run);
  return runs;
}

function capsFinding(sentence: string, words: CapsWord[], from: Finding['from'], severity: Finding['severity']): Finding {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  let text = sentence.slice(start, end);
  for (const w of [...words].reverse()) {
    text = text.slice(0, w.start - start) + recased(w.text, w.kind) + text.slice(w.end - start);
  }
  if (!/[\p{L}\p{N}]/u.test(sentence.slice(0, start))) text = text.charAt(0).toUpperCase() + text.slice(1);
  const original = sentence.slice(start, end);
  return {
    start,
    end,
    suggestions: text === original ? [] : [text],
    from,
    severity,
    message: 'Capitals read as shouting.',
  };
}

function quoted(sentence: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(sentence.slice(0, start)) && CLOSE_QUOTE.test(sentence.slice(end));
}

function capsFindings(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const run of capsRuns(sentence)) {
    if (run.filter(counts).length >= 2) {
      // Acronyms at either end of a shouted run are not part of the shouting.
      let first = 0;
      let last = run.length - 1;
      while (run[first]!.kind === 'keep') first++;
      while (run[last]!.kind === 'keep') last--;
      const words = run.slice(first, last + 1);
      if (quoted(sentence, words[0]!.start, words[words.length - 1]!.end)) continue;
      findings.push(capsFinding(sentence, words, 'standard', 'warning'));
      continue;
    }
    for (const w of run) {
      if (w.kind !== 'ordinary' || letters(w) < 4) continue;
      // "NOTE:" and "UPDATE:" are labels; a quoted "SAVE" or "Settings > PRIVACY" names a control.
      if (/^\s*:/.test(sentence.slice(w.end)) || quoted(sentence, w.start, w.end)) continue;
      if (/[>→/]\s*$/.test(sentence.slice(0, w.start)) || /^\s*[>→/]/.test(sentence.slice(w.end))) continue;
      findings.push(capsFinding(sentence, [w], 'strict', 'info'));
    }
  }
  return findings;
}

function punctuationFindings(sentence: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of sentence.matchAll(/[!?]{2,}/g)) {
    const run = m[0];
    const question = run.includes('?');
    const mild = run === '!!';
    findings.push({
      start: m.index,
      end: m.index + run.length,
      suggestions: [question ? '?' : '!'],
      from: mild ? 'strict' : 'standard',
      severity: mild ? 'info' : 'warning',
      message: 'Stacked punctuation reads as shouting.',
    });
  }
  return findings;
}

function detectShouting(sentence: string): Finding[] {
  return [...capsFindings(sentence), ...punctuationFindings(sentence)].sort((a, b) => a.start - b.start);
}

export default defineRule({
  id: 'tone/shouting',
  category: 'shouting',
  severity: 'warning',
  from: 'standard',
  title: 'Shouting',
  description:
    'Flags runs of capital letters ("PLEASE READ THE EMAIL") and stacked punctuation ("!!!", "??", "?!"). Acronyms such as USB, API or FAQ are left alone.',
  message: 'This reads as shouting.',
  why: 'Stay calm and collected, and avoid raising your voice: capitals and stacked punctuation read as shouting, and an upset customer answers in kind.',
  detect: detectShouting,
  cases: {
    flagged: [
      '[PLEASE READ] the email we sent you.',
      'I have [ALREADY TOLD YOU] twice.',
      'You [DO NOT] need to reinstall the app.',
      '[I’M SO SORRY] about this!',
      'Please [DON’T UNPLUG THE] USB cable during the update.',
      'Your refund was [ALREADY] processed.',
      'It is [NEVER] a good idea to share your password.',
      'Thanks so much[!!!]',
      'Did you get my email[??]',
      'You were charged twice[?!]',
      'Why would that happen[?!?!]',
      'Thanks for waiting[!!]',
      '[THIS IS NOT A BUG][!!!]',
      '[IT IS FIXED] now.',
    ],
    clean: [
      'Please plug the USB cable into the HDMI port.',
      'You can download the PDF from the FAQ page.',
      'The API returns an ID for each SKU.',
      'Connect to the VPN and open the URL over HTTPS.',
      'I will get back to you ASAP.',
      'OK, I have updated your account.',
      'Your order number is 4711-ABCD-0099.',
      'The IT team and HR have both been informed.',
      'Thank you so much! 😊😊',
      '谢谢您的耐心！！',
      'NOTE: the office is closed on Friday.',
      'Click “SAVE CHANGES” at the bottom of the page.',
      'We ship with UPS and DHL from our NYC warehouse.',
      'Is it working now? Let me know!',
      'Great news, your refund is on its way!',
      'I can see the GDPR request in our CRM.',
      'Dear JOHN SMITH, thank you for your message.',
      'Your parcel left our LONDON depot this morning.',
    ],
  },
  example: {
    before: 'PLEASE READ the email we sent you!!!',
    after: 'Please have a look at the email we sent you.',
  },
});
