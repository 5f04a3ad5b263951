/**
 * `npm run okta-standin` as a user runs it: a separate process that prints one JSON line, serves
 * the provider's calls, logs each request on stderr without the token, and stops on SIGTERM and
 * SIGINT with exit 0.
 */
import { spawn } from 'child_process';
import * as path from 'path';

/** A JSON value read back (JSON.parse's own type). */
type Json = ReturnType<typeof JSON.parse>;

const ROOT = path.join(__dirname, '..', '..');

function start(args: string[]) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/okta-standin.ts', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = async (): Promise<Json> => {
    while (!stdout.includes('\n')) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return JSON.parse(stdout.split('\n')[0]!);
  };
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

test.each(['SIGTERM', 'SIGINT'] as const)(
  'starts with the example seed, serves the provider, stops on %s with exit 0',
  async (signal) => {
    const run = start(['--seed', 'test/support/okta-standin/example-seed.json']);
    try {
      const line = await run.firstLine();
      expect(line.env.OKTA_HTTP_PROXY).toBe(line.url);
      const me = await fetch(`${line.url}/api/v1/users/me`, {
        headers: { Authorization: `SSWS ${line.token}` },
      });
      expect(me.status).toBe(200);
      const groups = await fetch(
        `${line.url}/api/v1/groups?filter=${encodeURIComponent('type eq "APP_GROUP"')}`,
        {
          headers: { Authorization: `SSWS ${line.token}` },
        },
      );
      expect(((await groups.json()) as Json[]).map((g: Json) => g.profile.name)).toEqual([
        'engineering',
        'sales',
        'it-helpdesk',
      ]);
      process.kill(line.pid, signal);
      expect(await run.exited).toBe(0);
      const { stdout, stderr } = run.output();
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('GET /api/v1/users/me 200\n');
      expect(stderr).toContain(`okta-standin: ${signal}, stopping\n`);
      expect(stderr).not.toContain(line.token);
    } finally {
      run.child.kill('SIGKILL');
    }
  },
);

test('a bad seed file: exit 2, the file and the field on stderr, nothing on stdout', async () => {
  const run = start(['--seed', 'package.json']);
  expect(await run.exited).toBe(2);
  expect(run.output()).toEqual({
    stdout: '',
    stderr:
      'okta-standin: package.json: name: unknown field (allowed: orgName, apps, groups, users, rules, roleAssignments, policies, customRoles, resourceSets)\n',
  });
});
