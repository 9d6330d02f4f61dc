/**
 * Editors inside iframes. TinyMCE and CKEditor 4 edit a `<body contenteditable>` inside an
 * about:blank or same-origin iframe that they fill with document.write, which wipes the
 * frame's event listeners and is often done before a content script could start in it; so the
 * parent's script reaches into such frames itself. Cross-origin frames run their own copy.
 */

/** The frame's document when this script may touch it (same origin or about:blank), else null. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * True in a frame whose parent document is same-origin: the parent's discovery already reaches
 * it, so the frame's own copy of the content script should stay idle or every editor would be
 * coached twice. `frameElement` is null exactly when the parent could not reach in either.
 */
export function isReachedFromParent(win: Window): boolean {
  try {
    return win !== win.parent && win.frameElement !== null && win.frameElement !== undefined;
  } catch {
    return false;
  }
}
