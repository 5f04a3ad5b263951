import { ldapCaTrustCheck } from '../../../lib/agent-host/checks/ldap-ca-trust';
import { agentHostContext } from '../../support/fake-agent-host';
import { fixtureProbe } from '../fixture-probe';

const LINUX_COMMAND =
  "sudo /opt/Okta/OktaLDAPAgent/jre/bin/keytool -importcert -noprompt -alias ldap-server-ca -file '/etc/ssl/my ca.pem' -keystore /opt/Okta/OktaLDAPAgent/jre/lib/security/cacerts -storepass changeit";
const WINDOWS_COMMAND =
  "& 'C:\\Program Files\\Okta\\Okta LDAP Agent\\jre\\bin\\keytool.exe' -importcert -noprompt -alias ldap-server-ca -file '/etc/ssl/my ca.pem' -keystore 'C:\\Program Files\\Okta\\Okta LDAP Agent\\jre\\lib\\security\\cacerts' -storepass changeit";

describe('AH-LDAP-CA', () => {
  test('applies only when --ca-file names a CA', () => {
    const probe = fixtureProbe({ platform: 'linux' });
    expect(ldapCaTrustCheck.appliesTo?.(agentHostContext(probe))).toBe(false);
    expect(ldapCaTrustCheck.appliesTo?.(agentHostContext(probe, { caFile: '/ca.pem' }))).toBe(true);
  });

  test('warns with the keytool command for Linux (the file name quoted)', async () => {
    const context = agentHostContext(fixtureProbe({ platform: 'linux' }), { caFile: '/etc/ssl/my ca.pem' });
    const outcome = await ldapCaTrustCheck.run(context);
    expect(outcome).toMatchObject({
      status: 'warn',
      message:
        "The LDAP server certificate is checked against a private CA (/etc/ssl/my ca.pem): the Okta LDAP agent trusts only its bundled Java runtime's cacerts, so import the CA there",
      evidence: {
        caFile: '/etc/ssl/my ca.pem',
        caBundle: '/etc/ssl/my ca.pem',
        command: LINUX_COMMAND,
        linuxCommand: LINUX_COMMAND,
        windowsCommand: WINDOWS_COMMAND,
      },
    });
    expect(outcome.fix).toMatch(
      new RegExp(`^As root: ${LINUX_COMMAND.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — then restart`),
    );
  });

  test('on Windows the PowerShell command leads', async () => {
    const context = agentHostContext(fixtureProbe({ platform: 'win32' }), { caFile: '/etc/ssl/my ca.pem' });
    const outcome = await ldapCaTrustCheck.run(context);
    expect(outcome.evidence?.command).toBe(WINDOWS_COMMAND);
    expect(outcome.fix?.startsWith(`As Administrator (PowerShell): ${WINDOWS_COMMAND} — then restart`)).toBe(
      true,
    );
  });

  test('names the CA by where it came from (as PF-TLS does); the command keeps the file', async () => {
    const source = 'preflightGuardOptions.caFile recorded in the stack (cdktf.out/stacks/org/my ca.pem)';
    const context = agentHostContext(fixtureProbe({ platform: 'linux' }), {
      caFile: '/etc/ssl/my ca.pem',
      caSource: source,
    });
    const outcome = await ldapCaTrustCheck.run(context);
    expect(outcome.message).toBe(
      `The LDAP server certificate is checked against a private CA (${source}): the Okta LDAP agent trusts only its bundled Java runtime's cacerts, so import the CA there`,
    );
    expect(outcome.evidence).toMatchObject({
      caFile: '/etc/ssl/my ca.pem',
      caBundle: source,
      command: LINUX_COMMAND,
    });
  });
});
