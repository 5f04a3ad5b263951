import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { safeIdsRule, SAFE_ID } from '../../../lib/validation/rules/safe-ids';
import { formatViolation, IntegrationValidationInput } from '../../../lib/validation-rule/validation-rule';
import { input, jumpCloud, run, stringToken, VALID_MAPPINGS } from './rule-fixtures';

const FORM = "an id is ASCII letters, digits, '-', '_' and '.', starting with a letter or digit";
const INTEGRATION_WHERE =
  'since it appears in every review and report and in the Terraform address of every resource of the integration';
const RENAMED =
  'on a stack already deployed, the new id gives every resource below it a new Terraform address, so move their state too (terraform state mv)';

function ids(integrationId: string, scopeIds: string[] = ['okta-org']): IntegrationValidationInput {
  return { ...input(), integrationId, scopeIds };
}

/** The message of the violation of an integration id, or undefined when it is accepted. */
function integrationIdMessage(id: string): string | undefined {
  const found = run(safeIdsRule, ids(id));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.message;
}

describe('OKLDAP-403 safe ids', () => {
  test('accepts plain ids and every mapping of the fixtures', () => {
    for (const id of ['JumpCloud', 'okta-ldap_2', 'OpenLDAP.eu', 'a', '0', '2024-prod']) {
      expect(
        run(safeIdsRule, { ...input(undefined, VALID_MAPPINGS), integrationId: id, scopeIds: ['okta-org'] }),
      ).toEqual([]);
    }
  });

  test('refuses an integration id that could open markup: rule id, path, message, fix', () => {
    expect(run(safeIdsRule, ids('A\n<!--'))).toEqual([
      {
        ruleId: 'OKLDAP-403',
        severity: 'error',
        path: 'id',
        value: 'A\n<!--',
        message: `the integration id 'A<U+000A><!--' holds <U+000A>, '<', '!'; ${FORM}, ${INTEGRATION_WHERE}`,
        fix: `Rename it, e.g. to 'Directory' or 'okta-ldap_2'; ${RENAMED}`,
      },
    ]);
  });

  test('refuses markup, table, code and heading characters, and any hidden character', () => {
    expect(integrationIdMessage('x<img>')).toBe(
      `the integration id 'x<img>' holds '<', '>'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('a`b')).toBe(
      `the integration id 'a\`b' holds '\`'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('a|b')).toBe(
      `the integration id 'a|b' holds '|'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('@org/team')).toBe(
      `the integration id '@org/team' holds '@', '/'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('#1')).toBe(
      `the integration id '#1' holds '#'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('Jump\u202eCloud')).toBe(
      `the integration id 'Jump<U+202E>Cloud' holds <U+202E>; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('Jump\u200bCloud')).toBe(
      `the integration id 'Jump<U+200B>Cloud' holds <U+200B>; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('Jump Cloud')).toBe(
      `the integration id 'Jump Cloud' holds ' '; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('Équipe')).toBe(
      `the integration id 'Équipe' holds 'É'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('-x')).toBe(
      `the integration id '-x' starts with '-'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('.x')).toBe(
      `the integration id '.x' starts with '.'; ${FORM}, ${INTEGRATION_WHERE}`,
    );
    expect(integrationIdMessage('')).toBe(`the integration id '' is empty; ${FORM}, ${INTEGRATION_WHERE}`);
  });

  test('SAFE_ID is the documented pattern', () => {
    expect(SAFE_ID.source).toBe('^[A-Za-z0-9][A-Za-z0-9._-]*$');
  });

  test('refuses an unsafe stack id and the id of a construct between the stack and the integration', () => {
    expect(run(safeIdsRule, ids('JumpCloud', ['okta\u202eorg', 'Team<b>', 'ok']))).toEqual([
      {
        ruleId: 'OKLDAP-403',
        severity: 'error',
        path: 'stack id',
        value: 'okta\u202eorg',
        message: `the stack id 'okta<U+202E>org' holds <U+202E>; ${FORM}, since it appears in every review and report and names the stack's folder in cdktf.out`,
        fix: "Rename it, e.g. to 'okta-org'; on a stack already deployed, cdktf keeps the state under the stack id (terraform.<stack id>.tfstate with the local backend), so move the state too",
      },
      {
        ruleId: 'OKLDAP-403',
        severity: 'error',
        path: 'scope id',
        value: 'Team<b>',
        message: `the id 'Team<b>' of scope 'okta<U+202E>org/Team<b>' holds '<', '>'; ${FORM}, since it is part of the construct path and Terraform address of every resource below it`,
        fix: `Rename it, e.g. to 'Team-A'; ${RENAMED}`,
      },
    ]);
  });

  test('refuses a hidden character in a name that becomes a construct id, naming the mapping path', () => {
    const found = run(
      safeIdsRule,
      input(undefined, { groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering\u200b' }] }),
    );
    expect(found).toEqual([
      {
        ruleId: 'OKLDAP-403',
        severity: 'error',
        path: 'groupMappings[0].oktaGroup',
        value: 'Engineering\u200b',
        message:
          "'Engineering<U+200B>' holds a hidden character, <U+200B> (zero-width), and would become part of the construct ids Group-<oktaGroup> and GroupRule-<oktaGroup>: the construct paths in reviews and reports would carry it, and the Terraform addresses drop it, so they look like those of the name without it",
        fix: 'Remove the character from the name',
      },
    ]);
    expect(formatViolation(found[0]!)).toContain('(got "Engineering<U+200B>")');
  });

  test('checks every name written into a construct id, by path', () => {
    const i = input(
      jumpCloud({
        user: {
          extraAttributes: [
            { ldapAttribute: 'employeeType', profileProperty: 'type\u2066' },
            { ldapAttribute: 'dept\u00ad' },
          ],
        },
      }),
      {
        groupMappings: [{ ldapGroup: 'eng\u202e', oktaGroup: 'Eng' }],
        roleMappings: [
          { ldapGroup: 'help\u0007', role: OktaAdminRole.HELP_DESK_ADMIN },
          {
            ldapGroup: 'c',
            role: OktaAdminRole.CUSTOM,
            roleId: 'cr0\u200b\u202e',
            resourceSetId: 'iam\u2028',
          },
        ],
      },
    );
    expect(run(safeIdsRule, i).map((v) => [v.path, v.message.split(', and would')[0]])).toEqual([
      ['groupMappings[0].ldapGroup', "'eng<U+202E>' holds a hidden character, <U+202E> (bidi)"],
      ['roleMappings[0].ldapGroup', "'help<U+0007>' holds a hidden character, <U+0007> (control)"],
      [
        'roleMappings[1].roleId',
        "'cr0<U+200B><U+202E>' holds hidden characters, <U+200B> (zero-width), <U+202E> (bidi)",
      ],
      ['roleMappings[1].resourceSetId', "'iam<U+2028>' holds a hidden character, <U+2028> (space)"],
      [
        'directory.user.extraAttributes[0].profileProperty',
        "'type<U+2066>' holds a hidden character, <U+2066> (bidi)",
      ],
      [
        'directory.user.extraAttributes[1].ldapAttribute',
        "'dept<U+00AD>' holds a hidden character, <U+00AD> (format)",
      ],
    ]);
  });

  test('leaves spaces other than U+0020, joiners of ordinary text, non-CUSTOM role ids and tokens to others', () => {
    const i = input(undefined, {
      groupMappings: [
        { ldapGroup: 'sales', oktaGroup: 'Sales\u00a0Team' },
        { ldapGroup: 'devs', oktaGroup: 'Devs 👩\u200d💻' },
        { ldapGroup: 'fa', oktaGroup: 'می\u200cخواهم' },
        { ldapGroup: stringToken('t\u200b'), oktaGroup: 'T' },
      ],
      roleMappings: [{ ldapGroup: 'x', role: OktaAdminRole.READ_ONLY_ADMIN, roleId: 'cr0\u200b' }],
    });
    expect(run(safeIdsRule, i)).toEqual([]);
  });
});
