import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Store packages and the demo: each file builds with WXT and may start Chromium, so files run one
// after another and get minutes, not seconds.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
