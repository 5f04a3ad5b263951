/**
 * The preflight under a bad network: a fault-injecting proxy sits between the preflight and the real
 * slapd fixture. For each fault the preflight must end within its configured timeout plus a slack a
 * loaded 2-core machine meets (test/support/timing-bounds.ts), name the fault class in the failing finding, never reconnect behind the admin's back, and leave no socket or
 * timer open (checked here with process.getActiveResourcesInfo(), and by running this file under
 * `npx jest --detectOpenHandles test/hardening/faults.test.ts`).
 */
import { classifyFault, TLS_HANDSHAKE_BYTES } from '../../lib/preflight/fault-class';
import type { Finding, PreflightReport } from '../../lib/preflight/finding';
import { runPreflight } from '../../lib/preflight/run-preflight';
import type { PreflightOptions } from '../../lib/preflight/preflight-options';
import { Fault, FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { LOADED_MACHINE_SLACK_MS, NOT_REACHED_TIMEOUT_MS } from '../support/timing-bounds';
import { activeResourceCounts, leakedResources, ResourceCounts } from './support/active-resources';
import { integrationModel } from '../../lib/model/integration-model';

const CONNECT_TIMEOUT_MS = 1000;
const OPERATION_TIMEOUT_MS = 1000;
/** Far above connect/operation timeout + slack: a run that ignored those would fail its bound. */
const OVERALL_TIMEOUT_MS = NOT_REACHED_TIMEOUT_MS;
/** A fault that ends the run at once (reset, close) is given timeouts it must not wait for. */
const LONG_TIMEOUTS: Partial<PreflightOptions> = {
  connectTimeoutMs: NOT_REACHED_TIMEOUT_MS,
  operationTimeoutMs: NOT_REACHED_TIMEOUT_MS,
};

let fixture: SlapdFixture;
/** Server-to-client bytes on the wire once the bind has succeeded (TLS handshake + session tickets + bind response). */
let bytesAfterBind = 0;

interface FaultRun {
  readonly report: PreflightReport;
  readonly elapsedMs: number;
  readonly proxy: FaultProxy;
  /** Resources still open after the preflight returned and the proxy closed, beyond the baseline. */
  readonly leaked: ResourceCounts;
  /** Proxy-side sockets still open once the preflight returned (waits up to 1 s for them to close). */
  readonly proxySocketsLeft: number;
}

async function throughProxy(fault: Fault, options: Partial<PreflightOptions> = {}): Promise<FaultRun> {
  const before = activeResourceCounts();
  const proxy = await startFaultProxy({ target: { host: fixture.host, port: fixture.port }, fault });
  const base = fixture.settings();
  const settings = { ...base, agent: { ...base.agent, port: proxy.port } };
  const started = Date.now();
  const report = await runPreflight(
    integrationModel({ settings, groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }] }),
    {
      bindPassword: fixture.bindPassword,
      ca: fixture.caPem,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      operationTimeoutMs: OPERATION_TIMEOUT_MS,
      overallTimeoutMs: OVERALL_TIMEOUT_MS,
      ...options,
    },
  );
  const elapsedMs = Date.now() - started;
  // When the preflight closed its socket, the proxy closes its two sides of that connection.
  const deadline = Date.now() + 1000;
  while (proxy.stats.openSockets > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const proxySocketsLeft = proxy.stats.openSockets;
  await proxy.close();
  const leaked = await leakedResources(before);
  return { report, elapsedMs, proxy, leaked, proxySocketsLeft };
}

function firstFailure(report: PreflightReport): Finding {
  const failed = report.findings.find((f) => f.status === 'fail');
  if (!failed) throw new Error(`expected a failed finding, got ${JSON.stringify(report.findings)}`);
  return failed;
}

/** Every check after `failedId` is skipped because of it: no check ran on a broken connection. */
function expectRestSkippedBecause(report: PreflightReport, failedId: string): void {
  const index = report.findings.findIndex((f) => f.id === failedId);
  const rest = report.findings.slice(index + 1);
  expect(rest.length).toBeGreaterThan(0);
  for (const f of rest)
    expect({ id: f.id, status: f.status, skippedBecause: f.skippedBecause }).toEqual({
      id: f.id,
      status: 'skipped',
      skippedBecause: failedId,
    });
}

