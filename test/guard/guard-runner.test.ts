import { InputError } from '../../lib/errors';
import { runGuard, runGuardProcess } from '../../lib/guard/guard-runner';
import { ExitCode } from '../../lib/process/cli-io';
import { memoryIo } from '../support/run-cli';

describe('runGuardProcess (what the guard runner sets as the process exit code)', () => {
  test.each([
    [
      'an Error',
      new TypeError("cannot read properties of undefined (reading 'agent')"),
      "cannot read properties of undefined (reading 'agent')",
    ],
    ['a non-Error value', 'a string', 'a string'],
  ])(
    '%s thrown by the runner is an internal error: exit 4, never 1 (a failed check)',
    async (_kind, thrown, shown) => {
      const io = memoryIo();
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error rejection is the case under test
      const code = await runGuardProcess(io, () => Promise.reject(thrown));
      expect(code).toBe(ExitCode.INTERNAL);
      expect(io.err()).toBe(
        `cdktf-okta-ldap preflight guard: internal error: ${shown}\n` +
          'This is a bug in cdktf-okta-ldap, not a failed check (exit code 4).\n',
      );
    },
  );

  test('the runner’s own code passes through: 0, 1 a check failed, 2 unusable input', async () => {
    for (const code of [ExitCode.OK, ExitCode.CHECK_FAILED, ExitCode.USAGE]) {
      expect(await runGuardProcess(memoryIo(), () => Promise.resolve(code))).toBe(code);
    }
  });

  test('an input error thrown past runGuard keeps its meaning: exit 2 with only its message', async () => {
    const io = memoryIo();
    expect(await runGuardProcess(io, () => Promise.reject(new InputError('the caFile is not a file')))).toBe(
      ExitCode.USAGE,
    );
    expect(io.err()).toBe('cdktf-okta-ldap preflight guard: the caFile is not a file\n');
  });

  test('without the guard input, runGuard exits 2 with the fix', async () => {
    const io = memoryIo();
    expect(await runGuardProcess(io, runGuard)).toBe(ExitCode.USAGE);
    expect(io.err()).toContain('is not set');
  });
});
