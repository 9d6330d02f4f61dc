/**
 * TinyMCE keeps its own undo history and records a step only at moments it recognises: a
 * navigation key, a mouse-down while typing, its own commands, or an `input` event whose type says
 * the text was replaced from outside the keyboard (a spelling fix, a paste). A suggestion applied
 * through the browser's editing is none of these, so Ctrl+Z would undo the agent's typing together
 * with it. Announcing the edit as the replacement it is closes the step where it belongs.
 */
import type { EditorAdapter } from './types';

export const tinymce: EditorAdapter = {
  id: 'tinymce',
  // The editable body (classic, in its iframe) or element (inline mode) carries this class.
  matches: (root) => root.classList.contains('mce-content-body'),
  afterEdit(root) {
    const view = root.ownerDocument.defaultView;
    if (!view) return;
    root.dispatchEvent(new view.InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  },
};
