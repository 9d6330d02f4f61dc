import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, badgeLabel, type BadgeProps } from '../../../lib/ui/badge';
import { click, mount, query, type Mounted } from './mount';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function renderBadge(overrides: Partial<BadgeProps> = {}) {
  const p: BadgeProps = { stepsDone: 3, stepsRequired: 6, issues: 2, expanded: false, onToggle: vi.fn(), ...overrides };
  mounted = mount(<Badge {...p} />);
  return { p, badge: query<HTMLButtonElement>(mounted.root, '[data-defuse-badge]') };
}

describe('Badge', () => {
  it('is a button with the counts as data attributes and as visible text', () => {
    const { badge } = renderBadge();
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.type).toBe('button');
    expect(badge.getAttribute('data-steps-done')).toBe('3');
    expect(badge.getAttribute('data-steps-required')).toBe('6');
    expect(badge.getAttribute('data-issues')).toBe('2');
    expect(badge.textContent).toBe('3/6 · 2');
  });

  it('has an accessible label that spells the counts out', () => {
    const { badge } = renderBadge();
    expect(badge.getAttribute('aria-label')).toBe('Defuse: 3 of 6 steps done, 2 tone problems');
  });

  it('uses singular and zero forms', () => {
    expect(badgeLabel(1, 1, 1)).toBe('Defuse: 1 of 1 step done, 1 tone problem');
    expect(badgeLabel(0, 4, 0)).toBe('Defuse: 0 of 4 steps done, 0 tone problems');
  });

  it('reports whether the panel is open', () => {
    const { badge } = renderBadge({ expanded: false });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
    mounted?.unmount();
    const open = renderBadge({ expanded: true, controls: 'defuse-panel-1' });
    expect(open.badge.getAttribute('aria-expanded')).toBe('true');
    expect(open.badge.getAttribute('aria-controls')).toBe('defuse-panel-1');
  });

  it('calls onToggle on click', () => {
    const { p, badge } = renderBadge();
    click(badge);
    click(badge);
    expect(p.onToggle).toHaveBeenCalledTimes(2);
  });

  it('keeps focus in the editor on mouse press', () => {
    const { badge } = renderBadge();
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    badge.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('marks its state for styling', () => {
    expect(renderBadge({ issues: 2 }).badge.dataset.state).toBe('issues');
    mounted?.unmount();
    expect(renderBadge({ issues: 0, stepsDone: 3 }).badge.dataset.state).toBe('incomplete');
    mounted?.unmount();
    expect(renderBadge({ issues: 0, stepsDone: 6 }).badge.dataset.state).toBe('clean');
  });

  it('updates when the counts change', () => {
    const { p } = renderBadge();
    mounted!.rerender(<Badge {...p} stepsDone={5} issues={0} />);
    const badge = query(mounted!.root, '[data-defuse-badge]');
    expect(badge.textContent).toBe('5/6 · 0');
    expect(badge.getAttribute('data-steps-done')).toBe('5');
    expect(badge.getAttribute('data-issues')).toBe('0');
    expect(badge.getAttribute('aria-label')).toBe('Defuse: 5 of 6 steps done, 0 tone problems');
  });
});
