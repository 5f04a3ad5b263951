/**
 * Preflight benchmark, in one run:
 *  1. the full preflight (the built bin, one process, one connection) vs the equivalent commands an
 *     admin runs by hand — `ldapwhoami` + one `ldapsearch` per query, the same queries, one process
 *     each — on a 10-user directory;
 *  2. the preflight on a 10-user vs a 100,000-user directory with a 100,000-member mapped group.
 *
 *   npm run build && npm run bench:preflight             # 7 measured runs per case
 *   npm run bench:preflight -- --runs 3 --users 20000     # smaller, quicker
 *
 * Each preflight run is a fresh `node dist/bin/cdktf-okta-ldap.js preflight --json` process under
 * `/usr/bin/time` (peak RSS of that process). Reported: median wall time of the process, median
 * `durationMs` of the report (the checks alone, without Node start-up), peak RSS. Manual commands are
 * run one after another; their wall times are summed per round. Targets: preflight faster than the
 * manual commands; 100k within 1.5x of 10 users (durationMs); peak RSS under 100 MB.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { OktaAdminRole } from '../lib/mappings/mapping-types';
import { FaultProxy, startFaultProxy } from '../test/support/fault-proxy';
import { DEFAULT_USERS, FixtureUser, SlapdFixture, startSlapd } from '../test/support/slapd-fixture';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'dist', 'bin', 'cdktf-okta-ldap.js');
const TIME = '/usr/bin/time';

interface Run {
  readonly wallMs: number;
  readonly durationMs: number;
  readonly maxRssMb: number;
  readonly exit: number;
  /** Dependent round trips on the wire (TCP handshake + answered client flights), when run through the proxy. */
  readonly roundTrips?: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    users: { type: 'string', default: '100000' },
    'delay-ms': { type: 'string', default: '10' },
  },
});
const DELAY_MS = Number(values['delay-ms']);
const RUNS = Number(values.runs);
const LARGE = Number(values.users);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface Exec {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a process without blocking the event loop (the delay proxy lives in this process). */
function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exec> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

/** Writes the settings file and CA for one fixture; returns the CLI arguments. */
function prepare(f: SlapdFixture, dir: string, name: string, port = f.port): string[] {
  const settings = path.join(dir, `${name}-settings.json`);
  const ca = path.join(dir, `${name}-ca.pem`);
  fs.writeFileSync(
    settings,
    JSON.stringify({
      settings: { ...f.settings(), agent: { ...f.settings().agent, port } },
      userMappings: { firstName: 'appuser.firstName', lastName: 'appuser.lastName', email: 'appuser.email' },
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
        { ldapGroup: 'everyone', oktaGroup: 'Everyone' },
      ],
      roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }],
    }),
  );
  fs.writeFileSync(ca, f.caPem);
  return ['preflight', '--settings', settings, '--ca-file', ca, '--example-user', 'ada.lovelace', '--json'];
}

async function runPreflightProcess(args: string[], f: SlapdFixture, proxy?: FaultProxy): Promise<Run> {
  const flightsBefore = proxy?.stats.answeredClientFlights ?? 0;
  const hasTime = fs.existsSync(TIME);
  const env = { PATH: process.env.PATH, LDAP_BIND_PASSWORD: f.bindPassword };
  const start = process.hrtime.bigint();
  const result = hasTime
    ? await exec(TIME, ['-f', '%M', process.execPath, BIN, ...args], env)
    : await exec(process.execPath, [BIN, ...args], env);
  const wallMs = ms(start);
  const report = JSON.parse(result.stdout) as { durationMs: number; ok: boolean };
  const rssKb = hasTime ? Number(/(\d+)\s*$/.exec(result.stderr.trim())?.[1] ?? NaN) : NaN;
  return {
    wallMs,
    durationMs: report.durationMs,
    maxRssMb: rssKb / 1024,
    exit: result.status ?? -1,
    ...(proxy !== undefined ? { roundTrips: 1 + proxy.stats.answeredClientFlights - flightsBefore } : {}),
  };
}

/** Wall time of a bare `node -e 1` process: the start-up floor the CLI is compared with. */
async function runBareNode(): Promise<number> {
  const start = process.hrtime.bigint();
  await exec(process.execPath, ['-e', '1'], { PATH: process.env.PATH });
  return ms(start);
}

