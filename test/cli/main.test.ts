import { main } from '../../lib/cli/main';
import { DnSyntaxError } from '../../lib/ldap-names/dn';
import { ExitCode } from '../../lib/process/cli-io';
import { memoryIo, MemoryIo, runCli } from '../support/run-cli';

/** A captured CliIo whose stdout throws `thrown` on the first write: it stands for any bug below the CLI. */
function ioThrowingOnWrite(thrown: unknown): MemoryIo {
  const io = memoryIo();
  io.stdout.write = (): boolean => {
    throw thrown;
  };
  return io;
}

test('an internal error exits 4 with its message, never 1 (which means a check failed)', async () => {
  const io = ioThrowingOnWrite(new TypeError('stdout went away'));
  expect(await main(['review', '--help'], io)).toBe(ExitCode.INTERNAL);
  expect(ExitCode.INTERNAL).toBe(4);
  expect(io.err()).toBe(
    'cdktf-okta-ldap review: internal error: stdout went away\n' +
      'This is a bug in cdktf-okta-ldap, not a failed check (exit code 4).\n',
  );
});

test('a value echoed in an error reaches the terminal with its escape sequences made visible', async () => {
  const run = await runCli(['no\u001b[2Ksuch\u202ecommand'], process.cwd());
  expect(run.code).toBe(ExitCode.USAGE);
  expect(run.stderr).toContain("unknown command 'no<U+001B>[2Ksuch<U+202E>command'");
  expect([...run.stderr].filter((c) => (c < ' ' && c !== '\n') || c === '\u202e')).toEqual([]);
});

test('a thrown non-Error value is an internal error too: exit 4', async () => {
  const io = ioThrowingOnWrite('a string');
  expect(await main(['review', '--help'], io)).toBe(ExitCode.INTERNAL);
  expect(io.err()).toBe(
    'cdktf-okta-ldap review: internal error: a string\n' +
      'This is a bug in cdktf-okta-ldap, not a failed check (exit code 4).\n',
  );
});

test('an error that means bad input (here a DN the rules refuse) exits 2 with only its message', async () => {
  const io = ioThrowingOnWrite(new DnSyntaxError('dc=', 3, 'a value is missing'));
  expect(await main(['review', '--help'], io)).toBe(ExitCode.USAGE);
  expect(io.err()).toBe('cdktf-okta-ldap review: invalid DN "dc=" at character 4: a value is missing\n');
});
