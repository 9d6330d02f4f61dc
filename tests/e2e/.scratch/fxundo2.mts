import { launch } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
const d = await launch('firefox', server);
for (const variant of ['full', 'noclickwords']) {
  await d.open('textarea.html');
  await d.run(() => { const w = window as unknown as { log: string[] }; w.log = []; for (const t of ['keydown', 'beforeinput', 'input', 'focus', 'blur', 'mousedown', 'click']) window.addEventListener(t, (e) => w.log.push(`${t}:${(e as KeyboardEvent).key ?? (e as InputEvent).inputType ?? ''}:${(e as KeyboardEvent).ctrlKey ?? ''}:${(e.composedPath()[0] as Element).tagName}`), true); }, null);
  await d.focus(['#reply']);
  await d.type('You should have restarted the router.');
  await d.settle();
  await d.waitForOverlay((s) => s.underlines.length > 0, 'underline');
  if (variant === 'full') { const rr = await d.clickText(['#reply'], 'You should have restarted'); console.log('rect', rr, await d.run(() => [(document.querySelector('#reply') as HTMLTextAreaElement).selectionStart, document.querySelector('#reply')!.getBoundingClientRect().toJSON()], null)); console.log((await d.run(() => (window as unknown as { log: string[] }).log, null)).slice(-6).join(' | ')); }
  else await d.press('Alt+Shift+K');
  const card = await d.waitForOverlay((s) => s.cards.find((c) => c.rect && c.buttons[0]?.rect), 'card');
  await d.run(() => (window as unknown as { log: string[] }).log.push('---apply'), null);
  const r = card.buttons[0]!.rect!;
  await d.clickAt(r.x + r.width / 2, r.y + r.height / 2);
  await d.waitForText((t) => t.startsWith('It helps'), 'applied');
  await d.run(() => (window as unknown as { log: string[] }).log.push('---undo'), null);
  await d.press('Control+z');
  await new Promise((res) => setTimeout(res, 500));
  console.log(variant, JSON.stringify(await d.getText()));
  const log = await d.run(() => (window as unknown as { log: string[] }).log, null);
  console.log(log.slice(log.findIndex((l) => l.startsWith('---apply')) - 3).join(' | '));
}
console.log(d.summary());
await d.close(); await server.close();
