/**
 * The stylesheets, as strings, for adoptedStyleSheets or a <style> element.
 *
 * Severity is always told by shape as well as color: error underlines are wavy, warnings double,
 * notes dotted, and each card and row carries an icon and a text label.
 */
import type { Severity } from '../analyzer/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How an underline is drawn: by its severity, or `subtle` (the agent's choice: all faint alike). */
export type UnderlineLook = Severity | 'subtle';
export const LOOKS: readonly UnderlineLook[] = [...SEVERITIES, 'subtle'];

/** Name under which the overlay registers a look's ranges in `CSS.highlights`. */
export function highlightName(look: UnderlineLook): string {
  return `defuse-${look}`;
}

/** Class list for a textarea mirror span (the Highlight API never paints inside a <textarea>). */
export function underlineClass(look: UnderlineLook): string {
  return `defuse-u defuse-u-${look}`;
}

interface UnderlineStyle {
  line: 'wavy' | 'double' | 'dotted';
  /**
   * Literal colors, not custom properties: these rules also go into the page's own document, where
   * our variables are not defined. Mid-tone values stay visible on light and dark editors alike.
   */
  color: string;
  /** Firefox before 146 paints no text-decoration on highlights; the tint keeps the range visible. */
  tint: string;
}

const UNDERLINES: Record<UnderlineLook, UnderlineStyle> = {
  error: { line: 'wavy', color: '#d93025', tint: 'rgba(217, 48, 37, 0.12)' },
  warning: { line: 'double', color: '#e37400', tint: 'rgba(227, 116, 0, 0.12)' },
  info: { line: 'dotted', color: '#1a73e8', tint: 'rgba(26, 115, 232, 0.1)' },
  subtle: { line: 'dotted', color: '#8c8c96', tint: 'rgba(140, 140, 150, 0.08)' },
};

function underlineDeclarations(style: UnderlineStyle): string {
  return `text-decoration: underline ${style.line} ${style.color};
  text-decoration-thickness: ${style.line === 'dotted' ? '2px' : '1.5px'};
  text-decoration-skip-ink: none;
  text-underline-offset: 2px;
  background-color: ${style.tint};`;
}

/**
 * The `::highlight()` rules for contenteditable editors. They must sit in a stylesheet that applies
 * to the editor's own tree: the page's document, or the shadow root holding the editor (Firefox
 * ignores a document-level rule for text inside a shadow root).
 */
export const HIGHLIGHT_CSS = LOOKS.map(
  (look) => `::highlight(${highlightName(look)}) {
  ${underlineDeclarations(UNDERLINES[look])}
}`,
).join('\n');

/** The same underlines on the textarea mirror's spans, which live in our shadow root. */
const MIRROR_UNDERLINE_CSS = LOOKS.map(
  (look) => `.defuse-u-${look} {
  ${underlineDeclarations(UNDERLINES[look])}
}`,
).join('\n');

const THEME_CSS = `
:host {
  /* Inherited properties (font, color, direction, letter-spacing...) still cross the shadow boundary. */
  all: initial;
  --defuse-bg: #ffffff;
  --defuse-bg-soft: #f4f6f8;
  --defuse-fg: #1f2328;
  --defuse-muted: #57606a;
  --defuse-border: #c9d1d9;
  --defuse-accent: #0b57d0;
  --defuse-accent-soft: #e8f0fe;
  --defuse-focus: #0b57d0;
  --defuse-ok: #1e7d32;
  --defuse-error: #b3261e;
  --defuse-warning: #8a4b00;
  --defuse-info: #0b57d0;
  --defuse-shadow: 0 6px 24px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  --defuse-icon-fg: var(--defuse-bg);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px;
  font-weight: 400;
  line-height: 1.45;
  color: var(--defuse-fg);
  direction: ltr;
  text-align: start;
  z-index: 2147483647;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
@media (prefers-color-scheme: dark) {
  :host {
    --defuse-bg: #1f232a;
    --defuse-bg-soft: #2a2f37;
    --defuse-fg: #e6e9ed;
    --defuse-muted: #a9b1bb;
    --defuse-border: #444c56;
    --defuse-accent: #a8c7fa;
    --defuse-accent-soft: #233449;
    --defuse-focus: #a8c7fa;
    --defuse-ok: #7fd48a;
    --defuse-error: #ffb4ab;
    --defuse-warning: #ffb86b;
    --defuse-info: #a8c7fa;
    --defuse-shadow: 0 6px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  }
}
@media print {
  :host {
    display: none;
  }
}
*,
*::before,
*::after {
  box-sizing: border-box;
}
`;

