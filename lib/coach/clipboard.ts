/** "Copy suggestion" when an editor refused an edit: the async clipboard, else a copy from our own shadow root. */
export async function copyText(root: ShadowRoot, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure pages have no navigator.clipboard; a selection inside our overlay can still be copied.
    const doc = root.ownerDocument;
    const scratch = doc.createElement('textarea');
    scratch.value = text;
    scratch.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
    root.append(scratch);
    scratch.select();
    const copied = doc.execCommand('copy');
    scratch.remove();
    return copied;
  }
}
