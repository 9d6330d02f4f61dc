import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SVG, iconPath, renderIcon } from '../../../scripts/icons';

describe('icons', () => {
  // Byte equality holds for one resvg version on one platform (CI's): after a resvg upgrade, re-run it.
  it.each(ICON_SIZES)('public/icon/%d.png is public/icon.svg as `npm run icons` renders it', (size) => {
    const rendered = renderIcon(readFileSync(ICON_SVG, 'utf8'), size);
    expect(readFileSync(iconPath(size)).equals(rendered)).toBe(true);
  });
});