/** The overlay's layers: nothing in them may catch the pointer except our own controls. */
const LAYERS_CSS = `
.defuse-marks,
.defuse-ui {
  pointer-events: none;
}
/* Page rules aimed at our host element beat :host, so our UI states its own typography again. */
.defuse-ui {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  letter-spacing: normal;
  text-transform: none;
  color: var(--defuse-fg);
}
.defuse-hook-box {
  position: fixed;
  pointer-events: none;
}
/* A textarea indents only its first line, not each line after a line break. */
.defuse-mirror-line + .defuse-mirror-line {
  text-indent: 0;
}
/* Sits exactly over the textarea; only the underlines show, the textarea's own text stays visible. */
.defuse-mirror {
  position: fixed;
  margin: 0;
  overflow: hidden;
  color: transparent;
  -webkit-text-fill-color: transparent;
  background: transparent;
  pointer-events: none;
  user-select: none;
  -webkit-user-select: none;
}
.defuse-card,
.defuse-panel,
.defuse-badge {
  pointer-events: auto;
}
`;

const SHARED_CSS = `
.defuse-card,
.defuse-panel,
.defuse-badge {
  z-index: 2147483647;
  font: inherit;
  color: var(--defuse-fg);
}
.defuse-card,
.defuse-panel {
  background: var(--defuse-bg);
  border: 1px solid var(--defuse-border);
  border-radius: 10px;
  box-shadow: var(--defuse-shadow);
  padding: 12px 14px;
  overflow-wrap: anywhere;
}
.defuse-card:focus,
.defuse-panel:focus {
  outline: none;
}
p,
h2,
h3,
ul {
  margin: 0;
  padding: 0;
}
ul {
  list-style: none;
}
button,
summary {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
}
button:focus-visible,
summary:focus-visible {
  outline: 2px solid var(--defuse-focus);
  outline-offset: 2px;
}
.defuse-icon {
  flex: none;
  width: 16px;
  height: 16px;
}
.defuse-label {
  color: var(--defuse-muted);
  font-size: 12px;
}
.defuse-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
.defuse-button {
  border: 1px solid var(--defuse-border);
  border-radius: 6px;
  background: var(--defuse-bg);
  padding: 3px 10px;
  font-size: 13px;
}
.defuse-button:hover {
  background: var(--defuse-bg-soft);
}
.defuse-button-primary {
  border-color: var(--defuse-accent);
  color: var(--defuse-accent);
  font-weight: 600;
}
.defuse-close {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 28px;
  height: 28px;
  margin-inline-start: auto;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--defuse-muted);
}
.defuse-close:hover {
  background: var(--defuse-bg-soft);
  color: var(--defuse-fg);
}
@media (prefers-reduced-motion: no-preference) {
  .defuse-card,
  .defuse-panel {
    animation: defuse-in 120ms ease-out;
  }
  @keyframes defuse-in {
    from {
      opacity: 0;
      transform: translateY(2px);
    }
  }
}
`;

const CARD_CSS = `
.defuse-card {
  max-width: 340px;
  min-width: 240px;
  border-inline-start: 4px solid var(--defuse-sev);
}
.defuse-sev-error {
  --defuse-sev: var(--defuse-error);
}
.defuse-sev-warning {
  --defuse-sev: var(--defuse-warning);
}
.defuse-sev-info {
  --defuse-sev: var(--defuse-info);
}
.defuse-card-head {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-block-end: 6px;
}
.defuse-tag {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  color: var(--defuse-sev);
  font-size: 12px;
  font-weight: 700;
}
.defuse-category {
  color: var(--defuse-muted);
  font-size: 12px;
}
.defuse-category::before {
  content: '·';
  margin-inline-end: 8px;
}
.defuse-card-message {
  font-weight: 600;
}
.defuse-card-flagged {
  margin-block-start: 4px;
}
/* Repeats the underline's shape so the card visibly belongs to the words it explains. */
.defuse-quote {
  text-decoration-line: underline;
  text-decoration-color: var(--defuse-sev);
  text-decoration-skip-ink: none;
  text-underline-offset: 3px;
}
.defuse-sev-error .defuse-quote {
  text-decoration-style: wavy;
}
.defuse-sev-warning .defuse-quote {
  text-decoration-style: double;
}
.defuse-sev-info .defuse-quote {
  text-decoration-style: dotted;
  text-decoration-thickness: 2px;
}
.defuse-card-why {
  margin-block-start: 6px;
  color: var(--defuse-muted);
  font-size: 13px;
}
.defuse-suggestions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px;
  margin-block-start: 10px;
}
.defuse-suggestions > .defuse-label {
  flex-basis: 100%;
}
.defuse-apply {
  border: 1px solid var(--defuse-accent);
  border-radius: 6px;
  background: var(--defuse-accent-soft);
  padding: 4px 10px;
  text-align: start;
  white-space: pre-wrap;
  font-weight: 600;
}
.defuse-apply-remove {
  border-style: dashed;
  background: transparent;
}
.defuse-failure {
  margin-block-start: 10px;
  padding: 8px 10px;
  border: 1px solid var(--defuse-warning);
  border-radius: 6px;
  background: var(--defuse-bg-soft);
  font-size: 13px;
}
.defuse-failure-row {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-block-start: 6px;
}
.defuse-copy-source {
  flex: 1;
  padding: 2px 6px;
  border-radius: 4px;
  background: var(--defuse-bg);
  white-space: pre-wrap;
  user-select: all;
  -webkit-user-select: all;
}
.defuse-copy-status:empty {
  display: none;
}
.defuse-copy-status {
  margin-block-start: 4px;
  font-size: 12px;
  font-weight: 600;
}
.defuse-failure[data-copy-state='copied'] .defuse-copy-status {
  color: var(--defuse-ok);
}
.defuse-failure[data-copy-state='copied'] .defuse-copy-status::before {
  content: '✓ ';
}
.defuse-card-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-block-start: 12px;
  padding-block-start: 10px;
  border-block-start: 1px solid var(--defuse-border);
}
.defuse-shortcut-hint {
  margin: 8px 0 0;
  font-size: 12px;
  color: var(--defuse-muted);
}
`;

