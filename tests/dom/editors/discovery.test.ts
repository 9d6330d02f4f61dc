import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscovery, type Discovery } from '../../../lib/editors/discovery';
import type { Editor } from '../../../lib/editors/types';
import { setSize, settle, sizeEverything } from './layout';

let size: { mockRestore(): void };
let discovery: Discovery | null = null;
const added: Editor[] = [];
const removed: Editor[] = [];

function start(): Discovery {
  discovery = startDiscovery(document, { onAdded: (e) => added.push(e), onRemoved: (e) => removed.push(e) });
  return discovery;
}

const ids = (editors: Editor[]) => editors.map((e) => e.element.id);

beforeEach(() => {
  size = sizeEverything();
});

afterEach(() => {
  discovery?.stop();
  discovery = null;
  added.length = 0;
  removed.length = 0;
  size.mockRestore();
  document.body.innerHTML = '';
});

describe('discovery in the document', () => {
  it('reports the editors already on the page, and only the coachable ones', () => {
    document.body.innerHTML =
      '<textarea id="a"></textarea><div id="b" contenteditable="true"><p contenteditable="true">nested</p></div>' +
      '<input id="c"><textarea id="d" disabled></textarea><div data-defuse="off"><textarea id="e"></textarea></div>';
    const d = start();
    expect(ids(added)).toEqual(['a', 'b']);
    expect(added.map((e) => e.kind)).toEqual(['textarea', 'contenteditable']);
    expect(d.stats()).toMatchObject({ editors: 2, candidates: 4, roots: 1, observers: 1, listeners: 1 });
  });

  it('finds editors a single-page app adds later, and releases them when removed', async () => {
    const d = start();
    const panel = document.createElement('div');
    panel.innerHTML = '<div><div id="composer" contenteditable="true"><p>Hi</p></div></div>';
    document.body.append(panel);
    await settle();
    expect(ids(added)).toEqual(['composer']);
    const editor = added[0] as Editor;
    expect(editor.signal.aborted).toBe(false);

    panel.remove();
    await settle();
    expect(ids(removed)).toEqual(['composer']);
    expect(editor.signal.aborted).toBe(true);
    expect(d.stats()).toMatchObject({ editors: 0, candidates: 0 });
  });

  it('keeps an editor that is moved, without reporting it twice', async () => {
    document.body.innerHTML = '<div id="one"><textarea id="t"></textarea></div><div id="two"></div>';
    start();
    (document.getElementById('two') as HTMLElement).append(document.getElementById('t') as HTMLElement);
    await settle();
    expect(ids(added)).toEqual(['t']);
    expect(removed).toEqual([]);
  });

  it('follows attributes that change eligibility, on the field and on ancestors', async () => {
    document.body.innerHTML = '<section id="s"><div id="e" contenteditable="true"></div></section>';
    start();
    const section = document.getElementById('s') as HTMLElement;
    const editor = document.getElementById('e') as HTMLElement;

    section.setAttribute('data-defuse', 'off');
    await settle();
    expect(ids(removed)).toEqual(['e']);
    section.removeAttribute('data-defuse');
    await settle();
    expect(ids(added)).toEqual(['e', 'e']);

    editor.setAttribute('contenteditable', 'false');
    await settle();
    expect(ids(removed)).toEqual(['e', 'e']);
    editor.setAttribute('contenteditable', 'true');
    await settle();
    expect(ids(added)).toEqual(['e', 'e', 'e']);
  });

  it('finds a composer kept mounted but hidden once it is shown', async () => {
    document.body.innerHTML = '<div id="wrap" style="display: none"><textarea id="reply"></textarea></div>';
    const d = start();
    expect(added).toEqual([]);
    expect(d.stats().candidates).toBe(1);
    (document.getElementById('wrap') as HTMLElement).style.display = 'block';
    await settle();
    expect(ids(added)).toEqual(['reply']);
  });

  it('finds editor roots under an element that turns contenteditable off', async () => {
    document.body.innerHTML = '<div id="outer" contenteditable="true"><div id="inner" contenteditable="true"></div></div>';
    start();
    expect(ids(added)).toEqual(['outer']);
    (document.getElementById('outer') as HTMLElement).removeAttribute('contenteditable');
    await settle();
    expect(ids(removed)).toEqual(['outer']);
    expect(ids(added)).toEqual(['outer', 'inner']);
  });

  it('finds a field when the agent focuses it, even one only coached while focused', async () => {
    size.mockRestore();
    size = sizeEverything(400, 20);
    document.body.innerHTML = '<textarea id="chat" rows="1"></textarea>';
    start();
    expect(added).toEqual([]);
    const chat = document.getElementById('chat') as HTMLElement;
    chat.focus();
    expect(ids(added)).toEqual(['chat']);

    // Still coached after the agent clicks elsewhere and the box changes style (auto-grow).
    chat.blur();
    chat.style.height = '22px';
    await settle();
    expect(removed).toEqual([]);
  });
});

