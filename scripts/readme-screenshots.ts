/**
 * `npm run screenshots`: the README's screenshots, made by the headless `npm start` tour (forced
 * headless as on CI, whatever screen this machine has) and copied from .output/demo/ into
 * .github/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../tests/e2e/support/server';

const from = join(REPO_ROOT, '.output/demo');
const to = join(REPO_ROOT, '.github/screenshots');
// Only this run's shots: a screenshot the tour no longer takes must not linger in the README.
for (const dir of [from, to]) rmSync(dir, { recursive: true, force: true });
execFileSync('npx', ['tsx', 'scripts/start.ts'], { cwd: REPO_ROOT, env: { ...process.env, CI: 'true' }, stdio: 'inherit' });

mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((f) => f.endsWith('.png'))) {
  copyFileSync(join(from, name), join(to, name));
  console.log(`README screenshot: .github/screenshots/${name}`);
}
