/**
 * Jest global setup: the deploy guard copies the bundled runner (`dist/bundle/guard-runner.js`) into
 * every synthesized stack, so it must exist and be current before any test synthesizes a guard.
 * Rebuilt (esbuild, about a second) only when a source under lib/ is newer than the bundle. Then
 * the stale entries of jest's temp folder are swept (only that folder, which jest.config.js makes
 * TMPDIR: never the system's temp folder).
 */
import * as os from 'os';
import * as path from 'path';
import { ensureGuardBundle } from './support/guard-bundle';
import { removeStaleTempFolders } from './support/stale-temp-folders';

/** jest's temp folder, as jest.config.js sets TMPDIR. */
const JEST_TMP = path.join(__dirname, '..', '.tmp', 'jest');

export default function globalSetup(): void {
  ensureGuardBundle();
  if (path.resolve(os.tmpdir()) === path.resolve(JEST_TMP)) removeStaleTempFolders(JEST_TMP);
}
