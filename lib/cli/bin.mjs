#!/usr/bin/env node
// The CLI shares its TypeScript with the extension; tsx compiles it on load, so there is no build to keep in sync.
// Namespaced so only our own imports go through tsx, and tsconfig: false so the caller's tsconfig
// (whatever directory defuse runs in) cannot change how our files compile.
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'defuse-cli', tsconfig: false });
await tsx.import('./main.ts', import.meta.url);
