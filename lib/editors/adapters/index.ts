/** Every editor adapter, sorted by id; a test checks that each file in this folder is listed. */
import { draftJs } from './draft-js';
import { tinymce } from './tinymce';
import { trix } from './trix';
import type { Browser, EditorAdapter } from './types';

export const ADAPTERS: readonly EditorAdapter[] = [draftJs, tinymce, trix];

/** The adapter for an editable root, if its library needs one. */
export function adapterFor(root: HTMLElement): EditorAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(root));
}

/** The browser the page runs in, for the few editor bugs that belong to one engine. */
export function browserOf(view: Window): Browser {
  return /\bFirefox\//.test(view.navigator.userAgent) ? 'firefox' : 'chromium';
}

/** Whether Defuse must leave this editor's text to the agent and offer suggestions to copy. */
export function isCopyOnly(root: HTMLElement): boolean {
  const view = root.ownerDocument.defaultView;
  const only = adapterFor(root)?.copyOnlyIn;
  return view !== null && only !== undefined && only.includes(browserOf(view));
}
