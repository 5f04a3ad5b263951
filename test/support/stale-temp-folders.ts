/**
 * The sweep of jest's temp folder (TMPDIR, `.tmp/jest`) at the start of a run: `tempDir` folders are
 * removed when their test file ends, but an interrupted run leaves its folders, and cdktf's
 * `Testing.app()` and other tools write straight into TMPDIR. Only entries not touched for
 * `maxAgeMs` go, so a second jest run started in the same checkout keeps the folders of the first.
 */
import * as fs from 'fs';
import * as path from 'path';

/** How long an entry of the temp folder is kept untouched before a run start removes it. */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

/** Removes each entry of `root` last modified more than `maxAgeMs` before `now`; returns their names. */
export function removeStaleTempFolders(
  root: string,
  maxAgeMs: number = STALE_TEMP_AGE_MS,
  now: number = Date.now(),
): string[] {
  if (!fs.existsSync(root)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(root).sort()) {
    const entry = path.join(root, name);
    const stat = fs.lstatSync(entry, { throwIfNoEntry: false });
    if (stat === undefined || now - stat.mtimeMs <= maxAgeMs) continue;
    fs.rmSync(entry, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
