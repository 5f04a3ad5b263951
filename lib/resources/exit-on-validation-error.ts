import * as fs from 'fs';
import { OktaLdapConfigurationError } from '../errors';
import { OktaLdapValidationError } from '../validation/validate-integration';
import { DuplicatePackageError } from './single-package-copy';
import { exitCodeFor } from '../process/exit-codes';
import { terminalSafe } from '../text/untrusted-text';

/**
 * Options of `exitOnValidationError`.
 *
 * @jsii ignore (TypeScript-only: options of a TypeScript helper)
 */
export interface ExitOnValidationErrorOptions {
  /**
   * The app's output folder. If it did not exist before `build` ran and holds no file when
   * validation fails, it is removed, so a failed synth leaves no `cdktf.out` behind (cdktf's `App`
   * creates the folder and its `stacks` subfolder as soon as it is constructed).
   * @default - process.env.CDKTF_OUTDIR ?? 'cdktf.out'
   */
  readonly outdir?: string;
  /**
   * Where the message goes.
   * @default - process.stderr
   */
  readonly stderr?: { write(text: string): unknown };
  /**
   * Called with exit code 1 after the message is written.
   * @default - process.exit
   */
  readonly exit?: (code: number) => never;
}

/**
 * Runs an app's construction and synth; when an `OktaLdapIntegration` rejects its settings, prints
 * only the validation message (every violation with its rule id, no stack trace) and exits 1. The
 * same for an `OktaLdapConfigurationError` (a prop no rule covers: a provider of another kind, a
 * `cliPath` that is not a file) and a `DuplicatePackageError` (the app loads a second copy of cdktf
 * or constructs). Other errors are rethrown unchanged.
 *
 * Why 1 and not 2 (which the CLI uses for the same errors): here the errors are the synth-time
 * checks of the app itself, so a refused setting is "a check failed" (`exitCodeFor({ passed: false })`),
 * as when `cdktf-okta-ldap preflight` finds a fault. An error this function does not know is not
 * turned into a code: it is rethrown, so Node prints its stack and exits non-zero, never 1 for a bug.
 * Exit code 1 is part of the documented contract (README, "Common errors").
 *
 * ```ts
 * exitOnValidationError(() => {
 *   const app = new App();
 *   new OrgStack(app, 'org');
 *   app.synth();
 * });
 * ```
 */
export function exitOnValidationError<T>(build: () => T, options: ExitOnValidationErrorOptions = {}): T {
  const outdir = options.outdir ?? process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  const existedBefore = fs.existsSync(outdir);
  try {
    return build();
  } catch (error) {
    if (
      !OktaLdapValidationError.isOktaLdapValidationError(error) &&
      !OktaLdapConfigurationError.isOktaLdapConfigurationError(error) &&
      !DuplicatePackageError.isDuplicatePackageError(error)
    ) {
      throw error;
    }
    if (!existedBefore) removeIfEmpty(outdir);
    // Messages quote the app's values: no control or direction-changing character reaches the terminal.
    (options.stderr ?? process.stderr).write(`${terminalSafe(error.message)}\n`);
    return (options.exit ?? ((code: number) => process.exit(code)))(exitCodeFor({ passed: false }));
  }
}

function removeIfEmpty(dir: string): void {
  try {
    if (holdsNoFile(dir)) fs.rmSync(dir, { recursive: true });
  } catch {
    // not there, or not ours to remove
  }
}

/** True when a folder holds only (empty) folders: what cdktf's App creates before synth. */
function holdsNoFile(dir: string): boolean {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .every((entry) => entry.isDirectory() && holdsNoFile(`${dir}/${entry.name}`));
}
