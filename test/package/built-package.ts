import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository root (the package's own folder). */
export const REPO = path.resolve(__dirname, '..', '..');

/** The package manifest of this repository. */
export const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  types: string;
  bin: Record<string, string>;
  files: string[];
  exports: Record<string, string | { types: string; default: string }>;
  typesVersions: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Throws unless `npm run build` has written `dist/` (npm test builds before jest; a jest run on
 * its own needs a build first).
 */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(REPO, PACKAGE_JSON.main))) {
    throw new Error(`${PACKAGE_JSON.main} is missing: run 'npm run build' first (npm test does)`);
  }
}

/** Runs `node -e <script>` in `cwd`; returns stdout, or throws with stderr. */
export function nodeEval(script: string, cwd: string = REPO): string {
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node -e failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
