import * as fs from 'fs';
import * as path from 'path';

/** Name of this package, as installed in `node_modules`. */
export const PACKAGE_NAME = 'cdktf-okta-ldap';

/** The guard runner script, relative to the package root (built by `npm run build`). */
export const GUARD_RUNNER_FROM_PACKAGE_ROOT = 'dist/lib/hook/run-guard.js';

/**
 * Finds the root of the installed `cdktf-okta-ldap` package by walking up from `fromDir` to the
 * first `package.json` named `cdktf-okta-ldap`. Works from `lib/hook` (sources) and `dist/lib/hook`
 * (built or installed). Returns undefined when there is none.
 */
export function findPackageRoot(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        if ((JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) {
          return dir;
        }
      } catch {
        // an unreadable package.json is not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let runnerPath: string | undefined;

/**
 * Absolute path of the guard runner of the package this module belongs to. Found once per process
 * (it depends only on where this module lives), not once per `PreflightGuard`.
 */
export function defaultGuardRunnerPath(): string {
  if (runnerPath !== undefined) return runnerPath;
  const root = findPackageRoot(__dirname);
  if (root === undefined) {
    throw new Error(
      `PreflightGuard: cannot find the ${PACKAGE_NAME} package above ${__dirname} (no package.json named ${PACKAGE_NAME}). Pass cliPath to point at ${GUARD_RUNNER_FROM_PACKAGE_ROOT}.`,
    );
  }
  runnerPath = path.join(root, GUARD_RUNNER_FROM_PACKAGE_ROOT);
  return runnerPath;
}

/**
 * The path Terraform's `local-exec` uses to reach the runner: relative to the stack's working
 * directory (`cdktf.out/stacks/<stack>`), with forward slashes, so that the synthesized JSON holds
 * no machine-specific absolute path and survives a move of the whole project (CI checkouts).
 */
export function pathFromStackDir(runnerPath: string, stackDir: string): string {
  return path.relative(path.resolve(stackDir), path.resolve(runnerPath)).split(path.sep).join('/');
}

/** How the provisioner starts the runner: `interpreter` + [`command`], with no shell in between. */
export interface GuardInvocation {
  /** `node -e <bootstrap>`: finds the runner, or fails with exit code 2 and a message saying how to fix it. */
  readonly interpreter: string[];
  /** The runner path, relative to the stack's working directory (the bootstrap's only argument). */
  readonly command: string;
}

/**
 * The provisioner's invocation: Terraform runs `node -e <bootstrap> <runnerPath>` directly (no
 * shell, so no quoting and the same on Windows). The bootstrap runs the guard runner at
 * `runnerPath` (relative to the working directory), or, when that file is missing, the runner of the
 * `cdktf-okta-ldap` package installed in a `node_modules` above the working directory; otherwise it
 * fails with exit code 2 and a message saying how to fix it. Works without network (never `npx`).
 *
 * Neither part holds a secret or a reference to one: the bind password reaches the runner only
 * through the provisioner's `environment`.
 */
export function guardInvocation(runnerPath: string): GuardInvocation {
  const bootstrap = [
    "const fs=require('fs'),path=require('path');",
    'const given=path.resolve(process.argv[1]);',
    'let file=fs.existsSync(given)?given:undefined;',
    // Walks up node_modules folders by hand: the package's `exports` map does not export the runner
    // (require.resolve would refuse it), and a walk never resolves to a package by self-reference.
    `for(let d=process.cwd();!file;){const f=path.join(d,'node_modules','${PACKAGE_NAME}','${GUARD_RUNNER_FROM_PACKAGE_ROOT}');if(fs.existsSync(f)){file=f;break}const up=path.dirname(d);if(up===d)break;d=up}`,
    `if(!file){console.error('${PACKAGE_NAME} preflight guard: cannot find the ${PACKAGE_NAME} CLI: '+given+' does not exist and no ${PACKAGE_NAME} package is installed in a node_modules above '+process.cwd()+'. Fix: run npm ci (and npm run build when deploying from the ${PACKAGE_NAME} repository itself), then deploy again.');process.exit(2)}`,
    'require(file)',
  ].join('');
  return { interpreter: ['node', '-e', bootstrap], command: runnerPath };
}
