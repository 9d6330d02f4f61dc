import puppeteer from 'puppeteer-core';
import { startFixtureServer } from '../support/server.ts';
import { firefoxPrefs } from '../support/browsers.ts';
const server = await startFixtureServer();
for (const variant of ['full', 'noenv', 'defaultprefs']) {
  let t = performance.now();
  const lap = (l: string) => { const n = performance.now(); console.log(variant, l, Math.round(n - t)); t = n; };
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: variant === 'defaultprefs' ? { 'xpinstall.signatures.required': false } : firefoxPrefs(server),
    ...(variant === 'full' ? { env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } } : {}) });
  lap('launch');
  await browser.installExtension('/tmp/defuse-head/.output/firefox-mv3'); lap('install');
  const page = await browser.newPage(); lap('newPage');
  for (const p of await browser.pages()) if (p !== page) await p.close(); lap('close others');
  await browser.close(); lap('close');
}
await server.close();
