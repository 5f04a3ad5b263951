import { PassThrough } from 'stream';
import { main } from '../../lib/cli/main';
import { DnSyntaxError } from '../../lib/ldap-names/dn';
import { ExitCode } from '../../lib/process/cli-io';
import { runCli } from '../support/run-cli';

test('an internal error exits 4 with its message, never 1 (which means a check failed)', async () => {
  const err = new PassThrough();
  let stderr = '';
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  // A stdout that breaks on the first write stands for any bug below the CLI.
  const stdout = new PassThrough();
  stdout.write = (): boolean => {
    throw new TypeError('stdout went away');
  };
  const code = await main(['review', '--help'], {
    stdout,
    stderr: err,
    env: {},
    cwd: process.cwd(),
    readStdin: async () => '',
  });
  expect(code).toBe(ExitCode.INTERNAL);
  expect(code).toBe(4);
  expect(stderr).toBe(
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

function ioThrowingOnWrite(thrown: unknown): { io: Parameters<typeof main>[1]; stderr: () => string } {
  const err = new PassThrough();
  let stderr = '';
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const stdout = new PassThrough();
  stdout.write = (): boolean => {
    throw thrown;
  };
  return {
    io: { stdout, stderr: err, env: {}, cwd: process.cwd(), readStdin: async () => '' },
    stderr: () => stderr,
  };
}

test('a thrown non-Error value is an internal error too: exit 4', async () => {
  const { io, stderr } = ioThrowingOnWrite('a string');
  expect(await main(['review', '--help'], io)).toBe(ExitCode.INTERNAL);
  expect(stderr()).toBe(
    'cdktf-okta-ldap review: internal error: a string\n' +
      'This is a bug in cdktf-okta-ldap, not a failed check (exit code 4).\n',
  );
});

test('an error that means bad input (here a DN the rules refuse) exits 2 with only its message', async () => {
  const { io, stderr } = ioThrowingOnWrite(new DnSyntaxError('dc=', 3, 'a value is missing'));
  expect(await main(['review', '--help'], io)).toBe(ExitCode.USAGE);
  expect(stderr()).toBe('cdktf-okta-ldap review: invalid DN "dc=" at character 4: a value is missing\n');
});
