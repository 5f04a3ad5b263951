/**
 * Dependent round trips of one preflight, counted on the wire by a delay proxy (TCP handshake +
 * client flights the server answered): after the bind, every check's searches go out together.
 */
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { runPreflight } from '../../lib/preflight/run-preflight';
import { FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { integrationModel } from '../../lib/model/integration-model';

let dir: SlapdFixture;
let proxy: FaultProxy;

beforeAll(async () => {
  dir = await startSlapd();
  // 60 ms each way: the client's requests of one flight reach the proxy long before any answer,
  // also on a loaded 2-core machine (at 15 ms, one flight was sometimes counted as two there).
  proxy = await startFaultProxy({
    target: { host: dir.host, port: dir.port },
    fault: { kind: 'delay', ms: 60 },
  });
});
afterAll(async () => {
  await Promise.all([proxy?.close(), dir?.stop()]);
});

test('every check, mapped groups and an example user: TCP, TLS, bind, then one level of searches', async () => {
  const base = dir.settings();
  const report = await runPreflight(
    integrationModel({
      settings: { ...base, agent: { ...base.agent, port: proxy.port } },
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
        { ldapGroup: 'admins', oktaGroup: 'Admins' },
      ],
      roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }],
    }),
    { bindPassword: dir.bindPassword, ca: dir.caPem, exampleUser: 'ada.lovelace' },
  );
  expect(report.findings.filter((f) => f.status === 'fail' || f.status === 'skipped')).toEqual([]);
  expect(proxy.stats.connections).toBe(1);
  // TCP (1) + TLS 1.3 handshake (1) + bind (1) + the searches of every check (1): 4. Before the
  // checks after the bind started together, each dependency level was a round trip of its own.
  expect(1 + proxy.stats.answeredClientFlights).toBeLessThanOrEqual(4);
});

test('the connection sends without Nagle: requests written together leave together, not one per ACK', async () => {
  const net = jest.requireActual<typeof import('net')>('net');
  const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  try {
    const report = await runPreflight(
      integrationModel({ settings: dir.settings(), groupMappings: [], roleMappings: [] }),
      { bindPassword: dir.bindPassword, ca: dir.caPem },
    );
    expect(report.ok).toBe(true);
    expect(setNoDelay.mock.calls).toContainEqual([true]);
    expect(setNoDelay.mock.calls.filter(([enable]) => enable === false)).toEqual([]);
  } finally {
    setNoDelay.mockRestore();
  }
});

test('LDAPS opens TCP before it builds the TLS context, so the root-store parse overlaps the handshake', async () => {
  const net = jest.requireActual<typeof import('net')>('net');
  const tls = jest.requireActual<typeof import('tls')>('tls');
  const connect = jest.spyOn(net.Socket.prototype, 'connect');
  const createSecureContext = jest.spyOn(tls, 'createSecureContext');
  try {
    // Another CA text (same certificate): not in the shared context cache, so a context is built.
    const report = await runPreflight(
      integrationModel({ settings: dir.settings(), groupMappings: [], roleMappings: [] }),
      { bindPassword: dir.bindPassword, ca: `${dir.caPem}\n` },
    );
    expect(report.ok).toBe(true);
    expect(createSecureContext).toHaveBeenCalledTimes(1);
    expect(connect.mock.invocationCallOrder[0]).toBeLessThan(
      createSecureContext.mock.invocationCallOrder[0]!,
    );
  } finally {
    connect.mockRestore();
    createSecureContext.mockRestore();
  }
});
