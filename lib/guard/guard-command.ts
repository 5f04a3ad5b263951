import * as fs from 'fs';
import * as path from 'path';
import { OktaLdapConfigurationError } from '../errors';
import { GUARD_INTERPRETER } from '../manifest/guard-contract';
import { findPackageRoot, PACKAGE_NAME } from '../process/package-root';

/**
 * The guard runner, relative to the package root: one self-contained file (ldapts included) made by
 * `npm run build` (`scripts/build-bundles.mjs`), which needs only `node` to run.
 */
export const GUARD_RUNNER_FROM_PACKAGE_ROOT = 'dist/bundle/guard-runner.js';

/**
 * Path of the guard runner of the package found above `fromDir` (see `findPackageRoot`).
 * @param constructPath the guard that needs it, named in the error
 * @throws OktaLdapConfigurationError naming the missing file and the fix (build the package, or pass `cliPath`)
 */
export function locateGuardRunner(fromDir: string, constructPath: string): string {
  const root = findPackageRoot(fromDir);
  if (root === undefined) {
    throw new OktaLdapConfigurationError(
      constructPath,
      `PreflightGuard: cannot find the ${PACKAGE_NAME} package above ${fromDir} (no package.json named ${PACKAGE_NAME}). Pass cliPath to point at its ${GUARD_RUNNER_FROM_PACKAGE_ROOT}.`,
    );
  }
  const file = path.join(root, GUARD_RUNNER_FROM_PACKAGE_ROOT);
  if (!fs.existsSync(file)) {
    throw new OktaLdapConfigurationError(
      constructPath,
      `PreflightGuard: the guard runner ${file} is missing. Fix: run 'npm run build' in ${root} (an installed ${PACKAGE_NAME} package ships it; a git install builds it on install), or set preflightGuard: false.`,
    );
  }
  return file;
}

let runnerPath: string | undefined;

/**
 * Absolute path of the bundled guard runner of the package this module belongs to. Found once per
 * process (it depends only on where this module lives), not once per `PreflightGuard`.
 * @param constructPath the guard that needs it, named in the error
 * @throws OktaLdapConfigurationError as `locateGuardRunner`
 */
export function defaultGuardRunnerPath(constructPath: string): string {
  runnerPath ??= locateGuardRunner(__dirname, constructPath);
  return runnerPath;
}

/**
 * How the provisioner starts the runner: `interpreter` + [`command`], with no shell in between.
 *
 * @internal
 * @jsii ignore (TypeScript-only: a shape of the deploy guard)
 */
export interface GuardInvocation {
  /** `['node']`: the only program the runner needs where Terraform runs. */
  readonly interpreter: string[];
  /** The runner's asset path, relative to the stack's working directory (`assets/…/guard-runner.js`). */
  readonly command: string;
}

/**
 * The provisioner's invocation: Terraform runs `node <runner>` directly (no shell, so no quoting, and
 * the same on Windows), in the stack's working directory, where the runner was copied as an asset.
 * Nothing outside `cdktf.out` is needed, so a `cdktf.out` handed from a synth job to an apply job
 * works. Neither part holds a secret or a reference to one: the bind password reaches the runner only
 * through the provisioner's `environment`.
 */
export function guardInvocation(runnerAssetPath: string): GuardInvocation {
  return { interpreter: [...GUARD_INTERPRETER], command: runnerAssetPath };
}
