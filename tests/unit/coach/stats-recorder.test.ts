import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Diagnostic, Report } from '../../../lib/analyzer/types';
import { StatsRecorder } from '../../../lib/coach/stats-recorder';
import { statsForLast30Days } from '../../../lib/settings/stats';

const diagnostic = (ruleId: string, text: string): Diagnostic => ({
  ruleId, text, start: 0, end: text.length, category: 'blame', severity: 'error', message: '', why: '', suggestions: [],
});
const report = (...diagnostics: Diagnostic[]): Report => ({ score: 50, diagnostics, steps: [] });

describe('recording statistics from the coach', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  const totals = async () => {
    await vi.waitFor(async () => undefined);
    return (await statsForLast30Days()).byRule;
  };

  it('counts a problem as caught once per editor, after the agent pauses typing', async () => {
    const recorder = new StatsRecorder((e) => { throw e; });
    const editor = {};
    recorder.reported(editor, report(diagnostic('tone/blame', 'you should')));
    recorder.reported(editor, report(diagnostic('tone/blame', 'you should have')));
    await vi.advanceTimersByTimeAsync(2000);
    recorder.reported(editor, report(diagnostic('tone/blame', 'you should have')));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await totals()).toEqual({ 'tone/blame': { caught: 1, fixed: 0 } });
  });

  it('does not count a phrase corrected before the pause', async () => {
    const recorder = new StatsRecorder((e) => { throw e; });
    const editor = {};
    recorder.reported(editor, report(diagnostic('tone/shouting', 'NO')));
    recorder.reported(editor, report());
    await vi.advanceTimersByTimeAsync(2000);
    expect(await totals()).toEqual({});
  });

  it('counts a fix, and the catch it implies when the fix came before the pause', async () => {
    const recorder = new StatsRecorder((e) => { throw e; });
    const editor = {};
    const d = diagnostic('tone/blame', 'you should have');
    recorder.reported(editor, report(d));
    recorder.fixed(editor, d);
    recorder.reported(editor, report());
    await vi.advanceTimersByTimeAsync(2000);
    expect(await totals()).toEqual({ 'tone/blame': { caught: 1, fixed: 1 } });
  });
});
