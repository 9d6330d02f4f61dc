import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../lib/ui/card';
import { diagnostic } from './fixtures';
import { click, flush, key, mount, query, queryAll, textOfIds, type Mounted } from './mount';

const FAILURE_TEXT =
  'This editor did not accept the change, so nothing was changed. Copy the suggestion and paste it yourself.';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function props(overrides: Partial<CardProps> = {}): CardProps {
  return {
    diagnostic: diagnostic(),
    onApply: vi.fn(),
    onIgnore: vi.fn(),
    onDisableRule: vi.fn(),
    onClose: vi.fn(),
    onCopy: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
}

function renderCard(overrides: Partial<CardProps> = {}) {
  const p = props(overrides);
  mounted = mount(<Card {...p} />);
  const root = mounted.root;
  return { p, root, card: query(root, '[data-defuse-card]') };
}

describe('Card: content and accessibility', () => {
  it('is a non-modal dialog named by the message and described by the why', () => {
    const { root, card } = renderCard();
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-modal')).toBe('false');
    expect(textOfIds(root, card.getAttribute('aria-labelledby'))).toBe('Blames the customer');
    expect(textOfIds(root, card.getAttribute('aria-describedby'))).toBe(
      'Pointing at what the customer did wrong makes them defend themselves. Name the fix instead.',
    );
    expect(card.dataset.rule).toBe('tone/blame');
    expect(card.dataset.severity).toBe('error');
    expect(card.dataset.category).toBe('blame');
  });

  it('quotes the flagged words', () => {
    const { root } = renderCard();
    expect(query(root, '[data-defuse-flagged]').textContent).toBe('“you should have”');
    expect(query(root, '.defuse-card-flagged').textContent).toBe('You wrote “you should have”');
  });

  it('names severity and category in text, with a shape icon hidden from assistive tech', () => {
    const { root } = renderCard({ diagnostic: diagnostic({ severity: 'warning', category: 'insincere-apology' }) });
    const tag = query(root, '[data-defuse-severity]');
    expect(tag.textContent).toBe('May escalate');
    const icon = query(tag, 'svg');
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.getAttribute('class')).toContain('defuse-icon-warning');
    expect(query(root, '.defuse-category').textContent).toBe('Insincere apology');
    expect(query(root, '.defuse-card').className).toContain('defuse-sev-warning');
  });

  it('gives each severity its own label', () => {
    const labels = (['error', 'warning', 'info'] as const).map((severity) => {
      const { root } = renderCard({ diagnostic: diagnostic({ severity }) });
      const text = query(root, '[data-defuse-severity]').textContent;
      mounted?.unmount();
      mounted = undefined;
      return text;
    });
    expect(new Set(labels).size).toBe(3);
  });

  it('has a labelled close button', () => {
    const { p, root } = renderCard();
    const close = query(root, '.defuse-close');
    expect(close.getAttribute('aria-label')).toBe('Close');
    click(close);
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });

  it('uses ids that stay unique when two cards share a shadow root', () => {
    const a = mount(
      <>
        <Card {...props()} />
        <Card {...props()} />
      </>,
    );
    const ids = queryAll(a.root, '[id]').map((el) => el.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    a.unmount();
  });
});

describe('Card: suggestions and actions', () => {
  it('renders one apply button per suggestion with exactly the suggestion as text', () => {
    const suggestions = ['it helps to', "let's", '  spaced  ', 'We’re on it — thanks!'];
    const { root } = renderCard({ diagnostic: diagnostic({ suggestions }) });
    const buttons = queryAll<HTMLButtonElement>(root, 'button[data-defuse-apply]');
    expect(buttons.map((b) => b.textContent)).toEqual(suggestions);
    for (const b of buttons) {
      expect(b.type).toBe('button');
      expect(b.hasAttribute('aria-label')).toBe(false);
    }
  });

  it('labels the button of an empty suggestion as a removal', () => {
    const { root } = renderCard({ diagnostic: diagnostic({ text: 'obviously', suggestions: ['', 'as it happens'] }) });
    const [remove, other] = queryAll(root, 'button[data-defuse-apply]');
    expect(remove?.textContent).toBe('Remove');
    expect(remove?.getAttribute('aria-label')).toBe('Remove “obviously”');
    expect(other?.textContent).toBe('as it happens');
  });

  it('calls onApply with the index of the clicked suggestion', () => {
    const { p, root } = renderCard({ diagnostic: diagnostic({ suggestions: ['a', '', 'c'] }) });
    const buttons = queryAll(root, 'button[data-defuse-apply]');
    click(buttons[2]!);
    click(buttons[1]!);
    click(buttons[0]!);
    expect(vi.mocked(p.onApply).mock.calls).toEqual([[2], [1], [0]]);
  });

  it('renders no suggestion group when there is nothing to suggest', () => {
    const { root } = renderCard({ diagnostic: diagnostic({ suggestions: [] }) });
    expect(root.querySelector('[data-defuse-apply]')).toBeNull();
    expect(root.querySelector('[role="group"]')).toBeNull();
  });

  it('labels the suggestion group', () => {
    const { root } = renderCard();
    expect(query(root, '[role="group"]').getAttribute('aria-label')).toBe('Try instead');
  });

  it('offers Ignore once and Turn off this rule', () => {
    const { p, root } = renderCard();
    const ignore = query(root, '[data-defuse-action="ignore"]');
    const disable = query(root, '[data-defuse-action="disable-rule"]');
    expect(ignore.textContent).toBe('Ignore once');
    expect(disable.textContent).toBe('Turn off this rule');
    click(ignore);
    expect(p.onIgnore).toHaveBeenCalledTimes(1);
    expect(p.onDisableRule).not.toHaveBeenCalled();
    click(disable);
    expect(p.onDisableRule).toHaveBeenCalledTimes(1);
    expect(p.onApply).not.toHaveBeenCalled();
    expect(p.onClose).not.toHaveBeenCalled();
  });

  it('offers no "Turn off this rule" where the agent may not turn it off (a team phrase)', () => {
    const { root } = renderCard({ onDisableRule: undefined });
    expect(root.querySelector('[data-defuse-action="disable-rule"]')).toBeNull();
    expect(query(root, '[data-defuse-action="ignore"]').textContent).toBe('Ignore once');
  });

  it('keeps focus in the editor when a button is pressed with the mouse, but lets text be selected', () => {
    const { root, card } = renderCard();
    const onButton = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    query(root, '[data-defuse-apply]').dispatchEvent(onButton);
    expect(onButton.defaultPrevented).toBe(true);
    const onText = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    query(card, '.defuse-card-why').dispatchEvent(onText);
    expect(onText.defaultPrevented).toBe(false);
  });
});

describe('Card: keyboard', () => {
  it('calls onClose on Escape and keeps the key from the page', () => {
    const { p, root } = renderCard();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    const event = key(query(root, '[data-defuse-apply]'), 'Escape');
    document.removeEventListener('keydown', pageListener);
    expect(p.onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('ignores other keys', () => {
    const { p, root } = renderCard();
    const event = key(query(root, '[data-defuse-apply]'), 'Enter');
    expect(p.onClose).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('cycles Tab within the card in both directions', () => {
    const { root } = renderCard();
    const order = queryAll(root, 'button');
    // Close, two suggestions, Ignore once, Turn off this rule.
    expect(order).toHaveLength(5);
    const first = order[0]!;
    const last = order[order.length - 1]!;

    last.focus();
    const forward = key(last, 'Tab');
    expect(forward.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(first);

    key(first, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(last);

    order[1]!.focus();
    key(order[1]!, 'Tab');
    expect(root.activeElement).toBe(order[2]);
    key(order[2]!, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(order[1]);
  });

  it('brings Tab from the card itself to its first control', () => {
    const { root, card } = renderCard();
    card.focus();
    key(card, 'Tab');
    expect(root.activeElement).toBe(queryAll(root, 'button')[0]);
  });

  it('focuses the first suggestion when opened from the keyboard', () => {
    const { root } = renderCard({ autoFocus: true });
    expect(root.activeElement).toBe(query(root, '[data-defuse-apply]'));
  });

  it('focuses the first action when there is no suggestion', () => {
    const { root } = renderCard({ autoFocus: true, diagnostic: diagnostic({ suggestions: [] }) });
    expect(root.activeElement).toBe(query(root, '[data-defuse-action="ignore"]'));
  });

  it('focuses again when the overlay reuses the card for another problem', () => {
    const p = props({ autoFocus: true });
    mounted = mount(<Card {...p} />);
    const other = diagnostic({ ruleId: 'tone/dismissive', start: 50, end: 55, text: 'whatever', suggestions: ['fair point'] });
    query(mounted.root, '[data-defuse-action="ignore"]').focus();
    mounted.rerender(<Card {...p} diagnostic={other} />);
    expect(mounted.root.activeElement?.textContent).toBe('fair point');
  });

  it('does not take focus when opened by hovering', () => {
    const outside = document.createElement('textarea');
    document.body.append(outside);
    outside.focus();
    const { root } = renderCard({ autoFocus: false });
    expect(root.activeElement).toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});

describe('Card: apply failure and copy', () => {
  it('shows nothing about failure until an apply fails', () => {
    const { root } = renderCard();
    expect(root.querySelector('[data-defuse-failure]')).toBeNull();
    expect(root.querySelector('[data-defuse-copy]')).toBeNull();
  });

  it('explains the failure and offers to copy the suggestion that failed', async () => {
    const { p, root } = renderCard({ failure: { index: 1 } });
    const failure = query(root, '[data-defuse-failure]');
    const alert = query(failure, '[role="alert"]');
    expect(alert.textContent).toBe(FAILURE_TEXT);
    expect(query(failure, '.defuse-copy-source').textContent).toBe("let's");
    const copy = query(failure, 'button[data-defuse-copy]');
    expect(copy.textContent).toBe('Copy suggestion');
    const status = query(failure, '[role="status"]');
    expect(status.textContent).toBe('');
    expect(failure.dataset.copyState).toBe('idle');

    click(copy);
    await flush();
    expect(p.onCopy).toHaveBeenCalledWith("let's");
    expect(status.textContent).toBe('Copied');
    expect(status.hasAttribute('data-defuse-copied')).toBe(true);
    expect(failure.dataset.copyState).toBe('copied');
  });

  it('treats a copy handler that returns nothing as a success', async () => {
    const { root } = renderCard({ failure: { index: 0 }, onCopy: () => undefined });
    click(query(root, '[data-defuse-copy]'));
    await flush();
    expect(query(root, '[role="status"]').textContent).toBe('Copied');
  });

  it('says so when the clipboard refuses, by result or by rejection', async () => {
    for (const onCopy of [() => Promise.resolve(false), () => Promise.reject(new Error('denied'))]) {
      const { root } = renderCard({ failure: { index: 0 }, onCopy });
      click(query(root, '[data-defuse-copy]'));
      await flush();
      expect(query(root, '[role="status"]').textContent).toBe(
        'Could not copy. Select the suggestion and copy it yourself.',
      );
      expect(query(root, '[data-defuse-failure]').dataset.copyState).toBe('failed');
      mounted?.unmount();
      mounted = undefined;
    }
  });

  it('asks the agent to delete the words when a removal failed, with nothing to copy', () => {
    const { root } = renderCard({ diagnostic: diagnostic({ suggestions: [''] }), failure: { index: 0 } });
    expect(query(root, '[role="alert"]').textContent).toBe(
      'This editor did not accept the change, so nothing was changed. Delete the words yourself.',
    );
    expect(root.querySelector('[data-defuse-copy]')).toBeNull();
  });

  it('ignores a failure index that matches no suggestion', () => {
    const { root } = renderCard({ failure: { index: 9 } });
    expect(root.querySelector('[data-defuse-failure]')).toBeNull();
  });

  it('resets the Copied state when another apply fails', async () => {
    const p = props({ failure: { index: 0 } });
    mounted = mount(<Card {...p} />);
    click(query(mounted.root, '[data-defuse-copy]'));
    await flush();
    expect(query(mounted.root, '[role="status"]').textContent).toBe('Copied');
    mounted.rerender(<Card {...p} failure={{ index: 1 }} />);
    expect(query(mounted.root, '[role="status"]').textContent).toBe('');
    expect(query(mounted.root, '.defuse-copy-source').textContent).toBe("let's");
  });

  it('clears the failure state when the card moves to another problem', async () => {
    const p = props({ failure: { index: 0 } });
    mounted = mount(<Card {...p} />);
    click(query(mounted.root, '[data-defuse-copy]'));
    await flush();
    mounted.rerender(<Card {...p} diagnostic={diagnostic({ start: 80, end: 84, text: 'just' })} />);
    expect(query(mounted.root, '[data-defuse-failure]').dataset.copyState).toBe('idle');
  });

  it('moves focus to Copy suggestion when the agent was working in the card', () => {
    const p = props({ autoFocus: true });
    mounted = mount(<Card {...p} />);
    expect(mounted.root.activeElement).toBe(query(mounted.root, '[data-defuse-apply]'));
    mounted.rerender(<Card {...p} failure={{ index: 0 }} />);
    expect(mounted.root.activeElement).toBe(query(mounted.root, '[data-defuse-copy]'));
  });

  it('leaves focus in the editor when the apply came from a mouse click', () => {
    const outside = document.createElement('textarea');
    document.body.append(outside);
    outside.focus();
    const p = props();
    mounted = mount(<Card {...p} />);
    mounted.rerender(<Card {...p} failure={{ index: 0 }} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
