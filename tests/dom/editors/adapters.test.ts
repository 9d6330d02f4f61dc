import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../lib/editors/adapters';
import { applyEdit } from '../../../lib/editors/apply-edit';
import { readTextModel } from '../../../lib/editors/text-model';
import { EDITOR_MARKUP, TINYMCE_BODY } from './editor-markup';

// happy-dom replaces the global URL, which node:url's helpers then reject; __dirname avoids both.
const adaptersDir = join(__dirname, '../../../lib/editors/adapters');

/** The editable root of a snippet of editor markup, mounted in the document. */
function mount(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

/** The library each EDITOR_MARKUP entry comes from, where it has an adapter. */
const ADAPTER_OF_MARKUP: Record<string, string> = { 'Draft.js': 'draft-js' };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('editor adapters', () => {
  it('lists every adapter file once, sorted, each id named after its file', () => {
    const files = readdirSync(adaptersDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(ADAPTERS.map((a) => a.id)).toEqual(files);
  });

  it.each(EDITOR_MARKUP)('recognises $name from its markup, and only its own library', ({ name, html }) => {
    expect(adapterFor(mount(html))?.id).toBe(ADAPTER_OF_MARKUP[name]);
  });

  it("recognises TinyMCE's editable body", () => {
    const root = mount(`<div class="${TINYMCE_BODY.attributes.class}" contenteditable="true">${TINYMCE_BODY.html}</div>`);
    expect(adapterFor(root)?.id).toBe('tinymce');
  });

  it("announces an applied edit to TinyMCE as a replacement, which closes TinyMCE's undo step", () => {
    const root = mount('<div class="mce-content-body" contenteditable="true"><p>Hello</p></div>');
    const seen: string[] = [];
    root.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
    adapterFor(root)?.afterEdit?.(root);
    expect(seen).toEqual(['insertReplacementText']);
  });
});

describe('applying an edit', () => {
  it('lets an editor that takes our beforeinput without cancelling it apply it alone (no second, native edit)', async () => {
    const root = mount('<div contenteditable="true"><p>You should have restarted it.</p></div>');
    // Like Trix and CKEditor 5: the editor changes its own DOM but leaves the event uncancelled.
    root.addEventListener('beforeinput', (event) => {
      const text = root.querySelector('p')!.firstChild as Text;
      text.data = text.data.replace('You should have restarted', (event as InputEvent).data ?? '');
    });
    // happy-dom has neither StaticRange nor execCommand: stand-ins, the second recording whether
    // the browser was asked to edit too.
    vi.stubGlobal('StaticRange', class { constructor(readonly range: Range) {} });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const native = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: native, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(document, 'execCommand');
    });
    const outcome = await applyEdit(root, () => readTextModel(root), {
      start: 0,
      end: 25,
      replacement: 'It helps to restart',
      expected: 'You should have restarted',
    });
    expect(outcome).toEqual({ ok: true, text: 'It helps to restart it.' });
    expect(native).not.toHaveBeenCalled();
  });
});
