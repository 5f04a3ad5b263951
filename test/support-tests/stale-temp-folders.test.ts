import * as fs from 'fs';
import * as path from 'path';
import { removeStaleTempFolders, STALE_TEMP_AGE_MS } from '../support/stale-temp-folders';
import { tempDir } from '../support/temp-dir';

test('entries untouched for longer than the age are removed, fresher ones kept', () => {
  const root = tempDir('stale-sweep-');
  const now = Date.now();
  const make = (name: string, ageMs: number, file = false): void => {
    const entry = path.join(root, name);
    if (file) fs.writeFileSync(entry, 'x');
    else fs.mkdirSync(path.join(entry, 'inner'), { recursive: true });
    const at = new Date(now - ageMs);
    fs.utimesSync(entry, at, at);
  };
  make('old-run-abc', STALE_TEMP_AGE_MS + 1000);
  make('cdktf.outdir.old', 2 * STALE_TEMP_AGE_MS, true);
  make('current-run-def', 1000);
  expect(removeStaleTempFolders(root, STALE_TEMP_AGE_MS, now)).toEqual(['cdktf.outdir.old', 'old-run-abc']);
  expect(fs.readdirSync(root)).toEqual(['current-run-def']);
  expect(removeStaleTempFolders(path.join(root, 'missing'))).toEqual([]);
});
