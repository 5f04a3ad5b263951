/**
 * Preflight benchmark, in one run (rounds interleaved, so every ratio compares figures taken side by
 * side):
 *  1. the full preflight (the built bin, one process, one connection) against the native client
 *     asking the same searches over ONE connection: one `ldapsearch -f FILE` process, one TLS session,
 *     one bind (bench/preflight-native.ts says how the searches are mapped) — on loopback and through
 *     a delay proxy at each `--rtt` (default 20 and 80 ms round trips); with the dependent round trips
 *     both need on the wire, counted by the proxy;
 *  2. Node's own floor in the same rounds: a bare `node -e 1`, and a `node` process that loads `tls`
 *     and builds one secure context with the CA (what any Node TLS client does before its first
 *     handshake), so "the preflight's own work" = preflight − that floor;
 *  3. secondary: the many-process baseline (`ldapwhoami` + one `ldapsearch` per query, a TLS session
 *     each) on loopback and at the first `--rtt`, and the preflight on a 100,000-user directory with
 *     a 100,000-member mapped group.
 *
 *   npm run build && npm run bench:preflight              # 7 rounds
 *   npm run bench:preflight -- --runs 3 --users 20000      # smaller, quicker
 *   npm run bench:preflight -- --rtt 20,80,160 --bin /copy/of/dist/bin/cdktf-okta-ldap.js
 *
 * Every process runs under `/usr/bin/time` (peak RSS) with only PATH (and the bind password or the
 * LDAP client's CA settings) in its environment, so no caller's NODE_OPTIONS or NODE_EXTRA_CA_CERTS
 * moves the figures. Ratios are the median of the per-round ratios. No figure is judged here: the
 * bench prints, docs/benchmarks.md reads.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchOptions } from './bench-options';
import { FaultProxy, startFaultProxy } from '../test/support/fault-proxy';
import { DEFAULT_USERS, FixtureUser, SlapdFixture, startSlapd } from '../test/support/slapd-fixture';
import { nativeInvocations, recordPreflightSearches } from './preflight-native';
import {
  Case,
  manualCommands,
  preflightInput,
  prepare,
  runManual,
  runNative,
  runNode,
  runPreflight,
  Sample,
} from './preflight-runs';

const ROOT = path.resolve(__dirname, '..');

const values = benchOptions(__filename, {
  runs: { type: 'string', default: '7' },
  users: { type: 'string', default: '100000' },
  rtt: { type: 'string', default: '20,80' },
  // Another build of the bin (e.g. a copy of an older dist/), to compare builds with the same bench.
  bin: { type: 'string', default: path.join(ROOT, 'dist', 'bin', 'cdktf-okta-ldap.js') },
});
const BIN = path.resolve(values.bin);
const RUNS = Number(values.runs);
const LARGE = Number(values.users);
const RTTS = values.rtt
  .split(',')
  .map(Number)
  .filter((x) => x > 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const spread = (xs: number[], f = f1): string => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
const walls = (xs: Sample[]): number[] => xs.map((x) => x.wallMs);
/** Per-round ratios a[i] / b[i]. */
const ratios = (a: Sample[], b: Sample[]): number[] => a.map((x, i) => x.wallMs / b[i]!.wallMs);

async function startFixtures(): Promise<{ small: SlapdFixture; large: SlapdFixture }> {
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
  return { small, large };
}

/** The cases of one round, in the order they run (A B A B … across rounds). */
async function buildCases(
  small: SlapdFixture,
  large: SlapdFixture,
  proxies: Map<number, FaultProxy>,
  work: string,
): Promise<Case[]> {
  const pwFile = path.join(work, 'pw');
  fs.writeFileSync(pwFile, small.bindPassword, { mode: 0o600 });
  const ca = path.join(work, 'small-ca.pem');
  const searches = await recordPreflightSearches(preflightInput(small), {
    bindPassword: small.bindPassword,
    ca: small.caPem,
    exampleUser: 'ada.lovelace',
  });
  const invocations = nativeInvocations(searches, work);
  console.log(
    `native baseline: ${searches.length} searches, ${invocations.length} ldapsearch process(es) (one per base)`,
  );
  const cases: Case[] = [
    { key: 'bare', run: () => runNode(['-e', '1']) },
    {
      key: 'floor',
      run: () =>
        runNode([
          '-e',
          `require('tls').createSecureContext({ ca: require('fs').readFileSync(${JSON.stringify(ca)}) })`,
        ]),
    },
    { key: 'pf-0', run: () => runPreflight(BIN, prepare(small, work, 'small'), small) },
    { key: 'native-0', run: () => runNative(invocations, small, pwFile) },
  ];
  for (const [rtt, proxy] of proxies) {
    const args = prepare(small, work, `rtt-${rtt}`, proxy.port);
    cases.push({ key: `pf-${rtt}`, run: () => runPreflight(BIN, args, small, proxy) });
    cases.push({ key: `native-${rtt}`, run: () => runNative(invocations, small, pwFile, proxy) });
  }
  const firstRtt = [...proxies][0];
  cases.push({ key: 'pf-large', run: () => runPreflight(BIN, prepare(large, work, 'large'), large) });
  cases.push({ key: 'manual-0', run: () => runManual(manualCommands(small, pwFile), small) });
  if (firstRtt !== undefined) {
    const [rtt, proxy] = firstRtt;
    const commands = manualCommands(small, pwFile, proxy.port);
    cases.push({ key: `manual-${rtt}`, run: () => runManual(commands, small, proxy) });
  }
  return cases;
}

