import { adoptionUnusedEntryRule } from '../../../lib/validation/rules/adoption-unused-entry';
import { FILE, validAdoption, withAdoption } from './adoption-fixtures';
import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-304 an adoption file entry matches no mapping of the integration', () => {
  test('passes entries that all belong to mappings', () => {
    expect(run(adoptionUnusedEntryRule, withAdoption({ value: validAdoption() }))).toEqual([]);
  });

  test('reports an Okta group no mapping fills (names compared exactly)', () => {
    const value = { ...validAdoption(), groupMappings: { engineering: { group: '00g1engAAAAAAAAAAAA1' } } };
    expect(run(adoptionUnusedEntryRule, withAdoption({ value }))).toEqual([
      {
        ruleId: 'OKLDAP-304',
        severity: 'error',
        path: `${FILE}#groupMappings.engineering`,
        value: 'engineering',
        message: `adoption file '${FILE}', key groupMappings.engineering: no group mapping has oktaGroup 'engineering'; known: 'Engineering', 'Support'`,
        fix: 'Rename the key to the oktaGroup of the mapping it belongs to, or remove it',
      },
    ]);
  });

  test('reports an unknown LDAP group, a role no mapping gives, and a policy without passwordPolicy', () => {
    const value = {
      ...validAdoption(),
      roleMappings: {
        'okta-admins': { group: '00g1ldapAdminsAAAAA3', roles: { SUPER_ADMIN: 'A1', ORG_ADMIN: 'A2' } },
        helpdesk: { group: '00g1ldapHelpAAAAAAA3', roles: {} },
      },
    };
    const { passwordPolicy: _policy, ...noPolicy } = VALID_MAPPINGS;
    const found = run(adoptionUnusedEntryRule, {
      ...input(undefined, noPolicy),
      adoption: { source: FILE, value },
    });
    expect(found.map((v) => [v.path, v.message, v.fix])).toEqual([
      [
        `${FILE}#roleMappings.okta-admins.roles.ORG_ADMIN`,
        `adoption file '${FILE}', key roleMappings.okta-admins.roles.ORG_ADMIN: no role mapping gives 'ORG_ADMIN' to LDAP group 'okta-admins'`,
        "Add the role mapping { ldapGroup: 'okta-admins', role: OktaAdminRole.ORG_ADMIN }, or remove the key",
      ],
      [
        `${FILE}#roleMappings.helpdesk`,
        `adoption file '${FILE}', key roleMappings.helpdesk: no role mapping has ldapGroup 'helpdesk'; known: 'okta-admins'`,
        'Rename the key to the ldapGroup of the role mapping it belongs to, or remove it',
      ],
      [
        `${FILE}#passwordPolicy`,
        `adoption file '${FILE}', key passwordPolicy: the integration has no passwordPolicy`,
        'Set the passwordPolicy prop (with the name of the policy in Okta), or remove the key',
      ],
    ]);
  });

  test('a custom role is named by role id and resource set', () => {
    const value = {
      roleMappings: {
        'okta-admins': { group: '00g1ldapAdminsAAAAA3', roles: { 'CUSTOM cr0Role iamSet': 'irb1' } },
      },
    };
    const found = run(adoptionUnusedEntryRule, {
      ...input(undefined, {
        roleMappings: [
          {
            ldapGroup: 'okta-admins',
            role: OktaAdminRole.CUSTOM,
            roleId: 'cr0Role',
            resourceSetId: 'iamOther',
          },
        ],
      }),
      adoption: { source: FILE, value },
    });
    expect(found.map((v) => [v.ruleId, v.path, v.fix])).toEqual([
      [
        'OKLDAP-304',
        `${FILE}#roleMappings.okta-admins.roles["CUSTOM cr0Role iamSet"]`,
        "Add the role mapping { ldapGroup: 'okta-admins', role: OktaAdminRole.CUSTOM, roleId: 'cr0Role', resourceSetId: 'iamSet' }, or remove the key",
      ],
    ]);
  });
});
