import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistPanel, rotateExamples, type ChecklistPanelProps } from '../../../lib/ui/checklist-panel';
import { report } from './fixtures';
import { click, key, mount, query, queryAll, textOfIds, type Mounted } from './mount';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function renderPanel(overrides: Partial<ChecklistPanelProps> = {}) {
  const p: ChecklistPanelProps = { report: report(), onInsert: vi.fn(), onClose: vi.fn(), ...overrides };
  mounted = mount(<ChecklistPanel {...p} />);
  const root = mounted.root;
  return { p, root, panel: query(root, '[data-defuse-panel]') };
}

const row = (root: ShadowRoot, id: string) => query(root, `[data-step="${id}"]`);

describe('ChecklistPanel: content', () => {
  it('is a non-modal dialog labelled by its heading', () => {
    const { root, panel } = renderPanel({ id: 'defuse-panel-x' });
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-modal')).toBe('false');
    expect(panel.id).toBe('defuse-panel-x');
    expect(textOfIds(root, panel.getAttribute('aria-labelledby'))).toBe('Reply checklist');
  });

  it('lists the six steps in order with done flags', () => {
    const { root } = renderPanel();
    const rows = queryAll(root, '[data-step]');
    expect(rows.map((r) => r.dataset.step)).toEqual(['acknowledge', 'empathy', 'apology', 'ownership', 'solution', 'follow-up']);
    expect(rows.map((r) => r.dataset.done)).toEqual(['true', 'false', 'true', 'false', 'true', 'false']);
  });

  it('tells done from missing by icon and text, not color alone', () => {
    const { root } = renderPanel();
    const done = row(root, 'acknowledge');
    expect(query(done, '.defuse-step-status').textContent).toBe('Done');
    expect(done.querySelector('.defuse-icon-check')).not.toBeNull();
    expect(done.querySelector('.defuse-icon-cross')).toBeNull();
    const missing = row(root, 'empathy');
    expect(query(missing, '.defuse-step-status').textContent).toBe('Missing');
    expect(missing.querySelector('.defuse-icon-cross')).not.toBeNull();
    const optional = row(root, 'follow-up');
    expect(optional.dataset.required).toBe('false');
    expect(query(optional, '.defuse-step-status').textContent).toBe('Optional');
    for (const svg of queryAll(root, 'svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it("shows each step's title and tip", () => {
    const { root } = renderPanel();
    expect(query(row(root, 'ownership'), '.defuse-step-title').textContent).toBe('Title of ownership');
    expect(query(row(root, 'ownership'), '.defuse-step-tip').textContent).toBe('Tip for ownership.');
    expect(query(row(root, 'apology'), '.defuse-step-tip').textContent).toBe('Tip for apology.');
  });

  it('offers inserts only for missing steps: the first example up front, the others under "More phrases"', () => {
    const { root } = renderPanel();
    expect(row(root, 'acknowledge').querySelector('[data-defuse-insert]')).toBeNull();
    const empathy = row(root, 'empathy');
    const example = query(empathy, ':scope > .defuse-example');
    expect(query(example, '.defuse-phrase').textContent).toBe('empathy example A.');
    const insert = query(example, 'button[data-defuse-insert]');
    expect(insert.textContent).toBe('Insert');
    expect(insert.getAttribute('aria-label')).toBe('Insert “empathy example A.”');
    const more = query<HTMLDetailsElement>(empathy, 'details');
    expect(more.open).toBe(false);
    expect(query(more, 'summary').textContent).toBe('More phrases');
    expect(queryAll(more, '.defuse-phrase').map((p) => p.textContent)).toEqual(['empathy example B.', 'empathy example C.']);
    expect(queryAll(more, '[data-defuse-insert]')).toHaveLength(2);
  });

  it('offers each phrase exactly once per step', () => {
    const { root } = renderPanel({ variant: 2 });
    for (const id of ['empathy', 'ownership', 'follow-up']) {
      const phrases = queryAll(row(root, id), '.defuse-phrase').map((p) => p.textContent);
      expect(phrases.sort()).toEqual([`${id} example A.`, `${id} example B.`, `${id} example C.`]);
    }
  });

  it('rotates which example comes first with the variant', () => {
    const first = (variant: number) => {
      const { root } = renderPanel({ variant });
      const text = query(row(root, 'empathy'), ':scope > .defuse-example .defuse-phrase').textContent;
      mounted?.unmount();
      mounted = undefined;
      return text;
    };
    expect(first(0)).toBe('empathy example A.');
    expect(first(1)).toBe('empathy example B.');
    expect(first(2)).toBe('empathy example C.');
    expect(first(3)).toBe('empathy example A.');
    expect(first(-1)).toBe('empathy example C.');
  });

  it('shows no "more" list for a step with a single example, and nothing for one with none', () => {
    const r = report();
    r.steps[1] = { ...r.steps[1]!, examples: ['Only one.'] };
    r.steps[3] = { ...r.steps[3]!, examples: [] };
    const { root } = renderPanel({ report: r });
    expect(queryAll(row(root, 'empathy'), '[data-defuse-insert]')).toHaveLength(1);
    expect(row(root, 'empathy').querySelector('details')).toBeNull();
    expect(row(root, 'ownership').querySelector('[data-defuse-insert]')).toBeNull();
  });

  it('shows the score', () => {
    const { root } = renderPanel();
    const score = query(root, '[data-defuse-score]');
    expect(score.dataset.defuseScore).toBe('58');
    expect(query(score, '.defuse-score-value').textContent).toBe('58/100');
    expect(query(score, '.defuse-sr').textContent).toBe('Score 58 out of 100');
  });

  it('counts tone problems by category, most frequent first', () => {
    const { root } = renderPanel();
    const rows = queryAll(root, '.defuse-tone [data-category]');
    expect(rows.map((r) => [r.dataset.category, r.dataset.count, r.textContent])).toEqual([
      ['blame', '2', 'Blame: 2'],
      ['condescending', '1', 'Condescending: 1'],
    ]);
    expect(root.querySelector('[data-defuse-tone-none]')).toBeNull();
  });

  it('says when there are no tone problems', () => {
    const { root } = renderPanel({ report: report({ diagnostics: [] }) });
    expect(query(root, '[data-defuse-tone-none]').textContent).toBe('No tone problems');
    expect(root.querySelector('.defuse-tone')).toBeNull();
  });
});

describe('ChecklistPanel: actions and keyboard', () => {
  it('calls onInsert with the phrase and step, from the first example and from the "more" list', () => {
    const { p, root } = renderPanel({ variant: 1 });
    const buttons = queryAll(row(root, 'ownership'), '[data-defuse-insert]');
    click(buttons[0]!);
    click(buttons[2]!);
    expect(vi.mocked(p.onInsert).mock.calls).toEqual([
      ['ownership example B.', 'ownership'],
      ['ownership example A.', 'ownership'],
    ]);
  });

  it('closes from the close button and from Escape', () => {
    const { p, root } = renderPanel();
    click(query(root, '.defuse-close'));
    expect(query(root, '.defuse-close').getAttribute('aria-label')).toBe('Close');
    const event = key(query(root, '[data-defuse-insert]'), 'Escape');
    expect(event.defaultPrevented).toBe(true);
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });

  it('cycles Tab within the panel and skips the inside of closed "more" lists', () => {
    const { root } = renderPanel();
    const closedInside = queryAll(root, 'details [data-defuse-insert]');
    expect(closedInside.length).toBeGreaterThan(0);
    const visited = new Set<Element>();
    const start = query(root, '.defuse-close');
    start.focus();
    let current: Element | null = start;
    for (let i = 0; i < 20 && current; i++) {
      visited.add(current);
      key(current, 'Tab');
      current = root.activeElement;
      if (current === start) break;
    }
    expect(current).toBe(start);
    for (const hidden of closedInside) expect(visited.has(hidden)).toBe(false);
    // Close + (Insert + More) for each of the three missing steps.
    expect(visited.size).toBe(7);
  });

  it('reaches the phrases of an opened "more" list', () => {
    const { root } = renderPanel();
    const details = query<HTMLDetailsElement>(row(root, 'empathy'), 'details');
    details.open = true;
    const summary = query(details, 'summary');
    summary.focus();
    key(summary, 'Tab');
    expect(root.activeElement).toBe(queryAll(details, '[data-defuse-insert]')[0]);
  });

  it('wraps Shift+Tab from the first control to the last', () => {
    const { root } = renderPanel();
    const close = query(root, '.defuse-close');
    close.focus();
    key(close, 'Tab', { shiftKey: true });
    const summaries = queryAll(root, 'summary');
    expect(root.activeElement).toBe(summaries[summaries.length - 1]);
  });

  it('focuses the first Insert when opened from the keyboard, and nothing otherwise', () => {
    const { root } = renderPanel({ autoFocus: true });
    expect(root.activeElement).toBe(query(root, '[data-defuse-insert]'));
    mounted?.unmount();
    const quiet = renderPanel();
    expect(quiet.root.activeElement).toBeNull();
  });

  it('keeps focus in the editor on mouse presses on its controls', () => {
    const { root } = renderPanel();
    for (const el of [query(root, '[data-defuse-insert]'), query(root, 'summary')]) {
      const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      el.dispatchEvent(press);
      expect(press.defaultPrevented).toBe(true);
    }
  });
});

describe('rotateExamples', () => {
  it('rotates by any integer and copes with no examples', () => {
    expect(rotateExamples(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    expect(rotateExamples(['a', 'b', 'c'], -4)).toEqual(['c', 'a', 'b']);
    expect(rotateExamples([], 3)).toEqual([]);
  });
});
