import { launch } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
const d = await launch('firefox', server);
for (let i = 0; i < 8; i++) {
  await d.open('textarea.html');
  await d.run(() => { const w = window as unknown as { log: string[] }; w.log = []; for (const t of ['keydown', 'keypress', 'beforeinput', 'input', 'blur', 'focus', 'keyup']) document.addEventListener(t, (e) => w.log.push(`${t}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}:${(e.target as Element).tagName}`), true); }, null);
  await d.focus(['#reply']);
  await d.type('You should have restarted the router.');
  await new Promise((r) => setTimeout(r, 500));
  console.log(JSON.stringify(await d.getText()));
  const log = await d.run(() => (window as unknown as { log: string[] }).log, null);

}
await d.close(); await server.close();
