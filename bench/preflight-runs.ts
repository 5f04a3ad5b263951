/**
 * The processes bench/preflight.ts times: the preflight bin, the native `ldapsearch -f` baseline,
 * the many-process baseline and bare `node` processes. Each runs under `/usr/bin/time` when it is
 * there (peak RSS; the same small overhead for every case), without blocking the event loop (the
 * delay proxies live in the bench's process).
 */
import { integrationModel } from '../lib/model/integration-model';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { OktaAdminRole } from '../lib/mappings/mapping-types';
import { PreflightInput } from '../lib/preflight/preflight-options';
import { FaultProxy } from '../test/support/fault-proxy';
import { SlapdFixture } from '../test/support/slapd-fixture';
import { NativeInvocation } from './preflight-native';

const TIME = '/usr/bin/time';

/** One timed process (or, for the baselines, the processes of one round, one after another). */
export interface Sample {
  readonly wallMs: number;
  /** Peak RSS of the largest process, MB (NaN without /usr/bin/time). */
  readonly maxRssMb: number;
  readonly exit: number;
  /** `durationMs` of the preflight's report (the checks alone, without Node start-up). */
  readonly durationMs?: number;
  /** Dependent round trips on the wire (TCP handshake + answered client flights), through a proxy. */
  readonly roundTrips?: number;
}

/** One case of a round: a key for the report and what it runs. */
export interface Case {
  readonly key: string;
  run(): Promise<Sample>;
}

interface Exec {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  readonly maxRssMb: number;
}

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exec> {
  const timed = fs.existsSync(TIME);
  const [file, argv] = timed ? [TIME, ['-f', '%M', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const stderr = Buffer.concat(err).toString();
      const rssKb = timed ? Number(/(\d+)\s*$/.exec(stderr.trim())?.[1] ?? NaN) : NaN;
      resolve({ status, stdout: Buffer.concat(out).toString(), stderr, wallMs, maxRssMb: rssKb / 1024 });
    });
  });
}

/** Round trips a proxy counted while `run` ran (TCP handshake per connection + answered flights). */
async function counted<T>(
  proxy: FaultProxy | undefined,
  run: () => Promise<T>,
): Promise<[T, number | undefined]> {
  const flights = proxy?.stats.answeredClientFlights ?? 0;
  const connections = proxy?.stats.connections ?? 0;
  const result = await run();
  if (proxy === undefined) return [result, undefined];
  const trips = proxy.stats.connections - connections + proxy.stats.answeredClientFlights - flights;
  return [result, trips];
}

/** A `node` process with only PATH in its environment. */
export async function runNode(args: string[]): Promise<Sample> {
  const r = await exec(process.execPath, args, { PATH: process.env.PATH });
  return { wallMs: r.wallMs, maxRssMb: r.maxRssMb, exit: r.status ?? -1 };
}

/** The preflight as users run it: `node dist/bin/cdktf-okta-ldap.js preflight … --json`. */
export async function runPreflight(
  bin: string,
  args: string[],
  f: SlapdFixture,
  proxy?: FaultProxy,
): Promise<Sample> {
  const env = { PATH: process.env.PATH, LDAP_BIND_PASSWORD: f.bindPassword };
  const [r, roundTrips] = await counted(proxy, () => exec(process.execPath, [bin, ...args], env));
  const report = JSON.parse(r.stdout) as { durationMs: number };
  return {
    wallMs: r.wallMs,
    maxRssMb: r.maxRssMb,
    exit: r.status ?? -1,
    durationMs: report.durationMs,
    ...(roundTrips !== undefined ? { roundTrips } : {}),
  };
}

function ldapEnv(f: SlapdFixture): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...f.ldapEnv };
}

/** The native baseline: one `ldapsearch -f` process per base (one for the JumpCloud shape). */
export async function runNative(
  invocations: NativeInvocation[],
  f: SlapdFixture,
  pwFile: string,
  proxy?: FaultProxy,
): Promise<Sample> {
  const port = proxy?.port ?? f.port;
  const auth = ['-x', '-H', `ldaps://127.0.0.1:${port}`, '-D', f.bindDn, '-y', pwFile];
  return sequence(
    invocations.map((inv) => ['ldapsearch', [...auth, ...inv.args]] as [string, string[]]),
    f,
    proxy,
  );
}

