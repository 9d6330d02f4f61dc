/**
 * `npm run icons`: renders public/icon.svg to the PNG sizes the browsers and stores ask for,
 * into public/icon/<size>.png (committed; a package test fails when they no longer match the SVG).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** Toolbar (16, 32), extensions page (48, 96), Chrome Web Store and install dialogs (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '../public');
export const ICON_SVG = join(PUBLIC, 'icon.svg');
export const iconPath = (size: number): string => join(PUBLIC, `icon/${size}.png`);

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const svg = readFileSync(ICON_SVG, 'utf8');
  mkdirSync(dirname(iconPath(16)), { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(iconPath(size), renderIcon(svg, size));
    console.log(`Wrote ${iconPath(size)}`);
  }
}
