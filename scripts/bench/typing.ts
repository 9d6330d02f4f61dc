/** Keystroke timing in both browsers on one draft: see browser.ts for the method. */
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../tests/e2e/support/server';
import { openFixture, type Variant } from './chromium-pair';
import { prng } from './corpus';
import { caretAtStart, installProbe, loadDraft, measured, probeState, underlineStarts, type EditorKind, type ProbeState } from './page-probes';
import { summarize, type Summary } from './stats';

export const KEYS_PER_BLOCK = 20;
export const TYPED = 'note ';

export interface DraftCase {
  label: string;
  page: string;
  selector: string;
  kind: EditorKind;
  chars: number;
  /** Targets apply (the issue sets them for drafts up to 5,000 characters). */
  targeted: boolean;
}

export interface TypingResult {
  label: string;
  chars: number;
  keys: number;
  targeted: boolean;
  with: Summary;
  without: Summary;
  overheadP50: number;
  overheadP95: number;
  underline: Summary;
  underlineInFirstFrame: number;
}

/** Opens the case's page with its draft and waits until the extension, if loaded, has coached it. */
async function prepareTyping(variant: Variant, server: FixtureServer, c: DraftCase, draft: string): Promise<Page> {
  const page = await variant.context.newPage();
  await page.bringToFront();
  await openFixture(page, server, c.page);
  // The agent clicks into the reply (in both browsers alike): with the extension, that loads the coach,
  // which reads the settings and then finds the editor.
  await page.click(c.selector);
  if (variant.name === 'with') {
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('data-defuse') === 'on', c.selector, { timeout: 30_000 });
  }
  await page.evaluate(loadDraft, { selector: c.selector, kind: c.kind, draft });
  if (variant.name === 'with') {
    // Coached when the underlines are up and stay put for a few frames.
    let last = '';
    let same = 0;
    await page.waitForFunction(() => document.querySelector('defuse-overlay')?.shadowRoot?.querySelector('[data-defuse-underline]'), null, { timeout: 60_000 });
    while (same < 5) {
      const now = JSON.stringify(await page.evaluate(underlineStarts));
      same = now === last ? same + 1 : 0;
      last = now;
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    }
  }
  // An editor still busy with the paste can put the caret back where the paste ended: check.
  for (let attempt = 0; !(await page.evaluate(caretAtStart, c.selector)); attempt++) {
    if (attempt === 10) throw new Error(`${c.label}: Ctrl+Home did not take the caret to the start`);
    await page.keyboard.press('Control+Home');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  }
  await page.evaluate(installProbe, { underlines: variant.name === 'with' });
  return page;
}

/**
 * The pause before each keystroke, in ms: a fast typist's 40-120 (8-25 keys a second), drawn from a
 * seeded generator. Besides the pace of real typing, it puts each key at a random point of the frame
 * interval; keys sent as soon as the last one was measured arrive in step with the harness's polling,
 * and the two browsers' figures then depend on how that happens to line up with their frames.
 */
export const PAUSE_MS = { min: 40, max: 120 };

async function typeBlock(page: Page, from: number, count: number, random: () => number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await new Promise((ok) => setTimeout(ok, PAUSE_MS.min + random() * (PAUSE_MS.max - PAUSE_MS.min)));
    await page.keyboard.press(TYPED[i % TYPED.length]!);
    await page.waitForFunction(measured, i + 1, { polling: 10, timeout: 60_000 });
  }
}

export async function typing(variants: Variant[], server: FixtureServer, c: DraftCase, keys: number, draft: string, seed: number): Promise<TypingResult> {
  const pages = new Map<Variant, Page>();
  const random = prng(seed);
  try {
    for (const v of variants) pages.set(v, await prepareTyping(v, server, c, draft));
    for (let typed = 0, block = 0; typed < keys; typed += KEYS_PER_BLOCK, block++) {
      const order = block % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const page = pages.get(v)!;
        await page.bringToFront();
        await typeBlock(page, typed, Math.min(KEYS_PER_BLOCK, keys - typed), random);
      }
    }
    const states = new Map<Variant['name'], ProbeState>();
    for (const [v, page] of pages) states.set(v.name, await page.evaluate(probeState));
    const withState = states.get('with')!;
    const withSummary = summarize(withState.frameMs);
    const withoutSummary = summarize(states.get('without')!.frameMs);
    const round2 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      label: c.label,
      chars: c.chars,
      keys,
      targeted: c.targeted,
      with: withSummary,
      without: withoutSummary,
      overheadP50: round2(withSummary.p50 / withoutSummary.p50),
      overheadP95: round2(withSummary.p95 / withoutSummary.p95),
      underline: summarize(withState.underlineMs),
      underlineInFirstFrame: round2(withState.underlineInFrame.filter(Boolean).length / withState.underlineInFrame.length),
    };
  } finally {
    for (const page of pages.values()) await page.close();
  }
}