describe('discovery in shadow roots', () => {
  it('walks the open shadow roots already there, nested ones included', () => {
    document.body.innerHTML = '<x-app id="app"></x-app>';
    const outer = (document.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<x-panel></x-panel><textarea id="in-outer"></textarea>';
    const inner = (outer.querySelector('x-panel') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="in-inner" contenteditable="true"></div>';
    const d = start();
    expect(ids(added).sort()).toEqual(['in-inner', 'in-outer']);
    expect(d.stats()).toMatchObject({ roots: 3, observers: 3 });
  });

  it('finds editors added inside a shadow root later, and hosts added with their shadow root', async () => {
    document.body.innerHTML = '<x-app id="app"></x-app>';
    const shadow = (document.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' });
    start();
    const late = document.createElement('textarea');
    late.id = 'late';
    shadow.append(late);

    const host = document.createElement('x-widget');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="widget"></textarea>';
    document.body.append(host);
    await settle();
    expect(ids(added).sort()).toEqual(['late', 'widget']);
  });

  it('finds a shadow root attached after its host was inserted when focus enters it', async () => {
    document.body.innerHTML = '<x-late id="host"></x-late>';
    const d = start();
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="late"></textarea>';
    await settle();
    expect(added).toEqual([]);
    (shadow.getElementById('late') as HTMLElement).focus();
    expect(ids(added)).toEqual(['late']);
    expect(d.stats().roots).toBe(2);
  });

  it('releases the observer of a shadow root whose host is removed', async () => {
    document.body.innerHTML = '<x-app id="app"></x-app>';
    const host = document.getElementById('app') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="t"></textarea>';
    const d = start();
    expect(d.stats()).toMatchObject({ roots: 2, observers: 2, editors: 1 });
    host.remove();
    await settle();
    expect(ids(removed)).toEqual(['t']);
    expect(d.stats()).toMatchObject({ roots: 1, observers: 1, editors: 0, candidates: 0 });
  });
});

describe('discovery in iframes', () => {
  it("reaches into an about:blank iframe whose body is made editable later (TinyMCE, CKEditor 4)", async () => {
    const d = start();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await settle();
    const doc = frame.contentDocument as Document;
    doc.body.id = 'tinymce';
    doc.body.setAttribute('contenteditable', 'true');
    doc.body.innerHTML = '<p>Hello</p>';
    await settle();
    expect(ids(added)).toEqual(['tinymce']);
    expect(added[0]?.element.ownerDocument).toBe(doc);
    expect(d.stats()).toMatchObject({ roots: 2, frames: 1, observers: 2 });
  });

  it('starts a frame over after document.write, which erases listeners on its document', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const d = start();
    const doc = frame.contentDocument as Document;
    doc.open();
    doc.write('<html><body id="ck4" contenteditable="true"><p>Hi</p></body></html>');
    doc.close();
    await settle();
    expect(ids(added)).toEqual(['ck4']);
    // One focusin listener per document and one load listener per frame, no more, no fewer.
    expect(d.stats()).toMatchObject({ roots: 2, frames: 1, observers: 2, listeners: 3 });

    // The frame's focusin listener was added again: a field coached only while focused is found.
    const chat = doc.createElement('textarea');
    chat.id = 'chat';
    setSize(chat, 400, 20);
    doc.body.after(chat);
    await settle();
    expect(ids(added)).toEqual(['ck4']);
    chat.focus();
    expect(ids(added)).toEqual(['ck4', 'chat']);
  });

  it('swaps editors when a frame navigates to a new document', async () => {
    const d = start();
    const frame = document.createElement('iframe');
    frame.srcdoc = '<body><textarea id="first"></textarea></body>';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids(added)).toEqual(['first']);
    const first = added[0]?.element;
    frame.srcdoc = '<body><textarea id="second"></textarea></body>';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(removed.map((e) => e.element)).toEqual([first]);
    expect(added.map((e) => e.element)).toEqual([first, frame.contentDocument?.getElementById('second')]);
    expect(d.stats()).toMatchObject({ roots: 2, frames: 1, observers: 2, listeners: 3, editors: 1 });
  });

  it('reads a srcdoc iframe once it loads', async () => {
    const d = start();
    const frame = document.createElement('iframe');
    frame.srcdoc = '<body id="srcdoc" contenteditable="true"><p>Hi</p></body>';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ids(added)).toEqual(['srcdoc']);
    expect(d.stats().frames).toBe(1);
  });

  it('releases a frame and its editors when the iframe is removed', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    doc.body.innerHTML = '<textarea id="in-frame"></textarea>';
    const d = start();
    expect(ids(added)).toEqual(['in-frame']);
    frame.remove();
    await settle();
    // happy-dom empties a removed frame's document (ids included); browsers keep it intact but
    // detached from the page, which the liveness check covers. Compare elements, not ids.
    expect(removed.map((e) => e.element)).toEqual(added.map((e) => e.element));
    expect(d.stats()).toMatchObject({ roots: 1, frames: 0, observers: 1, listeners: 1, editors: 0, candidates: 0 });
  });

  it('can leave frames to their own content script', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    (frame.contentDocument as Document).body.innerHTML = '<textarea id="in-frame"></textarea>';
    discovery = startDiscovery(document, { onAdded: (e) => added.push(e), onRemoved: () => {} }, { frames: false });
    expect(added).toEqual([]);
    expect(discovery.stats().frames).toBe(0);
  });
});

