#!/usr/bin/env node
// `prepare` (npm runs it on `npm install`/`npm ci` in a clone, and when it installs a git
// dependency): builds dist/ where the TypeScript sources are. An installed copy holds only dist/
// (see "files" in package.json), so there it has nothing to do and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync(new URL('../lib/index.ts', import.meta.url))) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = r.status ?? 1;
}
