import type { CheckOutcome, PreflightCheck } from '../../lib/preflight/check';
import { ALL_CHECKS } from '../../lib/preflight/checks';
import { hintApplies, hintedCheck, withProfileHints } from '../../lib/preflight/profile-hints';
import { checkContext, FakeLdapConnection, jumpCloud, openLdap } from '../support/fake-ldap-connection';
import { INDEX_SUSPECTED } from '../../lib/presets/directory-profile';
import { JumpCloudRegion } from '../../lib/presets/jumpcloud/jumpcloud-region';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';

const HOST = { agent: { host: 'ldap.example.com' } };

const FAIL: CheckOutcome = {
  status: 'fail',
  message: 'Nothing accepts connections on h:636 (ECONNREFUSED)',
  evidence: { faultClass: 'refused', code: 'ECONNREFUSED' },
  fix: 'Check agent.host and agent.port.',
};

describe('hintApplies', () => {
  test('never to a passing outcome', () => {
    expect(hintApplies({ text: 't' }, { status: 'pass', message: 'ok' }, HOST)).toBe(false);
    expect(hintApplies({ text: 't' }, FAIL, HOST)).toBe(true);
  });

  test('only to the status, fault classes and condition it names', () => {
    const warn: CheckOutcome = { ...FAIL, status: 'warn' };
    expect(hintApplies({ text: 't', status: 'fail' }, FAIL, HOST)).toBe(true);
    expect(hintApplies({ text: 't', status: 'fail' }, warn, HOST)).toBe(false);
    expect(hintApplies({ text: 't', faultClasses: ['dns', 'refused'] }, FAIL, HOST)).toBe(true);
    expect(hintApplies({ text: 't', faultClasses: ['dns'] }, FAIL, HOST)).toBe(false);
    expect(hintApplies({ text: 't', faultClasses: ['dns'] }, { status: 'fail', message: 'm' }, HOST)).toBe(
      false,
    );
    const when = (o: { evidence?: Record<string, unknown> }): boolean => o.evidence?.code === 'ECONNREFUSED';
    expect(hintApplies({ text: 't', when }, FAIL, HOST)).toBe(true);
    expect(hintApplies({ text: 't', when }, { ...FAIL, evidence: { faultClass: 'refused' } }, HOST)).toBe(
      false,
    );
  });
});

