/**
 * The entry the bin loads: the code `main` returns is the exit code; what `main` throws instead exits
 * 2 when it is an input error of this package and 4 otherwise (never 1, a failed check).
 */
import { InputError } from '../../lib/errors';
import { ExitCode } from '../../lib/process/cli-io';

/** Loads lib/cli/cli-entry.ts with `main` settling as `settle` says; the exit code and stderr. */
async function runEntry(settle: () => Promise<number>): Promise<{ code: unknown; stderr: string }> {
  const saved = process.exitCode;
  const written: string[] = [];
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    jest.doMock('../../lib/cli/main', () => ({ main: settle }));
    await jest.isolateModulesAsync(async () => {
      await import('../../lib/cli/cli-entry');
    });
    await new Promise((resolve) => setImmediate(resolve));
    return { code: process.exitCode, stderr: written.join('') };
  } finally {
    write.mockRestore();
    jest.dontMock('../../lib/cli/main');
    process.exitCode = saved;
  }
}

test('the code main returns is the exit code', async () => {
  expect((await runEntry(() => Promise.resolve(ExitCode.CHECK_FAILED))).code).toBe(1);
});

test('an input error main throws exits 2 with its message', async () => {
  const out = await runEntry(() => Promise.reject(new InputError('no cdktf.out in /app')));
  expect(out).toEqual({ code: ExitCode.USAGE, stderr: 'cdktf-okta-ldap: no cdktf.out in /app\n' });
});

test('anything else main throws is an internal error: exit 4', async () => {
  const out = await runEntry(() => Promise.reject(new TypeError('x is undefined')));
  expect(out).toEqual({ code: ExitCode.INTERNAL, stderr: 'cdktf-okta-ldap: x is undefined\n' });
});
