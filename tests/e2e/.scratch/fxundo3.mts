import { launch } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
const d = await launch('firefox', server);
for (const variant of ['cs:body', 'cs:shadow', 'cs:owner', 'cs:timeout']) {
  await d.open('textarea.html');
  await d.focus(['#reply']);
  await d.type('You should have restarted the router.');
  if (variant === 'click-words') await d.clickText(['#reply'], 'You should');
  if (variant === 'mirror-only') await d.textRect(['#reply'], 'You should');
  if (variant === 'click-h1') await d.click(['h1']);
  if (variant.startsWith('cs:')) { await d.run((_h, v) => window.postMessage('mock-btn:' + v.slice(3), '*'), variant); await d.waitFor(() => !!document.querySelector('body > button, x-ov'), null); } else await d.run((_h, v) => {
    const ta = document.querySelector('#reply') as HTMLTextAreaElement;
    const b = document.createElement('button'); b.textContent = 'APPLY'; b.style.cssText = 'position:fixed;left:10px;top:10px;width:100px;height:30px';
    const apply = () => { ta.focus(); ta.setSelectionRange(0, 25); document.execCommand('insertText', false, 'It helps to restart'); };
    if (v !== 'body-nopd') b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => (v === 'settimeout-apply' ? setTimeout(apply, 0) : apply()));
    (window as unknown as { applyNow: () => void }).applyNow = apply;
    if (v === 'shadow-pd') { const host = document.createElement('x-ov'); host.attachShadow({ mode: 'open' }).append(b); document.documentElement.append(host); } else document.body.append(b);
  }, variant);
  if (variant === 'no-click') await d.run(() => (window as unknown as { applyNow: () => void }).applyNow(), null);
  else await d.clickAt(60, 25);
  await d.waitForText((t) => t.startsWith('It helps'), 'applied');
  await d.press('Control+z');
  await new Promise((res) => setTimeout(res, 400));
  console.log(variant, JSON.stringify(await d.getText()));
}
console.log(d.summary());
await d.close(); await server.close();
