import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { ignoredRegions, maskIgnored } from '../../../lib/analyzer/text/ignored-regions';

const flagged = (text: string) => analyze(text, { strictness: 'strict' }).diagnostics.map((d) => d.text);

describe('what is not the agent’s own words', () => {
  it('keeps offsets exact: the masked text has the same length and line breaks', () => {
    const text = 'Hi {{ticket.requester.name}},\n> You should have known\nThanks';
    const masked = maskIgnored(text, ignoredRegions(text));
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
    expect(masked).toContain('Thanks');
    expect(masked).not.toContain('requester');
  });

  it('ignores quoted lines but still sees the reply around them', () => {
    const text = 'You should have restarted it.\n> You should have restarted it.\n';
    const report = analyze(text);
    expect(report.diagnostics.filter((d) => d.ruleId === 'tone/blame').map((d) => d.start)).toEqual([0]);
  });

  it('ignores history after an "On … wrote:" line', () => {
    const text = 'Thanks for your patience.\n\nOn Tue, 3 Mar 2026 at 10:02, Sam <sam@example.com> wrote:\nYou should have restarted it.';
    expect(flagged(text)).toEqual([]);
  });

  it('keeps writing between ">" quotes of an inline reply', () => {
    const text = 'On Mon, Sam wrote:\n> Where is my order?\nYou should have restarted it.';
    expect(flagged(text)).toContain('You should have restarted');
  });

  it('ignores a signature after "-- "', () => {
    const text = 'Here is the fix.\n-- \nYou should have restarted it';
    expect(flagged(text)).toEqual([]);
  });

  it('ignores macro placeholders in Zendesk and Help Scout syntax', () => {
    const text = 'Hi {{ticket.requester.first_name}} and {%customer.firstName%}, thanks.';
    const masked = maskIgnored(text, ignoredRegions(text));
    expect(masked).not.toMatch(/[{}%]/);
  });
});

describe('the agent’s own lines that look like quote headers', () => {
  it('stay analyzed when they carry no date, time or address', () => {
    const text = 'On your second question, here is what our warehouse team wrote:\nYou should have restarted it.';
    expect(flagged(text)).toContain('You should have restarted');
  });
});

describe('the end of the agent’s own words', () => {
  it('is before a signature or pasted history, without trailing blank lines', async () => {
    const { agentTextEnd } = await import('../../../lib/analyzer/text/ignored-regions');
    expect(agentTextEnd('Thanks for waiting.\n\n-- \nSam')).toBe('Thanks for waiting.'.length);
    expect(agentTextEnd('Done.\nOn Tue, 3 Mar 2026 at 10:02, Jo <jo@example.com> wrote:\nHelp')).toBe('Done.'.length);
    expect(agentTextEnd('Just this.  ')).toBe('Just this.'.length);
  });
});
