/**
 * Which fields Defuse coaches. A field qualifies when it is a place to write a reply: a
 * `<textarea>` or the root of a contenteditable region, enabled, writable, not opted out, shown,
 * and big enough to hold more than a one-line answer (or focused, see `MIN_LINES`).
 */
import { selfAndComposedAncestors } from './composed-tree';
import { isHTMLElement, isTextarea } from './node-guards';
import type { EditorKind } from './types';

export type NotCoachable =
  /** Not a textarea or contenteditable root: inputs of every type, plain elements. */
  | 'not-an-editor'
  /** Editable, but inside another editable root (a widget caption): the root is the editor. */
  | 'nested'
  /** Declares itself single-line: a search box or a combobox built on contenteditable. */
  | 'single-line'
  | 'read-only'
  | 'disabled'
  /** The page asked writing assistants to stay away, on the field or an ancestor. */
  | 'opted-out'
  | 'hidden'
  /** Too narrow for a sentence per line: a table cell, a tag input, a rename field. */
  | 'too-narrow'
  /** Shorter than `MIN_LINES` and not focused: a title or subject line. */
  | 'too-short';

/** Narrower than this holds a few words per line. */
export const MIN_WIDTH_PX = 120;

/**
 * A field whose content box is shorter than this many lines is a one-line field (title, subject,
 * inline rename). It is still coached while focused, and discovery keeps it once the agent has
 * focused it: chat composers, `<textarea rows="1">` ones included, start one line high and
 * grow, and a chat reply is where tone matters most.
 */
export const MIN_LINES = 1.5;

/** Grammarly's opt-outs, which pages already set to keep writing assistants out, and our own. */
const OPT_OUTS: ReadonlyArray<readonly [attribute: string, value: string]> = [
  ['data-gramm', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-defuse', 'off'],
];

const SINGLE_LINE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

export function isCoachable(el: Element): boolean {
  return whyNotCoachable(el) === null;
}

/** The first reason `el` is not coached, or null when it is. */
export function whyNotCoachable(el: Element): NotCoachable | null {
  if (editorKind(el) === null) return isEditable(el) ? 'nested' : 'not-an-editor';
  const html = el as HTMLElement;
  if (html.getAttribute('aria-multiline') === 'false' || SINGLE_LINE_ROLES.has(html.getAttribute('role') ?? '')) {
    return 'single-line';
  }
  if ((isTextarea(html) && html.readOnly) || html.getAttribute('aria-readonly') === 'true') return 'read-only';
  if (isDisabled(html)) return 'disabled';
  if (isOptedOut(html)) return 'opted-out';
  const box = boxOf(html);
  if (isHidden(html) || box.width === 0 || box.height === 0) return 'hidden';
  if (box.width < MIN_WIDTH_PX) return 'too-narrow';
  if (contentHeight(html, box.height) < MIN_LINES * lineHeight(html) && !isFocused(html)) return 'too-short';
  return null;
}

/**
 * What kind of editor `el` is, judged by markup alone (no layout): a `<textarea>`, the outermost
 * element of a contenteditable region, or the `<body>` of a `designMode` document. Null otherwise.
 */
export function editorKind(el: Element): EditorKind | null {
  if (isTextarea(el)) return 'textarea';
  if (!isHTMLElement(el)) return null;
  if (isDesignModeBody(el)) return 'contenteditable';
  if (!hasEditableAttribute(el)) return null;
  for (let parent = el.parentElement; parent !== null; parent = parent.parentElement) {
    if (hasEditableAttribute(parent) || isDesignModeBody(parent)) return null;
  }
  return 'contenteditable';
}

/** The editor a focused node belongs to: the textarea itself or the outermost editable element. */
export function editorRootOf(node: Element): HTMLElement | null {
  if (isTextarea(node)) return node;
  let root: HTMLElement | null = null;
  for (let el: Element | null = node; el !== null; el = el.parentElement) {
    if (isHTMLElement(el) && (hasEditableAttribute(el) || isDesignModeBody(el))) root = el;
  }
  return root;
}

/** `contenteditable` as written: "", "true" and "plaintext-only" turn editing on, "false" and junk do not. */
function hasEditableAttribute(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null) return false;
  const normalized = value.toLowerCase();
  return normalized === '' || normalized === 'true' || normalized === 'plaintext-only';
}

function isEditable(el: Element): boolean {
  return isHTMLElement(el) && (hasEditableAttribute(el) || isDesignModeBody(el));
}

/** TinyMCE's and old CKEditor's iframes may switch the whole document to editing with `designMode`. */
function isDesignModeBody(el: Element): boolean {
  const doc = el.ownerDocument;
  return doc.designMode === 'on' && el === doc.body;
}

function isDisabled(el: HTMLElement): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true;
  return isTextarea(el) && (el.disabled || isInDisabledFieldset(el));
}

/**
 * A disabled <fieldset> disables its controls, except those in its first <legend>. Checked by
 * hand rather than with `:disabled`, which not every DOM implementation applies to fieldsets.
 */
function isInDisabledFieldset(el: Element): boolean {
  for (let set = el.parentElement?.closest('fieldset[disabled]'); set; set = set.parentElement?.closest('fieldset[disabled]')) {
    const legend = [...set.children].find((child) => child.localName === 'legend');
    if (legend === undefined || !legend.contains(el)) return true;
  }
  return false;
}

function isOptedOut(el: HTMLElement): boolean {
  for (const ancestor of selfAndComposedAncestors(el)) {
    for (const [attribute, value] of OPT_OUTS) {
      if (ancestor.getAttribute(attribute)?.toLowerCase() === value) return true;
    }
  }
  return false;
}

/** display:none on the field or an ancestor, or visibility:hidden. */
function isHidden(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style === undefined || style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/**
 * The field's border box. An iframe editor's `<body>` is only as tall as its text, while the
 * agent writes in the whole frame: for a body, the frame's viewport is the box.
 */
function boxOf(el: HTMLElement): { width: number; height: number } {
  const view = el.ownerDocument.defaultView;
  if (el === el.ownerDocument.body && view !== null && view !== view.parent) {
    return { width: view.innerWidth, height: view.innerHeight };
  }
  return el.getBoundingClientRect();
}

function contentHeight(el: HTMLElement, borderBoxHeight: number): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style === undefined) return borderBoxHeight;
  const px = (value: string): number => Number.parseFloat(value) || 0;
  return (
    borderBoxHeight -
    px(style.paddingTop) -
    px(style.paddingBottom) -
    px(style.borderTopWidth) -
    px(style.borderBottomWidth)
  );
}

/** The used line height in px; `normal` is about 1.2 times the font size in every browser. */
function lineHeight(el: HTMLElement): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const fontSize = Number.parseFloat(style?.fontSize ?? '') || 16;
  const declared = style?.lineHeight ?? 'normal';
  if (declared.endsWith('px')) return Number.parseFloat(declared) || fontSize * 1.2;
  const factor = Number.parseFloat(declared);
  return Number.isFinite(factor) && factor > 0 ? factor * fontSize : fontSize * 1.2;
}

/** Focused within its own document or shadow root (a nested caption counts for its root). */
function isFocused(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active !== null && active !== undefined && (active === el || el.contains(active));
}
