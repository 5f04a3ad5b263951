import { Token } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import {
  directoryGroupKey,
  extraAttributeKey,
  groupMappingKey,
  groupMappingLabel,
  ldapGroupKey,
  roleMappingKey,
  roleMappingKeyText,
  userMappingKey,
} from '../../lib/model/mapping-keys';
import { isTokenText } from '../../lib/terraform/cdktf-token';

describe('mapping keys', () => {
  test('a group mapping is keyed by its Okta group and labelled LDAP group → Okta group', () => {
    expect(groupMappingKey({ oktaGroup: 'Engineering' })).toBe('Engineering');
    expect(groupMappingLabel({ ldapGroup: 'eng', oktaGroup: 'Engineering' })).toBe('eng → Engineering');
  });

  test('a role mapping is keyed by LDAP group and role, and a custom role by its two literal ids', () => {
    expect(roleMappingKey({ ldapGroup: 'it', role: OktaAdminRole.ORG_ADMIN })).toEqual({
      ldapGroup: 'it',
      role: 'ORG_ADMIN',
    });
    const custom = { ldapGroup: 'ops', role: OktaAdminRole.CUSTOM, roleId: 'cr0a', resourceSetId: 'rs0b' };
    expect(roleMappingKey(custom)).toEqual({ ldapGroup: 'ops', role: 'CUSTOM', customIds: ['cr0a', 'rs0b'] });
    expect(roleMappingKeyText(roleMappingKey(custom))).toBe('ops: CUSTOM cr0a rs0b');
    expect(roleMappingKeyText(roleMappingKey({ ldapGroup: 'it', role: OktaAdminRole.ORG_ADMIN }))).toBe(
      'it: ORG_ADMIN',
    );
  });

  test('a custom role with a token or an empty id, and a standard role with ids, have no custom ids', () => {
    const token = Token.asString({ resolve: () => 'cr0' });
    expect(
      roleMappingKey({ ldapGroup: 'ops', role: OktaAdminRole.CUSTOM, roleId: token, resourceSetId: 'rs0' }),
    ).toEqual({ ldapGroup: 'ops', role: 'CUSTOM' });
    expect(
      roleMappingKey({ ldapGroup: 'ops', role: OktaAdminRole.CUSTOM, roleId: '', resourceSetId: 'rs0' }),
    ).toEqual({
      ldapGroup: 'ops',
      role: 'CUSTOM',
    });
    expect(
      roleMappingKey({
        ldapGroup: 'ops',
        role: OktaAdminRole.HELP_DESK_ADMIN,
        roleId: 'cr0',
        resourceSetId: 'rs0',
      }),
    ).toEqual({ ldapGroup: 'ops', role: 'HELP_DESK_ADMIN' });
  });

  test('isTokenText agrees with cdktf on string tokens, without loading cdktf', () => {
    const token = Token.asString({ resolve: () => 'x' });
    expect(isTokenText(token)).toBe(true);
    expect(isTokenText(`prefix-${token}`)).toBe(true);
    expect(Token.isUnresolved('${var.role_id}')).toBe(false);
    expect(isTokenText('${var.role_id}')).toBe(false);
    expect(isTokenText('cr0abc')).toBe(false);
  });

  test('LDAP groups are looked up by their exact name; the directory matches them without case', () => {
    expect(ldapGroupKey('Finance')).toBe('Finance');
    expect(ldapGroupKey('Finance')).not.toBe(ldapGroupKey('finance'));
    expect(directoryGroupKey('Finance')).toBe(directoryGroupKey('finance'));
  });

  test('user mappings by Okta attribute; extra attributes by profile property, else LDAP attribute', () => {
    expect(userMappingKey('email')).toBe('email');
    expect(extraAttributeKey({ ldapAttribute: 'employeeNumber' })).toBe('employeeNumber');
    expect(extraAttributeKey({ ldapAttribute: 'employeeNumber', profileProperty: 'empNo' })).toBe('empNo');
  });
});
