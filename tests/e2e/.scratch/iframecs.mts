import { launch, type BrowserName } from '../support/browsers.ts';
import { startFixtureServer } from '../support/server.ts';
const server = await startFixtureServer();
for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const d = await launch(name, server);
  for (const page of ['iframe-srcdoc.html', 'iframe-blank.html']) {
    await d.open(page);
    await d.focus(['#editor-frame', 'body']);
    await d.type('hi');
    await new Promise((r) => setTimeout(r, 500));
    console.log(name, page, await d.run((h) => h.resolve(['#editor-frame', 'body'])?.getAttribute('data-defuse') ?? null, null));
  }
  await d.close();
}
await server.close();