/**
 * Wall time of the least a Node TLS client does before its first handshake: a `node` process that
 * loads `tls` and builds one secure context with the CA (Node parses its bundled root store on the
 * first context it builds, with or without a custom CA).
 */
async function runTlsFloor(caFile: string): Promise<number> {
  const start = process.hrtime.bigint();
  await exec(
    process.execPath,
    [
      '-e',
      `require('tls').createSecureContext({ ca: require('fs').readFileSync(${JSON.stringify(caFile)}) })`,
    ],
    { PATH: process.env.PATH },
  );
  return ms(start);
}

/** The same queries as the preflight, one process each, as an admin would type them. */
function manualCommands(f: SlapdFixture, pwFile: string, port = f.port): [string, string[]][] {
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
  return [
    ['ldapwhoami', auth],
    search(s.agent.rootDn, 'base', 1, '(objectClass=*)'),
    search(users, 'base', 1, '(objectClass=*)'),
    search(groups, 'base', 1, '(objectClass=*)'),
    search(users, 'sub', 5, '(objectclass=inetorgperson)'),
    search(groups, 'sub', 5, '(objectclass=groupofnames)'),
    search(groups, 'sub', 5, '(objectclass=groupofnames)'),
    search(
      users,
      'sub',
      6,
      '(objectclass=inetorgperson)',
      'entrydn',
      'mail',
      'memberof',
      'pwdlock',
      'entryUUID',
    ),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=engineering))'),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=everyone))'),
    search(groups, 'sub', 2, '(&(objectclass=groupofnames)(cn=admins))'),
    search(
      users,
      'sub',
      2,
      '(&(objectclass=inetorgperson)(|(uid=ada.lovelace)(mail=ada.lovelace)))',
      '*',
      'entrydn',
      'entryUUID',
      'memberof',
    ),
  ];
}

