/** Every editor adapter, sorted by id; a test checks that each file in this folder is listed. */
import { draftJs } from './draft-js';
import { tinymce } from './tinymce';
import type { EditorAdapter } from './types';

export const ADAPTERS: readonly EditorAdapter[] = [draftJs, tinymce];

/** The adapter for an editable root, if its library needs one. */
export function adapterFor(root: HTMLElement): EditorAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(root));
}
