/** `npm start` on a machine without a display: headless tour, screenshots on disk, paths printed. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/support/browsers';
import { pngSize, run, shellEnv } from './support';

const HEADLESS = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined, CI: undefined };

describe('npm start without a display', () => {
  it('types a sample reply and writes screenshots of the underlines, the card, the badge panel, the popup and the options page', async () => {
    const started = Date.now();
    const result = await run('npm', ['start'], { env: shellEnv({ ...HEADLESS, CHROMIUM_PATH: findBrowser('chromium') }) });
    expect(result.code, result.stderr).toBe(0);
    const shots = result.stdout.split('\n').filter((line) => /^\s+\S+\.png$/.test(line)).map((line) => line.trim());
    expect(shots.map((path) => basename(path))).toEqual(
      expect.arrayContaining(['underlines.png', 'card.png', 'badge-panel.png', 'popup.png', 'options.png']),
    );
    const images = await Promise.all(
      shots.map(async (path) => ({ path, written: (await stat(path)).mtimeMs, bytes: await readFile(path) })),
    );
    for (const { path, written, bytes } of images) {
      expect(written, `${path} written by this run`).toBeGreaterThanOrEqual(started - 1000);
      // Chrome Web Store screenshots must be 1280×800 or 640×400. The popup is shot at its own size,
      // for the README: a store listing uses the page shots.
      if (basename(path) === 'popup.png') expect(pngSize(bytes)?.width, path).toBeLessThanOrEqual(400);
      else expect(pngSize(bytes), path).toEqual({ width: 1280, height: 800 });
    }
    // Each step changed the page: no two screenshots are the same picture.
    expect(new Set(images.map(({ bytes }) => bytes.toString('base64'))).size).toBe(images.length);
  });

  it('says which CHROMIUM_PATH it could not find, and exits with an error', async () => {
    const result = await run('npm', ['start'], { env: shellEnv({ ...HEADLESS, CHROMIUM_PATH: '/nowhere/chromium' }) });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('npm start: CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.');
  });
});
