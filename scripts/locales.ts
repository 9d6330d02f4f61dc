/**
 * `npm run locales`: writes public/_locales/en/messages.json from the table in lib/ui/messages.ts,
 * the one place English UI text is written. A unit test fails while the file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toMessagesJson } from '../lib/ui/messages';

const target = join(dirname(fileURLToPath(import.meta.url)), '../public/_locales/en/messages.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(toMessagesJson(), null, 2)}\n`);
console.log(`Wrote ${target}`);
