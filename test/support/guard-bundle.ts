import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** The bundled guard runner the construct copies into each stack. */
export const GUARD_BUNDLE = path.join(ROOT, 'dist', 'bundle', 'guard-runner.js');

/**
 * Builds the bundles (`node scripts/build-bundles.mjs`) when the guard runner is missing or older
 * than a TypeScript file under lib/: the provisioner runs the BUILT runner, as in a real project.
 * @throws Error with the build output when the build fails
 */
export function ensureGuardBundle(): void {
  const built = fs.existsSync(GUARD_BUNDLE) ? fs.statSync(GUARD_BUNDLE).mtimeMs : 0;
  if (built > 0 && newestSource(path.join(ROOT, 'lib')) <= built) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-bundles.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !fs.existsSync(GUARD_BUNDLE)) {
    throw new Error(`building the guard runner bundle failed:\n${r.stdout}${r.stderr}`);
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}
