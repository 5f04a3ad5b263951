import { adoptionFileShapeRule } from '../../../lib/validation/rules/adoption-file-shape';
import { FILE, validAdoption, withAdoption } from './adoption-fixtures';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

const FIX = `Write the file with 'cdktf-okta-ldap adopt --write ${FILE}', or correct it by hand (format: README, "Adopt what already exists")`;

describe('OKLDAP-301 the adoption file cannot be read or is not an adoption file', () => {
  test('passes a valid file, an empty adoption, and no adoption at all', () => {
    expect(run(adoptionFileShapeRule, withAdoption({ value: validAdoption() }))).toEqual([]);
    expect(
      run(adoptionFileShapeRule, withAdoption({ value: { schema: 'cdktf-okta-ldap/adoption@1' } })),
    ).toEqual([]);
    expect(run(adoptionFileShapeRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
  });

  test('reports a file that could not be read, naming the file', () => {
    expect(
      run(adoptionFileShapeRule, withAdoption({ readError: 'is not JSON (Unexpected end of JSON input)' })),
    ).toEqual([
      {
        ruleId: 'OKLDAP-301',
        severity: 'error',
        path: FILE,
        value: FILE,
        message: `adoption file '${FILE}': is not JSON (Unexpected end of JSON input)`,
        fix: "Pass the path of the file 'cdktf-okta-ldap adopt --write' wrote (relative to the folder synth runs in), or remove adoptionFile",
      },
    ]);
  });

  test('reports a missing or wrong schema tag and an unknown top-level key', () => {
    const { schema: _schema, ...rest } = validAdoption();
    expect(run(adoptionFileShapeRule, withAdoption({ value: { ...rest, groups: {} } }))).toEqual([
      {
        ruleId: 'OKLDAP-301',
        severity: 'error',
        path: `${FILE}#schema`,
        value: null,
        message: `adoption file '${FILE}': "schema" must be "cdktf-okta-ldap/adoption@1"`,
        fix: FIX,
      },
      {
        ruleId: 'OKLDAP-301',
        severity: 'error',
        path: `${FILE}#groups`,
        value: 'groups',
        message: `adoption file '${FILE}': unknown key 'groups'; allowed: schema, groupMappings, roleMappings, passwordPolicy`,
        fix: FIX,
      },
    ]);
  });

  test('reports entries of the wrong type, unknown entry keys and unknown role types', () => {
    const value = {
      ...validAdoption(),
      groupMappings: { Engineering: ['00g1engAAAAAAAAAAAA1'], Support: { group: 7 } },
      roleMappings: { 'okta-admins': { roles: { ADMIN: 'x' } } },
      passwordPolicy: ['00p'],
    };
    const found = run(adoptionFileShapeRule, withAdoption({ value }));
    expect(found.map((v) => [v.path, v.message])).toEqual([
      [
        `${FILE}#groupMappings.Engineering`,
        `adoption file '${FILE}': groupMappings.Engineering is an array; it must be an object with "group" and/or "groupRule" ids`,
      ],
      [
        `${FILE}#groupMappings.Support.group`,
        `adoption file '${FILE}': groupMappings.Support.group is a number; an id is a string`,
      ],
      [
        `${FILE}#roleMappings.okta-admins.group`,
        `adoption file '${FILE}': roleMappings.okta-admins.group must be the id of the imported LDAP group (a string): role assignments are imported as <groupId>/<roleAssignmentId>`,
      ],
      [
        `${FILE}#roleMappings.okta-admins.roles.ADMIN`,
        `adoption file '${FILE}': 'ADMIN' is not an admin role type; allowed: API_ADMIN, APP_ADMIN, CUSTOM, GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, MOBILE_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, REPORT_ADMIN, SUPER_ADMIN, USER_ADMIN, or 'CUSTOM <roleId> <resourceSetId>'`,
      ],
      [
        `${FILE}#passwordPolicy`,
        `adoption file '${FILE}': passwordPolicy is an array; it must be the policy id (a string)`,
      ],
    ]);
  });

  test('a section that is not an object, an entry that is not one, and unknown keys in entries', () => {
    const sections = run(
      adoptionFileShapeRule,
      withAdoption({ value: { ...validAdoption(), groupMappings: 'Engineering', roleMappings: [] } }),
    );
    expect(sections.map((v) => [v.path, v.message])).toEqual([
      [
        `${FILE}#groupMappings`,
        `adoption file '${FILE}': groupMappings is a string; it must map Okta group names to { "group", "groupRule" }`,
      ],
      [
        `${FILE}#roleMappings`,
        `adoption file '${FILE}': roleMappings is an array; it must map LDAP group names to { "group", "roles" }`,
      ],
    ]);
    const entries = run(
      adoptionFileShapeRule,
      withAdoption({
        value: {
          ...validAdoption(),
          groupMappings: { Engineering: { group: '00g1engAAAAAAAAAAAA1', rule: 'x' } },
          roleMappings: { helpdesk: 5, admins: { group: '00g1ldapHelpdeskAAA3', roles: {}, role: 'x' } },
        },
      }),
    );
    expect(entries.map((v) => [v.path, v.message])).toEqual([
      [
        `${FILE}#groupMappings.Engineering.rule`,
        `adoption file '${FILE}': unknown key 'rule' in groupMappings.Engineering; allowed: group, groupRule`,
      ],
      [
        `${FILE}#roleMappings.helpdesk`,
        `adoption file '${FILE}': roleMappings.helpdesk is a number; it must be an object with "group" (the LDAP group's id) and "roles"`,
      ],
      [
        `${FILE}#roleMappings.admins.role`,
        `adoption file '${FILE}': unknown key 'role' in roleMappings.admins; allowed: group, roles`,
      ],
    ]);
  });

  test('the adoption prop is named as such and takes no schema key', () => {
    const found = run(
      adoptionFileShapeRule,
      withAdoption({ source: 'adoption', fromProp: true, value: validAdoption() }),
    );
    expect(found).toEqual([
      {
        ruleId: 'OKLDAP-301',
        severity: 'error',
        path: 'adoption.schema',
        value: 'schema',
        message:
          "the adoption prop: unknown key 'schema'; allowed: groupMappings, roleMappings, passwordPolicy",
        fix: 'Correct the adoption prop (see OktaAdoption)',
      },
    ]);
  });
});
