/**
 * Draft.js reads typing from React's `onBeforeInput`, which React builds from the `textInput`
 * event, not from `beforeinput`. Left to the browser's own edit, Draft rebuilt the changed text
 * from the DOM and, in the end-to-end run, dropped a link further along the paragraph. Given a
 * `textInput` for a selected range, Draft replaces it in its own model, formatting kept.
 */
import type { EditorAdapter } from './types';

export const draftJs: EditorAdapter = {
  id: 'draft-js',
  matches: (root) => root.classList.contains('public-DraftEditor-content'),
  replaceSelection(root, text) {
    const doc = root.ownerDocument;
    const event = doc.createEvent('TextEvent');
    event.initTextEvent('textInput', true, true, doc.defaultView, text);
    root.dispatchEvent(event);
    return event.defaultPrevented;
  },
};