describe('stopping', () => {
  it('reports every editor removed and leaves no listener or observer behind', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><x-app id="app"></x-app><iframe id="f"></iframe>';
    (document.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<textarea id="b"></textarea>';
    const frame = document.getElementById('f') as HTMLIFrameElement;
    (frame.contentDocument as Document).body.innerHTML = '<textarea id="c"></textarea>';
    const d = start();
    expect(ids(added).sort()).toEqual(['a', 'b', 'c']);
    expect(d.stats()).toMatchObject({ roots: 3, frames: 1, observers: 3, listeners: 3 });

    d.stop();
    expect(ids(removed).sort()).toEqual(['a', 'b', 'c']);
    expect(added.every((e) => e.signal.aborted)).toBe(true);
    expect(d.stats()).toEqual({ roots: 0, frames: 0, candidates: 0, editors: 0, observers: 0, listeners: 0 });
  });

  it('stops when the signal it was given aborts', () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const controller = new AbortController();
    const d = startDiscovery(document, { onAdded: (e) => added.push(e), onRemoved: (e) => removed.push(e) }, { signal: controller.signal });
    controller.abort();
    expect(ids(removed)).toEqual(['a']);
    expect(d.stats()).toMatchObject({ observers: 0, listeners: 0 });
  });

  it('ignores mutations after stopping', async () => {
    const d = start();
    d.stop();
    document.body.innerHTML = '<textarea id="late"></textarea>';
    await settle();
    expect(added).toEqual([]);
  });
});
