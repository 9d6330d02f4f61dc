import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, OVERLAY_CSS, SEVERITIES, highlightName, underlineClass } from '../../../lib/ui/styles';

function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

const LINES = { error: 'wavy', warning: 'double', info: 'dotted' } as const;

describe('styles', () => {
  it('names highlights and mirror classes per severity', () => {
    expect(SEVERITIES.map(highlightName)).toEqual(['defuse-error', 'defuse-warning', 'defuse-info']);
    expect(underlineClass('warning')).toBe('defuse-u defuse-u-warning');
  });

  it('draws each severity with its own line shape, on highlights and on mirror spans alike', () => {
    for (const severity of SEVERITIES) {
      const highlight = block(HIGHLIGHT_CSS, `::highlight(defuse-${severity})`);
      const mirror = block(OVERLAY_CSS, `.defuse-u-${severity}`);
      expect(highlight).toContain(`underline ${LINES[severity]} `);
      expect(highlight.slice(highlight.indexOf('{'))).toBe(mirror.slice(mirror.indexOf('{')));
      expect(OVERLAY_CSS).toContain(`::highlight(defuse-${severity})`);
    }
    const colors = SEVERITIES.map((s) => /underline \w+ (#[0-9a-f]+)/.exec(block(HIGHLIGHT_CSS, `::highlight(defuse-${s})`))?.[1]);
    expect(new Set(colors).size).toBe(3);
  });

  it('keeps the page-level highlight rules self-contained', () => {
    // They go into the page's document, where neither :host nor our custom properties exist.
    expect(HIGHLIGHT_CSS).not.toContain('var(');
    expect(HIGHLIGHT_CSS).not.toContain(':host');
    expect(HIGHLIGHT_CSS).not.toContain('.defuse-u');
  });

  it('resets inherited page styles and sets its own font and colors', () => {
    const host = block(OVERLAY_CSS, ':host');
    expect(host).toContain('all: initial');
    expect(host).toContain('font-family:');
    expect(host).toContain('line-height:');
    expect(host).toContain('color: var(--defuse-fg)');
    expect(host).toContain('z-index: 2147483647');
  });

  it('has a dark theme, reduced motion, forced colors, and the card width', () => {
    expect(OVERLAY_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(OVERLAY_CSS).toContain('@media (prefers-reduced-motion: no-preference)');
    expect(OVERLAY_CSS).toContain('@media (forced-colors: active)');
    expect(block(OVERLAY_CSS, '.defuse-card')).toBeTruthy();
    expect(OVERLAY_CSS).toMatch(/\.defuse-card \{\s*max-width: 340px;/);
    // Animation only when the user has not asked for less motion.
    expect(OVERLAY_CSS.indexOf('animation:')).toBeGreaterThan(OVERLAY_CSS.indexOf('prefers-reduced-motion'));
  });

  it('styles every component and layer the overlay uses', () => {
    for (const selector of ['.defuse-card', '.defuse-badge', '.defuse-panel', '.defuse-mirror', '.defuse-marks', '.defuse-sr']) {
      expect(OVERLAY_CSS).toContain(selector);
    }
  });

  it('parses as a stylesheet with balanced braces', () => {
    for (const css of [OVERLAY_CSS, HIGHLIGHT_CSS]) expect(css.split('{').length).toBe(css.split('}').length);
    // happy-dom's parser drops ::highlight rules, so only the component rules can be checked this way.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    const texts = Array.from(sheet.cssRules, (rule) => rule.cssText);
    expect(texts.some((text) => text.startsWith(':host'))).toBe(true);
    expect(texts.some((text) => text.startsWith('.defuse-card'))).toBe(true);
    expect(texts.some((text) => text.startsWith('.defuse-u-error'))).toBe(true);
  });
});