const BADGE_CSS = `
.defuse-badge {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  min-height: 24px;
  padding: 2px 9px;
  border: 1px solid var(--defuse-border);
  border-radius: 999px;
  background: var(--defuse-bg);
  box-shadow: 0 1px 4px rgba(15, 23, 42, 0.16);
  font-size: 12px;
  font-weight: 600;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}
.defuse-badge-issues {
  border-color: var(--defuse-warning);
  border-width: 2px;
}
.defuse-badge-clean {
  border-color: var(--defuse-ok);
}
.defuse-badge[aria-expanded='true'] {
  background: var(--defuse-accent-soft);
}
`;

const PANEL_CSS = `
.defuse-panel {
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: min(70vh, 560px);
  overflow: auto;
  overscroll-behavior: contain;
}
.defuse-panel-head {
  display: flex;
  align-items: center;
  gap: 8px;
}
.defuse-title {
  font-size: 15px;
  font-weight: 700;
}
.defuse-score {
  display: flex;
  align-items: baseline;
  gap: 6px;
  margin-block: 4px 10px;
}
.defuse-score-value {
  font-size: 20px;
  font-weight: 700;
  font-variant-numeric: tabular-nums;
}
.defuse-subtitle {
  margin-block: 10px 6px;
  color: var(--defuse-muted);
  font-size: 12px;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
.defuse-steps {
  display: grid;
  gap: 8px;
}
.defuse-step {
  padding: 8px 10px;
  border: 1px solid var(--defuse-border);
  border-radius: 8px;
}
.defuse-step-missing {
  border-style: dashed;
}
.defuse-step-head {
  display: flex;
  align-items: center;
  gap: 6px;
}
.defuse-step-done .defuse-step-head .defuse-icon {
  color: var(--defuse-ok);
}
.defuse-step-missing .defuse-step-head .defuse-icon {
  color: var(--defuse-muted);
}
.defuse-step-title {
  font-weight: 600;
}
.defuse-step-status {
  margin-inline-start: auto;
  color: var(--defuse-muted);
  font-size: 12px;
}
.defuse-step-tip {
  margin-block-start: 2px;
  color: var(--defuse-muted);
  font-size: 13px;
}
.defuse-example {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  margin-block-start: 6px;
}
.defuse-phrase {
  flex: 1;
  font-style: italic;
}
.defuse-insert {
  flex: none;
}
.defuse-more {
  margin-block-start: 4px;
  font-size: 13px;
}
.defuse-more > summary {
  color: var(--defuse-accent);
  width: max-content;
}
.defuse-tone {
  display: grid;
  gap: 2px;
}
`;

const FORCED_COLORS_CSS = `
@media (forced-colors: active) {
  .defuse-card,
  .defuse-panel,
  .defuse-badge,
  .defuse-apply,
  .defuse-button {
    border: 1px solid CanvasText;
  }
  .defuse-card {
    border-inline-start-width: 4px;
  }
}
`;

/**
 * Everything the overlay's shadow root needs: theme, layers, components, the mirror's underlines,
 * and the highlight rules too, for editors the overlay itself hosts.
 */
export const OVERLAY_CSS = [
  THEME_CSS,
  LAYERS_CSS,
  SHARED_CSS,
  CARD_CSS,
  BADGE_CSS,
  PANEL_CSS,
  MIRROR_UNDERLINE_CSS,
  HIGHLIGHT_CSS,
  FORCED_COLORS_CSS,
].join('\n');