describe('withProfileHints', () => {
  test('appends the hints of the JumpCloud profile that apply, in order', () => {
    expect(withProfileHints('PF-TLS', FAIL, jumpCloud())).toEqual({
      ...FAIL,
      fix: 'Check agent.host and agent.port. JumpCloud serves LDAPS on port 636 and StartTLS on 389 of ldap.jumpcloud.com.',
    });
  });

  test('leaves the outcome as it is for custom settings, another profile, a passing outcome or no hint', () => {
    const { preset, ...rest } = jumpCloud();
    const custom: LdapDirectorySettings = rest;
    expect(preset).toBe('jumpcloud');
    expect(withProfileHints('PF-TLS', FAIL, custom)).toBe(FAIL);
    expect(withProfileHints('PF-TLS', FAIL, openLdap())).toBe(FAIL);
    expect(withProfileHints('PF-TLS', FAIL, { preset: 'someone-else', ...HOST })).toBe(FAIL);
    expect(withProfileHints('PF-TLS', FAIL, { preset: 'toString', ...HOST })).toBe(FAIL);
    const pass: CheckOutcome = { status: 'pass', message: 'ok' };
    expect(withProfileHints('PF-TLS', pass, jumpCloud())).toBe(pass);
    expect(withProfileHints('PF-NO-SUCH-CHECK', FAIL, jumpCloud())).toBe(FAIL);
  });

  test('gives the hint alone as the fix when the outcome had none', () => {
    const bare: CheckOutcome = { status: 'fail', message: 'The bind password is empty' };
    expect(withProfileHints('PF-PASSWORD', bare, jumpCloud()).fix).toBe(
      "In JumpCloud the bind user's password is set under Users > (the bind user) > Password.",
    );
  });

  test('the index advice keys on the evidence of a slow incremental-import search, not on its wording', () => {
    const slow: CheckOutcome = {
      status: 'warn',
      message: 'The incremental-import search took 900 ms',
      evidence: { [INDEX_SUSPECTED]: true },
      fix: 'Ask the directory administrator to index modifyTimestamp.',
    };
    expect(withProfileHints('PF-INCREMENTAL', slow, openLdap()).fix).toBe(
      'Ask the directory administrator to index modifyTimestamp. In OpenLDAP: "index modifyTimestamp eq" in the database, then slapindex.',
    );
    expect(withProfileHints('PF-INCREMENTAL', slow, jumpCloud()).fix).toBe(
      'Ask the directory administrator to index modifyTimestamp. JumpCloud runs its own directory: nothing to configure there.',
    );
    const worded: CheckOutcome = { ...slow, message: 'modifyTimestamp is not indexed', evidence: {} };
    expect(withProfileHints('PF-INCREMENTAL', worded, openLdap())).toBe(worded);
  });

  test('JumpCloud host advice comes from the region table: EU settings are told the EU host', () => {
    const dns: CheckOutcome = { status: 'fail', message: 'm', evidence: { faultClass: 'dns' } };
    expect(withProfileHints('PF-TLS', dns, jumpCloud({ region: JumpCloudRegion.EU })).fix).toBe(
      "JumpCloud's LDAP host is ldap.eu.jumpcloud.com.",
    );
    expect(withProfileHints('PF-TLS', dns, jumpCloud()).fix).toBe(
      "JumpCloud's LDAP host is ldap.jumpcloud.com.",
    );
    const typo = jumpCloud({ agent: { host: 'ldap.jumpclod.com' } });
    expect(withProfileHints('PF-TLS', dns, typo).fix).toBe(
      "JumpCloud's LDAP host is ldap.jumpcloud.com (region us) or ldap.eu.jumpcloud.com (region eu).",
    );
    expect(withProfileHints('PF-TLS', FAIL, jumpCloud({ region: JumpCloudRegion.EU })).fix).toBe(
      'Check agent.host and agent.port. JumpCloud serves LDAPS on port 636 and StartTLS on 389 of ldap.eu.jumpcloud.com.',
    );
  });
});

describe('hintedCheck', () => {
  const several: PreflightCheck = {
    id: 'PF-MAPPED-GROUP',
    title: 'Mapped LDAP groups exist once',
    requires: ['PF-GROUP-FILTER'],
    run: () =>
      Promise.resolve([
        { status: 'pass', message: 'found', evidence: { count: 1 } },
        { status: 'fail', message: 'not found', evidence: { count: 0 }, fix: 'Create the group.' },
      ]),
  };

  test('keeps the check as it is and adds the hints to each of its outcomes', async () => {
    const hinted = hintedCheck(several);
    expect({ ...hinted, run: undefined }).toEqual({ ...several, run: undefined });
    expect(await hinted.run(checkContext(jumpCloud(), new FakeLdapConnection()))).toEqual([
      { status: 'pass', message: 'found', evidence: { count: 1 } },
      {
        status: 'fail',
        message: 'not found',
        evidence: { count: 0 },
        fix: 'Create the group. In JumpCloud, bind the group to the LDAP directory (User Groups > (group) > Directories).',
      },
    ]);
    expect(await hinted.run(checkContext(openLdap(), new FakeLdapConnection()))).toEqual(
      await several.run(checkContext(openLdap(), new FakeLdapConnection())),
    );
  });

  test('every check the preflight runs gets the hints', async () => {
    const password = ALL_CHECKS.find((c) => c.id === 'PF-PASSWORD')!;
    const context = checkContext(jumpCloud(), new FakeLdapConnection(), { bindPassword: '' });
    expect((await password.run(context)) as CheckOutcome).toMatchObject({
      status: 'fail',
      fix: expect.stringMatching(
        / In JumpCloud the bind user's password is set under Users > \(the bind user\) > Password\.$/,
      ),
    });
    const neutral = checkContext(openLdap(), new FakeLdapConnection(), { bindPassword: '' });
    expect(((await password.run(neutral)) as CheckOutcome).fix).not.toMatch(/jumpcloud/i);
  });
});
