import { beforeEach, describe, expect, it } from 'vitest';
import { TextareaMirror, type MirrorMark } from '../../../lib/overlay/mirror';

const mark = (text: string, phrase: string, id: string, from = 0): MirrorMark => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length, className: 'defuse-u-error', attributes: { 'data-defuse-underline': '', 'data-start': String(start), 'data-id': id } };
};

describe('the textarea mirror', () => {
  let mirror: TextareaMirror;
  let layer: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<textarea></textarea><div id="layer"></div>';
    layer = document.querySelector('#layer')!;
    mirror = new TextareaMirror(document.querySelector('textarea')!, layer);
  });
  const lines = () => [...layer.querySelectorAll('.defuse-mirror-line')];
  const hooks = () => [...layer.querySelectorAll('[data-defuse-underline]')].map((el) => [el.textContent, el.getAttribute('data-start')]);

  it('draws each line of the text as a block, with one span per mark, and keeps empty lines', () => {
    const text = 'Calm down.\n\nYou should have read it.\n';
    const spans = mirror.render(text, [mark(text, 'Calm down', 'a'), mark(text, 'You should have', 'b')]);
    expect(lines().map((l) => l.textContent)).toEqual(['Calm down.', '\u200b', 'You should have read it.', '\u200b']);
    expect(spans.map((s) => s.map((el) => el.textContent))).toEqual([['Calm down'], ['You should have']]);
    expect(hooks()).toEqual([['Calm down', '0'], ['You should have', '12']]);
  });

  it('rebuilds only the line that was typed in, and moves the offsets of the marks after it', () => {
    const before = 'Hello there.\nCalm down.\nYou should have read it.';
    mirror.render(before, [mark(before, 'Calm down', 'a'), mark(before, 'You should have', 'b')]);
    const [first, second, third] = lines();
    const after = 'Hello there!!\nCalm down.\nYou should have read it.';
    mirror.render(after, [mark(after, 'Calm down', 'a'), mark(after, 'You should have', 'b')]);
    expect(lines()[0]).not.toBe(first);
    expect(lines()[1]).toBe(second);
    expect(lines()[2]).toBe(third);
    expect(lines().map((l) => l.textContent)).toEqual(after.split('\n'));
    expect(hooks()).toEqual([['Calm down', '14'], ['You should have', '25']]);
  });

  it('follows lines added and removed in the middle', () => {
    const before = 'One.\nTwo.\nThree.';
    mirror.render(before, []);
    const [one, , three] = lines();
    mirror.render('One.\nTwo and a half.\nMore.\nThree.', []);
    expect(lines().map((l) => l.textContent)).toEqual(['One.', 'Two and a half.', 'More.', 'Three.']);
    expect(lines()[0]).toBe(one);
    expect(lines()[3]).toBe(three);
    mirror.render('Three.', []);
    expect(lines().map((l) => l.textContent)).toEqual(['Three.']);
  });

  it('splits a mark that runs over a line break into spans, with the hook on its first span only', () => {
    const text = 'WHY IS THIS\nSTILL BROKEN';
    const spans = mirror.render(text, [{ start: 0, end: text.length, className: 'defuse-u-warning', attributes: { 'data-defuse-underline': '', 'data-start': '0' } }]);
    expect(spans[0]!.map((s) => s.textContent)).toEqual(['WHY IS THIS', 'STILL BROKEN']);
    expect(hooks()).toEqual([['WHY IS THIS', '0']]);
  });

  it('gives a mark that stops being drawn its hook back when it is drawn again', () => {
    const text = 'Calm down.';
    mirror.render(text, [mark(text, 'Calm down', 'a')]);
    mirror.render(text, []);
    expect(hooks()).toEqual([]);
    mirror.render(text, [mark(text, 'Calm down', 'a')]);
    expect(hooks()).toEqual([['Calm down', '0']]);
  });
});
