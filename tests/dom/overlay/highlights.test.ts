import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HighlightPainter } from '../../../lib/overlay/highlights';
import { highlightName } from '../../../lib/ui/styles';

// happy-dom has no CSS Custom Highlight API: a registry of Sets stands in for it, as in the browser.
class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();
const view = window as unknown as Record<string, unknown>;

describe('highlight painter', () => {
  let text: Text;
  let painter: HighlightPainter;
  const owner = {};
  beforeEach(() => {
    registry.clear();
    view.Highlight = FakeHighlight;
    // happy-dom makes a new CSS object on every read.
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    document.body.innerHTML = '<div contenteditable="true">Calm down, you should have read it.</div>';
    text = document.querySelector('div')!.firstChild as Text;
    painter = new HighlightPainter(document, '');
  });
  afterEach(() => {
    delete view.Highlight;
    delete view.CSS;
  });
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  const painted = () => [...(registry.get(highlightName('error')) ?? [])].map((r) => [r.startOffset, r.endOffset]);

  it('keeps a range whose words did not move, so the browser has nothing to repaint', () => {
    painter.set(owner, text, [{ look: 'error', range: range(0, 9) }, { look: 'error', range: range(11, 26) }]);
    const highlight = registry.get(highlightName('error'))!;
    const kept = [...highlight][1];
    painter.set(owner, text, [{ look: 'error', range: range(0, 4) }, { look: 'error', range: range(11, 26) }]);
    expect(registry.get(highlightName('error'))).toBe(highlight);
    expect(painted()).toEqual([[11, 26], [0, 4]]);
    expect([...highlight]).toContain(kept);
  });

  it('moves a range to the look it has now, and clears one editor without touching another', () => {
    const other = {};
    painter.set(owner, text, [{ look: 'error', range: range(0, 9) }]);
    painter.set(other, text, [{ look: 'error', range: range(11, 26) }]);
    painter.set(owner, text, [{ look: 'subtle', range: range(0, 9) }]);
    expect(painted()).toEqual([[11, 26]]);
    expect([...registry.get(highlightName('subtle'))!].map((r) => r.startOffset)).toEqual([0]);
    painter.clear(other);
    expect(painted()).toEqual([]);
  });

  it('registers its highlight again when the page cleared the registry', () => {
    painter.set(owner, text, [{ look: 'error', range: range(0, 9) }]);
    registry.clear();
    painter.set(owner, text, [{ look: 'error', range: range(11, 26) }]);
    expect(painted()).toEqual([[11, 26]]);
  });
});
