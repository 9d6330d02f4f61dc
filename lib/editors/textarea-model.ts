/**
 * A `<textarea>`'s value is already plain text, and its selection API speaks in value offsets:
 * the model is the value, every offset maps to itself on the textarea element.
 */
import type { Affinity, DomPoint, TextModel } from './types';

export function readTextareaModel(textarea: HTMLTextAreaElement): TextModel {
  const text = textarea.value;
  const clamp = (offset: number): number => Math.max(0, Math.min(Math.trunc(offset), text.length));
  return {
    text,
    toDom: (offset: number, _affinity?: Affinity): DomPoint => ({ node: textarea, offset: clamp(offset) }),
    fromDom: (node: Node, offset: number): number | null => (node === textarea ? clamp(offset) : null),
  };
}
