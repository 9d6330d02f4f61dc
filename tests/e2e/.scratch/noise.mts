import { launch, type BrowserName } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
for (const name of (process.argv[2] ?? 'chromium,firefox').split(',') as BrowserName[]) {
  const start = server.requests.length;
  const d = await launch(name, server);
  await d.open('textarea.html');
  await d.focus(['#reply']);
  await d.type('hello there');
  await d.open('quill.html');
  await d.focus(['#editor .ql-editor']);
  await d.type('hello there');
  await new Promise((r) => setTimeout(r, 3000));
  await d.close();
  const foreign = server.requests.slice(start).filter((r) => r.host !== server.host || r.housekeeping);
  console.log(name, d.launchMs, JSON.stringify(foreign.map((r) => `${r.method} ${r.url}`), null, 1));
  console.log(name, 'browser-side foreign', d.foreignBrowserRequests(), 'errors', d.consoleErrors);
}
await server.close();
