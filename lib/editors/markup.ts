/**
 * How the text model reads an editor's markup: which elements start lines, which are islands
 * the agent did not type, and which are left out as not being the reply. Decided from tags and
 * attributes only, never from layout, so reading stays cheap on every keystroke.
 */

/** Elements that render as their own block: their content starts and ends a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  // Table cells each get their own line: a reply's tables are short, and it keeps offsets simple.
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Replaced and embedded elements: they show something on the line but hold no text to read. */
const ATOMS = new Set([
  'audio', 'button', 'canvas', 'embed', 'iframe', 'img', 'input', 'math', 'meter', 'object', 'picture',
  'progress', 'select', 'svg', 'textarea', 'video',
]);

/** Never rendered as text. */
const NOT_RENDERED = new Set(['head', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * Parts of a draft that are not the agent's reply, by the markup mail and helpdesk editors use:
 * quoted history (any blockquote; Gmail wraps the attribution line and the quote together),
 * signatures (Gmail's classes, Zammad's `data-signature` block), and editor scaffolding that
 * holds no content (TinyMCE's "bogus" elements, CKEditor 5's hidden label of a selected widget).
 * Plain attribute checks rather than a selector: this runs for every element on every read.
 */
const LEFT_OUT_CLASS = /(?:^|\s)(?:gmail_quote|gmail_extra|gmail_signature|gmail_signature_prefix|ck-fake-selection-container)(?:\s|$)/;
const LEFT_OUT_ATTRIBUTES: ReadonlyArray<readonly [name: string, value: string]> = [
  ['data-signature', 'true'],
  ['data-mce-bogus', 'all'],
];

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

export function isLineBreak(el: Element): boolean {
  return el.localName === 'br';
}

/**
 * Content inside the editor that the agent cannot type into: mention chips, tags, widgets
 * (contenteditable="false"), and replaced elements. Shown, so a line holding only an island is
 * a line, but none of its text is the agent's.
 */
export function isIsland(el: Element): boolean {
  return el.getAttribute('contenteditable')?.toLowerCase() === 'false' || ATOMS.has(el.localName);
}

/** Elements left out of the text together with everything inside them. */
export function isLeftOut(el: Element): boolean {
  if (NOT_RENDERED.has(el.localName) || el.localName === 'blockquote' || el.hasAttribute('hidden')) return true;
  if (/(?:^|;)\s*display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  if (LEFT_OUT_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return LEFT_OUT_ATTRIBUTES.some(([name, value]) => el.getAttribute(name) === value);
}

/**
 * Whether white space inside `el` is kept as typed, judged from markup: a `<pre>`, or an inline
 * `white-space` style (Draft.js, Lexical and Slate set `pre-wrap` inline on their root). Null
 * when `el` does not say, and the surrounding setting holds.
 */
export function preservesWhiteSpace(el: Element): boolean | null {
  if (el.localName === 'pre') return true;
  const declared = /(?:^|;)\s*white-space\s*:\s*([a-z-]+)/i.exec(el.getAttribute('style') ?? '');
  return declared === null ? null : isPreservingValue(declared[1] as string);
}

/** `white-space` values (and `white-space-collapse` ones) that keep spaces and line feeds. */
export function isPreservingValue(value: string): boolean {
  return /^(pre|pre-wrap|pre-line|break-spaces|preserve|preserve-breaks)\b/.test(value.trim());
}
