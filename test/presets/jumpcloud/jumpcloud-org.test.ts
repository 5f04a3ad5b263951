import { parseDn } from '../../../lib/ldap-names/dn';
import {
  isJumpCloudDirectory,
  jumpCloudOrg,
  orgIdOfRdns,
} from '../../../lib/presets/jumpcloud/jumpcloud-org';
import {
  input,
  jumpCloud,
  openLdap,
  ORG_ID,
  stringToken,
  USERS_DN,
} from '../../validation/rules/rule-fixtures';

describe('JumpCloud recognition and org id', () => {
  test('recognizes the preset and a jumpcloud.com host', () => {
    expect(isJumpCloudDirectory(input(jumpCloud()).settings)).toBe(true);
    expect(isJumpCloudDirectory(input(openLdap({ agent: { host: 'LDAP.JumpCloud.com' } })).settings)).toBe(
      true,
    );
    expect(isJumpCloudDirectory(input(openLdap({ agent: { host: 'ldap.eu.jumpcloud.com' } })).settings)).toBe(
      true,
    );
    expect(isJumpCloudDirectory(input(openLdap()).settings)).toBe(false);
    expect(isJumpCloudDirectory(input(openLdap({ agent: { host: 'notjumpcloud.com' } })).settings)).toBe(
      false,
    );
  });

  test('reads the org id from the root DN; the root DN of the preset points at orgId as typed', () => {
    expect(jumpCloudOrg(input(jumpCloud()))).toEqual({ orgId: ORG_ID, path: 'orgId', source: ORG_ID });
    // The same settings written by hand (no preset; recognized by the jumpcloud.com host).
    const { preset: _preset, ...byHand } = jumpCloud();
    expect(jumpCloudOrg(input(byHand))).toEqual({
      orgId: ORG_ID,
      path: 'directory.agent.rootDn',
      source: USERS_DN,
    });
  });

  test('has no org for non-JumpCloud settings, tokens, invalid or org-less root DNs', () => {
    expect(jumpCloudOrg(input(openLdap()))).toBeUndefined();
    expect(jumpCloudOrg(input(jumpCloud({ agent: { rootDn: stringToken() } })))).toBeUndefined();
    expect(jumpCloudOrg(input(jumpCloud({ agent: { rootDn: 'ou=a,,' } })))).toBeUndefined();
    expect(
      jumpCloudOrg(input(jumpCloud({ agent: { rootDn: 'ou=Users,dc=jumpcloud,dc=com' } }))),
    ).toBeUndefined();
  });

  test('orgIdOfRdns needs single-valued o=, dc=jumpcloud, dc=com at the end', () => {
    expect(orgIdOfRdns(parseDn('uid=a,ou=Users,O=abc,DC=JumpCloud,DC=com'))).toBe('abc');
    expect(orgIdOfRdns(parseDn('o=abc,dc=jumpcloud,dc=com'))).toBe('abc');
    expect(orgIdOfRdns(parseDn('o=abc+ou=x,dc=jumpcloud,dc=com'))).toBeUndefined();
    expect(orgIdOfRdns(parseDn('ou=abc,dc=jumpcloud,dc=com'))).toBeUndefined();
    expect(orgIdOfRdns(parseDn('o=abc,dc=example,dc=com'))).toBeUndefined();
    expect(orgIdOfRdns(parseDn('dc=jumpcloud,dc=com'))).toBeUndefined();
  });
});