/** Runs commands one after another; wall times summed, peak RSS the largest. */
async function sequence(
  commands: [string, string[]][],
  f: SlapdFixture,
  proxy?: FaultProxy,
): Promise<Sample> {
  const [runs, roundTrips] = await counted(proxy, async () => {
    const out: Exec[] = [];
    for (const [cmd, args] of commands) {
      const r = await exec(cmd, args, ldapEnv(f));
      // 0 = ok, 4 = size limit exceeded (expected with -z: the last full bounded search).
      if (r.status !== 0 && r.status !== 4)
        throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      out.push(r);
    }
    return out;
  });
  return {
    wallMs: runs.reduce((a, r) => a + r.wallMs, 0),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    exit: 0,
    ...(roundTrips !== undefined ? { roundTrips } : {}),
  };
}

/** The secondary baseline: `ldapwhoami` + one `ldapsearch` per query, one process (and TLS session) each. */
export function runManual(
  commands: [string, string[]][],
  f: SlapdFixture,
  proxy?: FaultProxy,
): Promise<Sample> {
  return sequence(commands, f, proxy);
}

/** The integration the bench checks: the fixture's settings, three mapped groups (one with every user), user mappings. */
export function preflightInput(f: SlapdFixture, port = f.port): PreflightInput {
  return integrationModel({
    settings: { ...f.settings(), agent: { ...f.settings().agent, port } },
    userMappings: { firstName: 'appuser.firstName', lastName: 'appuser.lastName', email: 'appuser.email' },
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'everyone', oktaGroup: 'Everyone' },
    ],
    roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }],
  });
}

/** Writes the settings file and CA for one fixture; returns the CLI arguments. */
export function prepare(f: SlapdFixture, dir: string, name: string, port = f.port): string[] {
  const settings = path.join(dir, `${name}-settings.json`);
  const ca = path.join(dir, `${name}-ca.pem`);
  fs.writeFileSync(settings, JSON.stringify(preflightInput(f, port)));
  fs.writeFileSync(ca, f.caPem);
  return ['preflight', '--settings', settings, '--ca-file', ca, '--example-user', 'ada.lovelace', '--json'];
}

/** The same queries as the preflight, one process each, as an admin would type them by hand. */
export function manualCommands(f: SlapdFixture, pwFile: string, port = f.port): [string, string[]][] {
  const s = f.settings();
  const auth = ['-x', '-H', `ldaps://127.0.0.1:${port}`, '-D', f.bindDn, '-y', pwFile];
  const search = (
    base: string,
    scope: string,
    limit: number,
    filter: string,
    ...attrs: string[]
  ): [string, string[]] => [
    'ldapsearch',
    [
      ...auth,
      '-LLL',
      '-b',
      base,
      '-s',
      scope,
      '-z',
      String(limit),
      filter,
      ...(attrs.length ? attrs : ['1.1']),
    ],
  ];
  const users = s.user.searchBase;
  const groups = s.group.searchBase;
  const sampled = ['entrydn', 'mail', 'memberof', 'pwdlock', 'entryUUID', 'modifyTimestamp'];
  return [
    ['ldapwhoami', auth],
    search(s.agent.rootDn, 'base', 1, '(objectClass=*)'),
    search(users, 'base', 1, '(objectClass=*)'),
    search(groups, 'base', 1, '(objectClass=*)'),
    search(users, 'sub', 5, '(objectclass=inetorgperson)'),
    search(groups, 'sub', 5, '(objectclass=groupofnames)'),
    search(groups, 'sub', 5, '(objectclass=groupofnames)'),
    search(users, 'sub', 6, '(objectclass=inetorgperson)', ...sampled),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=engineering))'),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=everyone))'),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=admins))'),
    search(
      users,
      'sub',
      2,
      '(&(objectclass=inetorgperson)(|(uid=ada.lovelace)(mail=ada.lovelace)))',
      '*',
      ...sampled,
    ),
  ];
}
