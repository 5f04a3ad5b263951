import * as fs from 'fs';
import * as path from 'path';
import { OktaLdapConfigurationError } from '../../lib/errors';
import {
  defaultGuardRunnerPath,
  GUARD_RUNNER_FROM_PACKAGE_ROOT,
  locateGuardRunner,
} from '../../lib/guard/guard-command';
import { PACKAGE_NAME } from '../../lib/process/package-root';
import { isolatedDir } from '../support/temp-dir';

/** A folder holding a package.json named `name`, with `lib/guard` below it. */
function packageDir(name: string): { root: string; hook: string } {
  const root = isolatedDir('guard-package-');
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name }));
  const hook = path.join(root, 'lib', 'guard');
  fs.mkdirSync(hook, { recursive: true });
  return { root, hook };
}

function refusal(fromDir: string): OktaLdapConfigurationError {
  try {
    locateGuardRunner(fromDir, 'org/JumpCloud/PreflightGuard');
  } catch (e) {
    if (OktaLdapConfigurationError.isOktaLdapConfigurationError(e)) return e;
    throw e;
  }
  throw new Error('locateGuardRunner did not refuse');
}

describe('locating the guard runner', () => {
  test('finds the runner of the package above the folder', () => {
    const { root, hook } = packageDir(PACKAGE_NAME);
    const runner = path.join(root, GUARD_RUNNER_FROM_PACKAGE_ROOT);
    fs.mkdirSync(path.dirname(runner), { recursive: true });
    fs.writeFileSync(runner, '');
    expect(locateGuardRunner(hook, 'org/X')).toBe(runner);
  });

  test('a package built without its runner: names the file and the fix', () => {
    const { root, hook } = packageDir(PACKAGE_NAME);
    const error = refusal(hook);
    expect(error.constructPath).toBe('org/JumpCloud/PreflightGuard');
    expect(error.message).toBe(
      `PreflightGuard: the guard runner ${path.join(root, GUARD_RUNNER_FROM_PACKAGE_ROOT)} is missing. Fix: run 'npm run build' in ${root} (an installed ${PACKAGE_NAME} package ships it; a git install builds it on install), or set preflightGuard: false.`,
    );
  });

  test('no package of that name above the folder (only another package): says to pass cliPath', () => {
    const { hook } = packageDir('some-other-package');
    expect(refusal(hook).message).toBe(
      `PreflightGuard: cannot find the ${PACKAGE_NAME} package above ${hook} (no package.json named ${PACKAGE_NAME}). Pass cliPath to point at its ${GUARD_RUNNER_FROM_PACKAGE_ROOT}.`,
    );
  });

  test("this package's own runner is found (the build made it)", () => {
    expect(defaultGuardRunnerPath('org/X')).toBe(
      path.resolve(__dirname, '..', '..', GUARD_RUNNER_FROM_PACKAGE_ROOT),
    );
  });
});