function expectClean(run: FaultRun): void {
  expect(run.proxySocketsLeft).toBe(0);
  expect(run.leaked).toEqual({});
}

beforeAll(async () => {
  fixture = await startSlapd({ plainLdapPort: true });
  // A clean run through the proxy measures where the bind ends on the wire.
  const proxy = await startFaultProxy({
    target: { host: fixture.host, port: fixture.port },
    fault: { kind: 'none' },
  });
  const base = fixture.settings();
  await runPreflight(
    integrationModel({ settings: { ...base, agent: { ...base.agent, port: proxy.port } } }),
    {
      bindPassword: fixture.bindPassword,
      ca: fixture.caPem,
      onProgress: (f) => {
        if (f.id === 'PF-BIND') bytesAfterBind = proxy.stats.bytesToClient;
      },
    },
  );
  await proxy.close();
});

afterAll(async () => {
  await fixture?.stop();
});

describe('preflight through a fault-injecting proxy', () => {
  it('the handle check is not blind: it sees an open socket and a pending timer, then their release', async () => {
    const before = activeResourceCounts();
    const proxy = await startFaultProxy({
      target: { host: fixture.host, port: fixture.port },
      fault: { kind: 'none' },
    });
    const timer = setTimeout(() => undefined, 10_000);
    expect(await leakedResources(before, 0)).toMatchObject({ TCPServerWrap: 1, Timeout: 1 });
    clearTimeout(timer);
    await proxy.close();
    expect(await leakedResources(before)).toEqual({});
  });

  it('control: with no fault every check passes over one connection', async () => {
    const run = await throughProxy({ kind: 'none' });
    expect(run.report.ok).toBe(true);
    expect(run.report.summary.fail).toBe(0);
    expect(run.proxy.stats.connections).toBe(1);
    expect(bytesAfterBind).toBeGreaterThan(1000);
    expectClean(run);
  });

  it('delay of 30 ms on every chunk: still passes (latency under the timeouts is fine)', async () => {
    const run = await throughProxy({ kind: 'delay', ms: 30 });
    expect(run.report.ok).toBe(true);
    expectClean(run);
  });

  it('delay longer than the connect timeout: PF-TLS fails with fault class timeout within the connect timeout', async () => {
    const run = await throughProxy({ kind: 'delay', ms: 1500 });
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence.faultClass).toBe('timeout');
    expect(failed.message).toMatch(/accepted no TLS handshake within 1000 ms/);
    expect(run.elapsedMs).toBeLessThanOrEqual(CONNECT_TIMEOUT_MS + LOADED_MACHINE_SLACK_MS);
    expectRestSkippedBecause(run.report, 'PF-TLS');
    expectClean(run);
  });

  it('stall before the handshake: PF-TLS fails with fault class timeout within the connect timeout', async () => {
    const run = await throughProxy({ kind: 'stall', afterBytes: 0 });
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence.faultClass).toBe('timeout');
    expect(run.elapsedMs).toBeLessThanOrEqual(CONNECT_TIMEOUT_MS + LOADED_MACHINE_SLACK_MS);
    expectClean(run);
  });

  it('stall mid-session (after the bind): the first search times out, nothing reconnects, the rest is skipped', async () => {
    const run = await throughProxy({ kind: 'stall', afterBytes: bytesAfterBind + 5 });
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-BASE-ROOT');
    expect(failed.evidence.faultClass).toBe('timeout');
    expect(failed.message).toMatch(/failed \(timeout\): SearchRequest: Operation timed out/);
    expect(run.elapsedMs).toBeLessThanOrEqual(OPERATION_TIMEOUT_MS + LOADED_MACHINE_SLACK_MS);
    expect(run.proxy.stats.connections).toBe(1);
    expectRestSkippedBecause(run.report, 'PF-BASE-ROOT');
    expectClean(run);
  });

  it('reset mid-search: the search fails with fault class reset, nothing reconnects, the rest is skipped', async () => {
    const run = await throughProxy({ kind: 'reset', afterServerBytes: bytesAfterBind + 5 });
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-BASE-ROOT');
    expect(failed.evidence.faultClass).toBe('reset');
    expect(failed.evidence.code).toBeUndefined();
    expect(failed.message).toMatch(/failed \(reset\): Socket error/);
    expect(run.elapsedMs).toBeLessThanOrEqual(OPERATION_TIMEOUT_MS + LOADED_MACHINE_SLACK_MS);
    expect(run.proxy.stats.connections).toBe(1);
    expectRestSkippedBecause(run.report, 'PF-BASE-ROOT');
    expectClean(run);
  });

  it('close on the ClientHello, before any server byte: PF-TLS names a protocol mismatch (what a plain LDAP port does)', async () => {
    const run = await throughProxy({ kind: 'closeDuringHandshake' }, LONG_TIMEOUTS);
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    // Indistinguishable on the client from a plain LDAP port closing on a ClientHello.
    expect(failed.evidence).toMatchObject({ faultClass: 'protocol-mismatch', code: 'ECONNRESET' });
    expect(failed.message).toBe(
      `127.0.0.1:${run.proxy.port} did not complete a TLS handshake (ECONNRESET): it looks like a plain LDAP port, not LDAPS`,
    );
    expect(run.proxy.stats.bytesToClient).toBe(0);
    expect(run.elapsedMs).toBeLessThanOrEqual(LOADED_MACHINE_SLACK_MS);
    expectRestSkippedBecause(run.report, 'PF-TLS');
    expectClean(run);
  });

  it('close mid-ServerHello (after 200 server bytes): PF-TLS fails at once as a TLS handshake failure', async () => {
    const run = await throughProxy({ kind: 'closeDuringHandshake', afterServerBytes: 200 }, LONG_TIMEOUTS);
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence).toMatchObject({
      faultClass: 'tls-handshake',
      code: 'ECONNRESET',
      serverBytes: 200,
    });
    expect(failed.message).toBe(
      `TLS handshake with 127.0.0.1:${run.proxy.port} failed (tls-handshake, ECONNRESET): the server sent 200 bytes of TLS, then closed the connection`,
    );
    expect(failed.fix).toMatch(/^The port speaks TLS, so host and port look right/);
    expect(run.elapsedMs).toBeLessThanOrEqual(LOADED_MACHINE_SLACK_MS);
    expectRestSkippedBecause(run.report, 'PF-TLS');
    expectClean(run);
  });

  it('close after 3 server bytes (less than a TLS record header): still a TLS handshake failure', async () => {
    const run = await throughProxy({ kind: 'closeDuringHandshake', afterServerBytes: 3 }, LONG_TIMEOUTS);
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence).toMatchObject({ faultClass: 'tls-handshake', serverBytes: 3 });
    expect(run.elapsedMs).toBeLessThanOrEqual(LOADED_MACHINE_SLACK_MS);
    expectClean(run);
  });

  it('reset during the handshake (after 100 server bytes): PF-TLS fails at once with fault class reset', async () => {
    const run = await throughProxy({ kind: 'reset', afterServerBytes: 100 }, LONG_TIMEOUTS);
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence).toMatchObject({ faultClass: 'reset', code: 'ECONNRESET', serverBytes: 100 });
    expect(failed.message).toBe(
      `127.0.0.1:${run.proxy.port} reset the connection during the TLS handshake (reset, ECONNRESET) after sending 100 bytes of TLS`,
    );
    expect(run.elapsedMs).toBeLessThanOrEqual(LOADED_MACHINE_SLACK_MS);
    expectRestSkippedBecause(run.report, 'PF-TLS');
    expectClean(run);
  });

  it('reset before any server byte: PF-TLS names a protocol mismatch (a plain port may reset on a ClientHello)', async () => {
    const run = await throughProxy({ kind: 'reset', afterServerBytes: 0 }, LONG_TIMEOUTS);
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence).toMatchObject({
      faultClass: 'protocol-mismatch',
      code: 'ECONNRESET',
      serverBytes: 0,
    });
    expect(failed.message).toBe(
      `127.0.0.1:${run.proxy.port} did not complete a TLS handshake (ECONNRESET): it looks like a plain LDAP port, not LDAPS`,
    );
    expect(run.elapsedMs).toBeLessThanOrEqual(LOADED_MACHINE_SLACK_MS);
    expectClean(run);
  });

  it('LDAPS against the real plain LDAP port of slapd: a protocol mismatch, not a TLS failure', async () => {
    const before = activeResourceCounts();
    const base = fixture.settings();
    const report = await runPreflight(
      integrationModel({ settings: { ...base, agent: { ...base.agent, port: fixture.plainPort! } } }),
      {
        bindPassword: fixture.bindPassword,
        ca: fixture.caPem,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
        operationTimeoutMs: OPERATION_TIMEOUT_MS,
        overallTimeoutMs: OVERALL_TIMEOUT_MS,
      },
    );
    const failed = firstFailure(report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence).toMatchObject({ faultClass: 'protocol-mismatch', serverBytes: 0 });
    expect(failed.message).toBe(
      `127.0.0.1:${fixture.plainPort!} did not complete a TLS handshake (ECONNRESET): it looks like a plain LDAP port, not LDAPS`,
    );
    expect(await leakedResources(before)).toEqual({});
  });

  it('trickle, one byte per write with no delay: every check still passes (framing survives fragmentation)', async () => {
    const run = await throughProxy({ kind: 'trickle', delayMs: 0 });
    expect(run.report.ok).toBe(true);
    expect(run.proxy.stats.bytesToClient).toBeGreaterThan(bytesAfterBind);
    expectClean(run);
  });

  it('trickle, one byte every 3 ms: the handshake cannot finish; PF-TLS times out within the connect timeout', async () => {
    const run = await throughProxy({ kind: 'trickle', delayMs: 3 });
    const failed = firstFailure(run.report);
    expect(failed.id).toBe('PF-TLS');
    expect(failed.evidence.faultClass).toBe('timeout');
    expect(run.elapsedMs).toBeLessThanOrEqual(CONNECT_TIMEOUT_MS + LOADED_MACHINE_SLACK_MS);
    expectClean(run);
  });

  it('slow but answering (250 ms per chunk): the overall timeout ends the run within the overall timeout', async () => {
    const overallTimeoutMs = 1500;
    const run = await throughProxy({ kind: 'delay', ms: 250 }, { ...LONG_TIMEOUTS, overallTimeoutMs });
    const failed = firstFailure(run.report);
    expect(failed.evidence.faultClass).toBe('timeout');
    expect(failed.message).toBe(
      `The preflight ran out of time (overall timeout ${overallTimeoutMs} ms) during this check`,
    );
    expect(run.elapsedMs).toBeLessThanOrEqual(overallTimeoutMs + LOADED_MACHINE_SLACK_MS);
    expectRestSkippedBecause(run.report, failed.id);
    expectClean(run);
  });
});

describe('classifyFault of a failed TLS handshake, by the server bytes LdapConnection recorded', () => {
  const handshakeError = (message: string, serverBytes?: number): Error =>
    Object.assign(
      new Error(message),
      { code: 'ECONNRESET' },
      serverBytes !== undefined ? { [TLS_HANDSHAKE_BYTES]: serverBytes } : {},
    );
  const closed = 'Client network socket disconnected before secure TLS connection was established';

  test.each([
    [closed, 0, 'protocol-mismatch'],
    ['read ECONNRESET', 0, 'protocol-mismatch'],
    [closed, 200, 'tls-handshake'],
    ['read ECONNRESET', 100, 'reset'],
    // Not from a handshake LdapConnection watched: as before.
    [closed, undefined, 'protocol-mismatch'],
    ['read ECONNRESET', undefined, 'reset'],
  ] as const)('%s after %s server bytes -> %s', (message, serverBytes, faultClass) => {
    expect(classifyFault(handshakeError(message, serverBytes))).toEqual({
      faultClass,
      code: 'ECONNRESET',
      detail: message,
      ...(serverBytes !== undefined ? { serverBytes } : {}),
    });
  });
});
