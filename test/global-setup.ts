/**
 * Jest global setup: the deploy guard copies the bundled runner (`dist/bundle/guard-runner.js`) into
 * every synthesized stack, so it must exist and be current before any test synthesizes a guard.
 * Rebuilt (esbuild, about a second) only when a source under lib/ is newer than the bundle.
 */
import { ensureGuardBundle } from './support/guard-bundle';

export default function globalSetup(): void {
  ensureGuardBundle();
}
