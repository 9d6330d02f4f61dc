/**
 * `npm start`: builds the Chromium package and opens the demo helpdesk with Defuse loaded.
 *
 * With a display it opens a normal window and waits until you close it. Without one (a server, CI)
 * it runs headless, types a sample reply and writes screenshots of the underlines, the open card,
 * the checklist panel the badge opens (badge-panel.png), the toolbar popup for that tab (popup.png)
 * and the options page (options.png) to .output/demo/, printing their paths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FIXTURE_HOSTNAME, REPO_ROOT, startFixtureServer } from '../tests/e2e/support/server';
import { canShowWindow, findChromium } from './demo-browser';

const EXTENSION = join(REPO_ROOT, '.output/chrome-mv3');
const SHOTS = join(REPO_ROOT, '.output/demo');
const SAMPLE =
  "Hi Jordan, calm down, we're on it. You should have restarted the router. Unfortunately we can't send a technician today.";

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const overlay = (page: Page) => page.locator('defuse-overlay');

async function headlessTour(context: BrowserContext, page: Page): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const shots: string[] = [];
  const shoot = async (name: string) => {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  await page.click('#rich');
  await page.keyboard.type(SAMPLE);
  await overlay(page).locator('[data-defuse-underline][data-rule-id="tone/blame"]').waitFor({ state: 'attached' });
  await shoot('underlines');

  const box = await overlay(page).locator('[data-defuse-underline][data-rule-id="tone/blame"] .defuse-hook-box').first().boundingBox();
  if (!box) fail('the demo could not find the underline it typed.');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await overlay(page).locator('[data-defuse-card]').waitFor();
  await shoot('card');
  await page.keyboard.press('Escape');

  await overlay(page).locator('[data-defuse-badge]').first().click();
  await overlay(page).locator('[data-step]').first().waitFor();
  await shoot('badge-panel');
  await page.keyboard.press('Escape');

  // The popup's bubble cannot be opened by automation: the same document in a popup-sized tab,
  // pointed at the demo's tab.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`${origin}/options.html`);
  // Runs in the extension page, where `chrome` is the extension API.
  const tabId = await popup.evaluate(`chrome.tabs.query({ url: '*://${FIXTURE_HOSTNAME}/*' }).then((tabs) => tabs[0]?.id)`);
  await popup.goto(`${origin}/popup.html?tab=${tabId}`);
  await popup.locator('[data-score]').waitFor();
  const popupShot = join(SHOTS, 'popup.png');
  await popup.locator('main').screenshot({ path: popupShot });
  shots.push(popupShot);

  const options = await context.newPage();
  await options.goto(`${origin}/options.html`);
  await options.locator('[data-section="rules"]').waitFor();
  const optionsShot = join(SHOTS, 'options.png');
  await options.screenshot({ path: optionsShot });
  shots.push(optionsShot);
  return shots;
}

async function main(): Promise<void> {
  const machine = { platform: process.platform, env: process.env, exists: existsSync };
  const browser = findChromium(machine);
  if ('problem' in browser) fail(browser.problem);
  console.log('Building the Chromium package...');
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startFixtureServer();
  const headless = !canShowWindow(machine);
  const context = await chromium.launchPersistentContext('', {
    executablePath: browser.path,
    headless,
    // The size both stores take for screenshots, so the headless shots can go on a listing as they are.
    viewport: { width: 1280, height: 800 },
    // Screenshots of a card caught mid fade-in look washed out.
    reducedMotion: headless ? 'reduce' : 'no-preference',
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The demo is served as a helpdesk subdomain (Defuse coaches only on helpdesk sites); the name
      // resolves to this machine's demo server and nowhere else.
      `--host-resolver-rules=MAP ${FIXTURE_HOSTNAME} 127.0.0.1`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('demo.html'));
  if (headless) {
    const shots = await headlessTour(context, page);
    console.log('No display, so the demo ran headless. Screenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
    await context.close();
    await server.close();
    return;
  }
  console.log(`Demo helpdesk: ${server.url('demo.html')}`);
  console.log('Type a reply in any of the three editors. Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
