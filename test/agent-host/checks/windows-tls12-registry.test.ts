import { windowsTls12RegistryCheck } from '../../../lib/agent-host/checks/windows-tls12-registry';
import { agentHostContext } from '../../support/fake-agent-host';
import { fixture, fixtureProbe } from '../fixture-probe';

const TLS12 =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';
const SERVER = `${TLS12}\\Server`;
const CLIENT = `${TLS12}\\Client`;
const probe = (registry: Record<string, string>) => fixtureProbe({ platform: 'win32', registry });

describe('AH-WIN-TLS12', () => {
  test('applies on Windows only', () => {
    expect(windowsTls12RegistryCheck.appliesTo?.(agentHostContext(probe({})))).toBe(true);
    expect(windowsTls12RegistryCheck.appliesTo?.(agentHostContext(fixtureProbe({ platform: 'linux' })))).toBe(
      false,
    );
  });

  test('the four values set pass; reads the Server and Client keys once each', async () => {
    const p = probe({
      [SERVER]: fixture('reg-query', 'tls12-server-set.txt'),
      [CLIENT]: fixture('reg-query', 'tls12-client-set.txt'),
    });
    expect(await windowsTls12RegistryCheck.run(agentHostContext(p))).toMatchObject({
      status: 'pass',
      message: 'TLS 1.2 is enabled for SCHANNEL server and client (the four registry values are set)',
    });
    expect(p.regQueries).toEqual([SERVER, CLIENT]);
  });

  test('client disabled and server missing fail, listing every wrong value', async () => {
    const p = probe({ [CLIENT]: fixture('reg-query', 'tls12-client-disabled.txt') });
    const outcome = await windowsTls12RegistryCheck.run(agentHostContext(p));
    expect(outcome).toMatchObject({
      status: 'fail',
      message:
        'TLS 1.2 is not enabled as the agent requires: TLS 1.2\\Server\\Enabled is missing (needs 1); TLS 1.2\\Server\\DisabledByDefault is missing (needs 0); TLS 1.2\\Client\\Enabled is 0 (needs 1); TLS 1.2\\Client\\DisabledByDefault is 1 (needs 0)',
      fix: "Run 'cdktf-okta-ldap agent-host --print-windows-tls12 > tls12.ps1' and run tls12.ps1 as Administrator (or '--print-windows-tls12 --format reg > tls12.reg' and 'reg import tls12.reg'), then restart Windows.",
    });
    expect(outcome.evidence?.values).toContainEqual({ key: CLIENT, name: 'Enabled', expected: 1, found: 0 });
  });
});
