import { useState } from 'preact/hooks';

let counter = 0;

/**
 * A document-unique id for aria references. Preact's `useId` is only unique within one render root,
 * and the overlay renders the card and the panel as separate roots in the same shadow root.
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `defuse-${prefix}-${++counter}`);
  return id;
}
