// One jsii build at a time in a checkout: test files that need a package (Python, Java, Go) may
// start together, and they share the staging folder. The lock is a folder (mkdir is atomic);
// a lock older than STALE_MS is left over from a killed build and is taken over.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STALE_MS = 15 * 60 * 1000;
const POLL_MS = 500;

/** Runs `work` while holding `<dir>/lock`, waiting for another holder to finish first. */
export async function withBuildLock(dir, work) {
  const lock = join(dir, 'lock');
  mkdirSync(dir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let age;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > STALE_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
