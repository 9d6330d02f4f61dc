import { launch } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
const page = process.argv[2] ?? 'textarea.html';
for (let n = 0; n < 5; n++) {
  const d = await launch('firefox', server);
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    await d.open(page);
    await d.focus(['#reply']);
    await d.type('You should have restarted the router.');
    await new Promise((r) => setTimeout(r, 300));
    out.push((await d.getText()).length.toString());
  }
  console.log('launch', n, out.join(' '));
  await d.close();
}
await server.close();
