import puppeteer from 'puppeteer-core';
import { startFixtureServer } from '../support/server.ts';
import { firefoxPrefs } from '../support/browsers.ts';
const server = await startFixtureServer();
const variant = process.argv[2] ?? 'default';
const extra: Record<string, unknown> = {};
if (variant === 'grant-false') extra['extensions.originControls.grantByDefault'] = false;
if (variant === 'grant-true') extra['extensions.originControls.grantByDefault'] = true;
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
  extraPrefsFirefox: { ...firefoxPrefs(server), ...extra }, dumpio: process.env.DUMPIO === '1' });
const id = await browser.installExtension(process.argv[3] ?? '/tmp/defuse-head/.output/firefox-mv3');
const page = (await browser.pages())[0]!;
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(server.url('textarea.html'));
await page.focus('#reply');
await page.keyboard.type('hi');
let v = null;
for (let i = 0; i < 40 && !v; i++) { v = await page.evaluate(() => document.querySelector('#reply')!.getAttribute('data-defuse')); await new Promise(r => setTimeout(r, 50)); }
console.log('cs', await page.evaluate(() => document.documentElement.getAttribute('data-cs')));
console.log(variant, 'id', id, 'data-defuse =', v, 'value', await page.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value));
console.log('foreign', server.foreignRequests());
await browser.close(); await server.close();
