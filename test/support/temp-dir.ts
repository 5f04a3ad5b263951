/**
 * Temp folders for tests: `tempDir` under jest's TMPDIR (inside the repository, a disposable folder
 * jest.config.js sets), `isolatedDir` outside it, with no node_modules above. Both are removed when
 * the test file that made them ends (its tests may share a folder, e.g. one made in `beforeAll` or at
 * module scope); what a run leaves behind otherwise is swept by the global setup
 * (stale-temp-folders.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh temp folder under jest's TMPDIR, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(dir);
  return dir;
}

/**
 * A fresh folder OUTSIDE the repository with no `node_modules` in it or in any folder above it, for
 * tests of what runs with only `node` (jest points TMPDIR inside the repository, so that is not used).
 * @throws Error when the system temp folder has a node_modules above it (the test would prove nothing)
 */
export function isolatedDir(prefix: string): string {
  const base = process.platform === 'win32' ? path.parse(process.cwd()).root : '/tmp';
  const dir = fs.mkdtempSync(path.join(base, prefix));
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) {
      throw new Error(`isolatedDir: ${d} holds a node_modules, so ${dir} is not isolated`);
    }
    if (path.dirname(d) === d) break;
  }
  cleanups.push(dir);
  return dir;
}

/** The folders to remove when the test file ends. */
const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