async function main(): Promise<void> {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-preflight-'));
  const { small, large } = await startFixtures();
  const proxies = new Map<number, FaultProxy>();
  try {
    for (const rtt of RTTS) {
      const ms = Math.round(rtt / 2);
      proxies.set(
        rtt,
        await startFaultProxy({
          target: { host: '127.0.0.1', port: small.port },
          fault: { kind: 'delay', ms },
        }),
      );
    }
    const cases = await buildCases(small, large, proxies, work);
    // Warm-up (page cache, slapd caches) for every case.
    for (const c of cases) await c.run();
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.key, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const c of cases) samples.get(c.key)!.push(await c.run());
    }
    for (const [key, xs] of samples) {
      if (key.startsWith('pf-') && xs.some((x) => x.exit !== 0)) throw new Error(`a ${key} run failed`);
    }
    const manualCount = manualCommands(small, path.join(work, 'pw')).length;
    console.log(`\n${report(samples, manualCount).join('\n')}`);
  } finally {
    for (const proxy of proxies.values()) await proxy.close();
    await Promise.all([small.stop(), large.stop()]);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function caseRow(label: string, xs: Sample[]): string {
  const checks = xs.every((x) => x.durationMs !== undefined)
    ? `${f1(median(xs.map((x) => x.durationMs!)))} ms`
    : '—';
  const trips = xs.every((x) => x.roundTrips !== undefined)
    ? `${median(xs.map((x) => x.roundTrips!))} (${spread(
        xs.map((x) => x.roundTrips!),
        String,
      )})`
    : '—';
  const rss = Math.max(...xs.map((x) => x.maxRssMb));
  return `| ${label} | ${f1(median(walls(xs)))} ms (${spread(walls(xs))}) | ${checks} | ${trips} | ${Number.isFinite(rss) ? `${f1(rss)} MB` : '—'} |`;
}

function report(samples: Map<string, Sample[]>, n: number): string[] {
  const get = (key: string): Sample[] => samples.get(key)!;
  const big = LARGE.toLocaleString('en');
  const rows = [
    caseRow('bare `node -e 1`', get('bare')),
    caseRow("`node` + `tls` + one secure context with the CA (Node's TLS floor)", get('floor')),
    caseRow('preflight, loopback', get('pf-0')),
    caseRow('native: one `ldapsearch -f`, loopback', get('native-0')),
  ];
  for (const rtt of RTTS) {
    rows.push(caseRow(`preflight, RTT ${rtt} ms`, get(`pf-${rtt}`)));
    rows.push(caseRow(`native: one \`ldapsearch -f\`, RTT ${rtt} ms`, get(`native-${rtt}`)));
  }
  rows.push(caseRow(`preflight, ${big} users + ${big}-member mapped group, loopback`, get('pf-large')));
  const manualRtt = RTTS[0];
  rows.push(
    caseRow(`secondary: \`ldapwhoami\` + ldapsearch per query (${n} processes), loopback`, get('manual-0')),
  );
  if (manualRtt !== undefined)
    rows.push(caseRow(`secondary: the same ${n} processes, RTT ${manualRtt} ms`, get(`manual-${manualRtt}`)));

  const own = get('pf-0').map((x, i) => x.wallMs - get('floor')[i]!.wallMs);
  const lines = [
    `Preflight benchmark — ${RUNS} rounds, medians (min–max); node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map(f2).join(' ')}, ${new Date().toISOString().slice(0, 16)} UTC`,
    '',
    '| case | wall (process) | checks (`durationMs`) | dependent round trips on the wire | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `- preflight ÷ native (one connection), per-round ratios: loopback ${f2(median(ratios(get('pf-0'), get('native-0'))))} (${spread(ratios(get('pf-0'), get('native-0')), f2)})${RTTS.map((rtt) => `, RTT ${rtt} ms ${f2(median(ratios(get(`pf-${rtt}`), get(`native-${rtt}`))))} (${spread(ratios(get(`pf-${rtt}`), get(`native-${rtt}`)), f2)})`).join('')}`,
    `- the preflight's own work on loopback (preflight − Node's TLS floor, per round): ${f1(median(own))} ms (${spread(own)}); preflight ÷ TLS floor ${f2(median(ratios(get('pf-0'), get('floor'))))}; TLS floor ÷ bare node ${f2(median(ratios(get('floor'), get('bare'))))}`,
    `- ${big} users ÷ 10 users (checks): ${f2(median(get('pf-large').map((x) => x.durationMs!)) / median(get('pf-0').map((x) => x.durationMs!)))}; peak RSS ${f1(Math.max(...get('pf-large').map((x) => x.maxRssMb)))} MB`,
  ];
  if (manualRtt !== undefined) {
    lines.push(
      `- secondary: preflight ÷ ${n} processes: loopback ${f2(median(ratios(get('pf-0'), get('manual-0'))))}, RTT ${manualRtt} ms ${f2(median(ratios(get(`pf-${manualRtt}`), get(`manual-${manualRtt}`))))}`,
    );
  }
  return lines;
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
