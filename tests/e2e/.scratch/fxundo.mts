import { launch } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
const d = await launch('firefox', server);
for (const mode of ['content', 'page', 'content-beforeinput']) {
  await d.open('textarea.html');
  await d.focus(['#reply']);
  await d.type('You should have restarted the router.');
  if (mode === 'page') await d.run(() => { const ta = document.querySelector('#reply') as HTMLTextAreaElement; ta.setSelectionRange(0, 25); document.execCommand('insertText', false, 'It helps to restart'); }, null);
  else await d.run(() => window.postMessage('mock-apply', '*'), null);
  await d.waitForText((t) => t.startsWith('It helps'), 'applied');
  await d.press('Control+z');
  await new Promise((r) => setTimeout(r, 500));
  console.log(mode, JSON.stringify(await d.getText()));
}
console.log(d.summary());
await d.close(); await server.close();
