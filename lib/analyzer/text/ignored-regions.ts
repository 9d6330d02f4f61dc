/**
 * Parts of a draft that are not the agent's own words: quoted history, a signature, and macro
 * placeholders. They are blanked out (same length, line breaks kept) so every offset the rules
 * report still points into the original text.
 */
import type { Span } from '../types';

// "On Tue, 3 Mar 2026 at 10:02, Sam <sam@example.com> wrote:" (may wrap onto a second line).
const ON_WROTE = /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/gm;
// Mail clients always put a time, a year or an address in that line; the agent's own "On your
// second question, here is what our team wrote:" has none, and stays the agent's.
const HEADER_EVIDENCE = /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|@/;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}[ \t]*$/gim;
const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;
// RFC 3676 says "-- " exactly; editors often trim the space, so a bare "--" line counts too.
const SIGNATURE = /^--[ \t]?$/m;
// Zendesk and Freshdesk {{ticket.requester.name}}, Help Scout {%customer.firstName%}.
const PLACEHOLDER = /\{\{[^{}\n]{1,200}\}\}|\{%[^{}\n]{1,200}%\}/g;

function nextLine(text: string, index: number): string | undefined {
  return text.slice(index).split('\n').slice(1).find((l) => l.trim() !== '');
}

export function ignoredRegions(text: string): Span[] {
  const regions: Span[] = [];
  for (const m of text.matchAll(QUOTED_LINE)) regions.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(ON_WROTE)) {
    if (!HEADER_EVIDENCE.test(m[0])) continue;
    // An inline reply keeps writing between ">" lines; plain pasted history runs to the end.
    const followedByQuotes = /^\s*>/.test(nextLine(text, m.index + m[0].length) ?? '');
    regions.push({ start: m.index, end: followedByQuotes ? m.index + m[0].length : text.length });
  }
  for (const m of text.matchAll(ORIGINAL_MESSAGE)) regions.push({ start: m.index, end: text.length });
  const signature = SIGNATURE.exec(text);
  if (signature) regions.push({ start: signature.index, end: text.length });
  for (const m of text.matchAll(PLACEHOLDER)) regions.push({ start: m.index, end: m.index + m[0].length });
  return regions.sort((a, b) => a.start - b.start);
}

/** The text with ignored regions turned into spaces, line breaks kept. */
export function maskIgnored(text: string, regions: readonly Span[]): string {
  if (regions.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const { start, end } of regions) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += text.slice(cursor, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** Where the agent's own words end: before a signature or pasted history that runs to the end. */
export function agentTextEnd(text: string): number {
  const tail = ignoredRegions(text).filter((r) => r.end === text.length && r.start < text.length);
  const end = tail.length > 0 ? Math.min(...tail.map((r) => r.start)) : text.length;
  return text.slice(0, end).trimEnd().length;
}
