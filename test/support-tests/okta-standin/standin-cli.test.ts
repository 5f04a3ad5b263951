/**
 * The okta-standin command in-process: arguments, the JSON line and its provider environment, the
 * exit codes, bad seed files named with the field, and the stop on a signal.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseStandinArgs, runStandinCli, UsageError, USAGE } from '../../support/okta-standin/standin-cli';
import { tempDir } from '../../support/temp-dir';

/** A JSON value read back (JSON.parse's own type). */
type Json = ReturnType<typeof JSON.parse>;

let dir: string;
beforeAll(() => {
  dir = tempDir('standin-cli-');
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const stopSignal = new Promise<string>((resolve) => (stop = resolve));
  return {
    out,
    err,
    stop: (s: string) => stop(s),
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), stopSignal },
  };
}

/** How long a started stand-in may take to print its JSON line. */
const START_MS = 5_000;

/**
 * The JSON line a started stand-in prints; fails with what it wrote on stderr when it exits first or
 * prints nothing within {@link START_MS} (and then stops it).
 */
async function jsonLine(t: ReturnType<typeof io>, running: Promise<number>): Promise<Json> {
  let ended: string | undefined;
  void running.then(
    (code) => (ended = `exited ${code}`),
    (e: unknown) => (ended = `threw ${String(e)}`),
  );
  const deadline = Date.now() + START_MS;
  while (t.out.length === 0) {
    if (ended !== undefined) {
      throw new Error(`okta-standin ${ended} before printing its JSON line; stderr: ${t.err.join(' | ')}`);
    }
    if (Date.now() > deadline) {
      t.stop('SIGTERM');
      throw new Error(
        `okta-standin printed no JSON line within ${START_MS} ms; stderr: ${t.err.join(' | ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(t.out).toHaveLength(1);
  return JSON.parse(t.out[0]!);
}

test('arguments: flags with values, numbers checked, unknown ones refused', () => {
  expect(
    parseStandinArgs(['--seed', 'org.json', '--port', '8123', '--latency-ms', '100', '--rule-lock-ms', '50']),
  ).toEqual({
    help: false,
    seedFile: 'org.json',
    port: 8123,
    latencyMs: 100,
    ruleLockMs: 50,
  });
  expect(() => parseStandinArgs(['--seed'])).toThrow(new UsageError('--seed needs a value'));
  expect(() => parseStandinArgs(['--port', '70000'])).toThrow(
    new UsageError('--port 70000: expected a whole number from 0 to 65535'),
  );
  expect(() => parseStandinArgs(['--latency-ms', '-1'])).toThrow(
    new UsageError('--latency-ms -1: expected a whole number from 0 to 600000'),
  );
  expect(() => parseStandinArgs(['--tls'])).toThrow(
    new UsageError(
      "unknown argument '--tls' (allowed: --seed, --port, --latency-ms, --rule-lock-ms, --help)",
    ),
  );
});

test('--help prints the usage and exits 0 without starting anything', async () => {
  const t = io();
  expect(await runStandinCli(['--help'], t.io)).toBe(0);
  expect(t.out).toEqual([USAGE]);
});

test('starts, prints one JSON line with url, pid, token and the OKTA_* environment, serves the seed, stops on the signal', async () => {
  const seed = path.join(dir, 'org.json');
  fs.writeFileSync(seed, JSON.stringify({ orgName: 'acme', groups: [{ name: 'Seeded' }] }));
  const t = io();
  const running = runStandinCli(['--seed', seed], t.io);
  const line = await jsonLine(t, running);
  expect(Object.keys(line)).toEqual(['url', 'pid', 'token', 'env']);
  expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(line.pid).toBe(process.pid);
  expect(line.env).toEqual({
    OKTA_ORG_NAME: 'acme',
    OKTA_BASE_URL: 'localhost',
    OKTA_API_TOKEN: line.token,
    OKTA_HTTP_PROXY: line.url,
  });
  const answer = await fetch(`${line.url}/api/v1/groups?q=Seed`, {
    headers: { Authorization: `SSWS ${line.token}` },
  });
  expect(((await answer.json()) as Json[]).map((g: Json) => g.profile.name)).toEqual(['Seeded']);
  t.stop('SIGTERM');
  expect(await running).toBe(0);
  expect(t.err).toEqual(['GET /api/v1/groups?q=Seed 200', 'okta-standin: SIGTERM, stopping']);
  // Stopped means the port is closed: the connection is refused, not answered or left hanging.
  await expect(fetch(line.url)).rejects.toMatchObject({
    message: 'fetch failed',
    cause: { code: 'ECONNREFUSED' },
  });
});

test('a bad seed file exits 2 naming the file and the field; nothing is started', async () => {
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(
    bad,
    JSON.stringify({
      apps: [{ id: '0oa1', name: 'ldap_sun_one', label: 'LDAP' }],
      groups: [{ name: 'x', sourceAppId: '0oa2' }],
    }),
  );
  const t = io();
  expect(await runStandinCli(['--seed', bad], t.io)).toBe(2);
  expect(t.err).toEqual([
    `okta-standin: ${bad}: groups[0].sourceAppId: "0oa2" is not the id of an app in "apps"`,
  ]);
  expect(t.out).toEqual([]);

  const notJson = path.join(dir, 'not.json');
  fs.writeFileSync(notJson, '{ "groups": [ }');
  const u = io();
  expect(await runStandinCli(['--seed', notJson], u.io)).toBe(2);
  expect(u.err[0]).toMatch(new RegExp(`^okta-standin: ${notJson.replace(/[.\\/]/g, '\\$&')}: not JSON \\(`));

  const missing = io();
  expect(await runStandinCli(['--seed', path.join(dir, 'none.json')], missing.io)).toBe(2);
  expect(missing.err).toEqual([
    `okta-standin: ${path.join(dir, 'none.json')}: cannot read the seed file (ENOENT)`,
  ]);
});

test('a usage error exits 2 and points at --help', async () => {
  const t = io();
  expect(await runStandinCli(['--port'], t.io)).toBe(2);
  expect(t.err).toEqual(['okta-standin: --port needs a value', 'Run with --help for the usage.']);
});

test('a port already taken exits 1 with the port and what to do', async () => {
  const first = io();
  const running = runStandinCli([], first.io);
  const port = new URL((await jsonLine(first, running)).url).port;
  const second = io();
  expect(await runStandinCli(['--port', port], second.io)).toBe(1);
  expect(second.err).toEqual([
    `okta-standin: cannot listen on 127.0.0.1:${port} (EADDRINUSE); choose another --port, or leave it out for a free one`,
  ]);
  first.stop('SIGINT');
  expect(await running).toBe(0);
});
