import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, adapterFor, browserOf, isCopyOnly } from '../../../lib/editors/adapters';
import { applyEdit } from '../../../lib/editors/apply-edit';
import { readTextModel } from '../../../lib/editors/text-model';
import { EDITOR_MARKUP, TINYMCE_BODY } from './editor-markup';

// happy-dom replaces the global URL, which node:url's helpers then reject; __dirname avoids both.
const adaptersDir = join(__dirname, '../../../lib/editors/adapters');

const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const CHROMIUM_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** The editable root of a snippet of editor markup, mounted in the document. */
function mount(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

/** The library each EDITOR_MARKUP entry comes from, where it has an adapter. */
const ADAPTER_OF_MARKUP: Record<string, string> = { 'Draft.js': 'draft-js', Trix: 'trix' };

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

  it('tells the browser from the user agent', () => {
    expect(browserOf({ navigator: { userAgent: FIREFOX_UA } } as Window)).toBe('firefox');
    expect(browserOf({ navigator: { userAgent: CHROMIUM_UA } } as Window)).toBe('chromium');
  });

  it('makes Trix copy-only in Firefox, and in Firefox only', () => {
    const trix = mount('<trix-editor contenteditable=""><div>Hello</div></trix-editor>');
    const agent = vi.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue(FIREFOX_UA);
    expect(isCopyOnly(trix)).toBe(true);
    agent.mockReturnValue(CHROMIUM_UA);
    expect(isCopyOnly(trix)).toBe(false);
  });

  it('leaves a copy-only editor untouched when asked to apply, and says why', async () => {
    vi.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue(FIREFOX_UA);
    const trix = mount('<trix-editor contenteditable=""><div>You should have restarted it.</div></trix-editor>');
    const before = trix.innerHTML;
    const outcome = await applyEdit(trix, () => readTextModel(trix), {
      start: 0,
      end: 25,
      replacement: 'It helps to restart',
      expected: 'You should have restarted',
    });
    expect(outcome).toEqual({ ok: false, reason: 'copy-only', restored: true });
    expect(trix.innerHTML).toBe(before);
  });

  it("announces an applied edit to TinyMCE as a replacement, which closes TinyMCE's undo step", () => {
    const root = mount('<div class="mce-content-body" contenteditable="true"><p>Hello</p></div>');
    const seen: string[] = [];
    root.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
    adapterFor(root)?.afterEdit?.(root);
    expect(seen).toEqual(['insertReplacementText']);
  });
});
