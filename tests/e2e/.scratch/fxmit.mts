import puppeteer from 'puppeteer-core';
import { startFixtureServer } from '../support/server.ts';
import { firefoxPrefs } from '../support/browsers.ts';
const server = await startFixtureServer();
const mode = process.argv[2];
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: firefoxPrefs(server) });
await browser.installExtension('/tmp/mockext/firefox');
const page = await browser.newPage();
for (const p of await browser.pages()) if (p !== page) await p.close();
const out: number[] = [];
const text = 'You should have restarted the router.';
for (let i = 0; i < 8; i++) {
  await page.goto(server.url('react.html'));
  await page.waitForSelector('#reply');
  await page.focus('#reply');
  if (mode === 'press') for (const ch of text) await page.keyboard.press(ch as never);
  else if (mode === 'delay') await page.keyboard.type(text, { delay: 5 });
  else if (mode === 'sendchar') for (const ch of text) await page.keyboard.sendCharacter(ch);
  else await page.keyboard.type(text);
  await new Promise((r) => setTimeout(r, 300));
  out.push(await page.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value.length));
}
console.log(mode, out.join(' '));
await browser.close(); await server.close();
