import { PassThrough } from 'stream';
import { main } from '../../lib/cli/main';
import { ExitCode } from '../../lib/shared/cli-io';
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
