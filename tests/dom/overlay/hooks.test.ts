import { describe, expect, it } from 'vitest';
import { HookLayer, type Hook } from '../../../lib/overlay/hooks';

const hook = (start: number, boxes: Hook['boxes']): Hook => ({
  className: 'defuse-hook defuse-hook-error',
  attributes: { 'data-defuse-underline': '', 'data-start': String(start) },
  boxes,
});
const box = (left: number) => ({ left, top: 10, width: 40, height: 16 });

describe('underline hooks', () => {
  it('shows one element per underline with its attributes and boxes, updated in place', () => {
    document.body.innerHTML = '<div id="layer"></div>';
    const layer = document.querySelector<HTMLElement>('#layer')!;
    const hooks = new HookLayer(layer);
    hooks.show([hook(0, [box(5)]), hook(20, [box(60), box(5)])]);
    const all = () => [...layer.querySelectorAll<HTMLElement>('[data-defuse-underline]')];
    const first = all()[0]!;
    const firstBox = first.querySelector<HTMLElement>('.defuse-hook-box')!;
    expect(all().map((h) => [h.getAttribute('data-start'), h.querySelectorAll('.defuse-hook-box').length])).toEqual([['0', 1], ['20', 2]]);
    expect(firstBox.style.left).toBe('5px');

    hooks.show([hook(1, [box(9)])]);
    expect(all()).toEqual([first]);
    expect(first.getAttribute('data-start')).toBe('1');
    expect(first.querySelector('.defuse-hook-box')).toBe(firstBox);
    expect(firstBox.style.left).toBe('9px');

    hooks.remove();
    expect(layer.children).toHaveLength(0);
  });
});