async function runManual(commands: [string, string[]][], f: SlapdFixture): Promise<number> {
  const start = process.hrtime.bigint();
  for (const [cmd, args] of commands) {
    const r = await exec(cmd, args, { ...process.env, ...f.ldapEnv });
    // 0 = ok, 4 = size limit exceeded (expected with -z).
    if (r.status !== 0 && r.status !== 4)
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return ms(start);
}

async function main(): Promise<void> {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-preflight-'));
  const extra: FixtureUser[] = Array.from({ length: 5 }, (_, i) => ({
    uid: `user${i + 1}`,
    givenName: `User`,
    sn: `${i + 1}`,
    mail: `user${i + 1}@example.com`,
    pwdlock: false,
    groups: ['engineering'],
  }));
  const smallUsers = [...DEFAULT_USERS, ...extra];
  const t0 = Date.now();
  const small = await startSlapd({
    users: smallUsers,
    groups: [{ cn: 'everyone', members: smallUsers.map((u) => u.uid) }],
  });
  console.log(`10-user fixture up in ${Date.now() - t0} ms`);
  const t1 = Date.now();
  const large = await startSlapd({ bulkUsers: LARGE, largeGroup: { cn: 'everyone', members: LARGE } });
  console.log(`${LARGE}-user fixture (group 'everyone' with ${LARGE} members) up in ${Date.now() - t1} ms`);
  const proxy = await startFaultProxy({
    target: { host: '127.0.0.1', port: small.port },
    fault: DELAY_MS > 0 ? { kind: 'delay', ms: DELAY_MS } : { kind: 'none' },
  });
  try {
    const pwFile = path.join(work, 'pw');
    fs.writeFileSync(pwFile, small.bindPassword, { mode: 0o600 });
    const smallArgs = prepare(small, work, 'small');
    const largeArgs = prepare(large, work, 'large');
    const remoteArgs = prepare(small, work, 'remote', proxy.port);
    const commands = manualCommands(small, pwFile);
    const remoteCommands = manualCommands(small, pwFile, proxy.port);

    // Warm-up (page cache, slapd caches) for every case.
    await runPreflightProcess(smallArgs, small);
    await runPreflightProcess(largeArgs, large);
    await runManual(commands, small);

    const smallRuns: Run[] = [];
    const largeRuns: Run[] = [];
    const remoteRuns: Run[] = [];
    const manual: number[] = [];
    const remoteManual: number[] = [];
    const bare: number[] = [];
    const tlsFloor: number[] = [];
    const smallCa = path.join(work, 'small-ca.pem');
    await runBareNode();
    for (let i = 0; i < RUNS; i++) {
      bare.push(await runBareNode());
      tlsFloor.push(await runTlsFloor(smallCa));
      smallRuns.push(await runPreflightProcess(smallArgs, small));
      largeRuns.push(await runPreflightProcess(largeArgs, large));
      manual.push(await runManual(commands, small));
      remoteRuns.push(await runPreflightProcess(remoteArgs, small, proxy));
      remoteManual.push(await runManual(remoteCommands, small));
    }
    for (const r of [...smallRuns, ...largeRuns, ...remoteRuns]) {
      if (r.exit !== 0) throw new Error(`a preflight run exited ${r.exit}`);
    }
    const row = (runs: Run[]) => ({
      wall: median(runs.map((r) => r.wallMs)),
      checks: median(runs.map((r) => r.durationMs)),
      rss: Math.max(...runs.map((r) => r.maxRssMb)),
    });
    const s = row(smallRuns);
    const l = row(largeRuns);
    const r = row(remoteRuns);
    const m = median(manual);
    const nodeFloor = median(bare);
    const tls = median(tlsFloor);
    const rtt = 2 * DELAY_MS;
    const trips = median(remoteRuns.map((x) => x.roundTrips ?? NaN));
    const tripsRange = `${Math.min(...remoteRuns.map((x) => x.roundTrips ?? NaN))}–${Math.max(...remoteRuns.map((x) => x.roundTrips ?? NaN))}`;
    const spread = (xs: number[]) => `${f1(Math.min(...xs))}–${f1(Math.max(...xs))}`;
    const rm = median(remoteManual);
    const f1 = (x: number) => x.toFixed(1);
    const big = LARGE.toLocaleString('en');
    const n = commands.length;
    const lines = [
      `Preflight benchmark — ${RUNS} runs, medians; node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| case | wall (process) | checks (durationMs) | peak RSS |',
      '| --- | ---: | ---: | ---: |',
      `| bare \`node -e 1\` | ${f1(nodeFloor)} ms | — | — |`,
      `| \`node\` building one TLS secure context with the CA (any Node TLS client's floor) | ${f1(tls)} ms | — | — |`,
      `| preflight, 10 users, loopback | ${f1(s.wall)} ms | ${f1(s.checks)} ms | ${f1(s.rss)} MB |`,
      `| manual: ldapwhoami + ${n - 1} ldapsearch (${n} processes), 10 users, loopback | ${f1(m)} ms | — | — |`,
      `| preflight, 10 users, +${DELAY_MS} ms each way (RTT ${2 * DELAY_MS} ms) | ${f1(r.wall)} ms | ${f1(r.checks)} ms | ${f1(r.rss)} MB |`,
      `| manual, 10 users, +${DELAY_MS} ms each way | ${f1(rm)} ms | — | — |`,
      `| preflight, ${big} users + ${big}-member mapped group, loopback | ${f1(l.wall)} ms | ${f1(l.checks)} ms | ${f1(l.rss)} MB |`,
      '',
      `- start-up: preflight process (loopback) / bare node: ${(s.wall / nodeFloor).toFixed(2)}x (target <= 1.5); spreads ${spread(smallRuns.map((x) => x.wallMs))} ms vs ${spread(bare)} ms`,
      `- preflight process (loopback) / a node process building one TLS context: ${(s.wall / tls).toFixed(2)}x; that floor alone is ${(tls / nodeFloor).toFixed(2)}x bare node`,
      `- RTT ${rtt} ms: ${trips} dependent round trips on the wire (TCP + answered client flights; range ${tripsRange}), checks durationMs / RTT = ${(r.checks / rtt).toFixed(1)} (target <= 8); spread of durationMs ${spread(remoteRuns.map((x) => x.durationMs))} ms`,
      `- preflight / manual (wall, 10 users): loopback ${(s.wall / m).toFixed(2)}x, RTT ${2 * DELAY_MS} ms ${(r.wall / rm).toFixed(2)}x (target < 1)`,
      `- ${big} users / 10 users (checks): ${(l.checks / s.checks).toFixed(2)}x (target <= 1.5); wall: ${(l.wall / s.wall).toFixed(2)}x`,
      `- peak RSS, ${big} users: ${f1(l.rss)} MB (target < 100 MB)`,
    ];
    console.log(`\n${lines.join('\n')}`);
  } finally {
    await proxy.close();
    await Promise.all([small.stop(), large.stop()]);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
