/**
 * Safe ids (OKLDAP-403) and hidden characters (OKLDAP-215) through the construct: what the
 * integration, its stack and its mappings would put into construct ids, reviews and Terraform
 * addresses.
 */
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { constructIdNames } from '../../lib/validation/rules/safe-ids';
import { input } from '../validation/rules/rule-fixtures';
import { jumpCloudSettings, OrgStack, validProps, thrownBy } from './fixtures';

const FORM = "an id is ASCII letters, digits, '-', '_' and '.', starting with a letter or digit";

function build(
  id: string,
  props: OktaLdapIntegrationProps = validProps(),
  stackId = 'org',
): OktaLdapIntegration {
  return new OktaLdapIntegration(new OrgStack(Testing.app(), stackId), id, props);
}

describe('OKLDAP-403 through the construct', () => {
  test('plain ids synthesize with no violation', () => {
    for (const id of ['JumpCloud', 'okta-ldap_2', 'OpenLDAP.eu']) {
      const integration = build(id);
      expect(integration.warnings).toEqual([]);
      expect(Testing.synth(integration.node.scope as OrgStack, true)).toContain('okta_group_rule');
    }
  });

  test('an integration id that could carry markup is refused before any resource is made', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const error = thrownBy(() => new OktaLdapIntegration(stack, 'x<img>', validProps()));
    expect(error.violations).toEqual([
      {
        ruleId: 'OKLDAP-403',
        severity: 'error',
        path: 'id',
        value: 'x<img>',
        message: `the integration id 'x<img>' holds '<', '>'; ${FORM}, since it appears in every review and report and in the Terraform address of every resource of the integration`,
        fix: "Rename it, e.g. to 'Directory' or 'okta-ldap_2'; on a stack already deployed, the new id gives every resource below it a new Terraform address, so move their state too (terraform state mv)",
      },
    ]);
    expect(stack.node.findAll().filter((c) => c instanceof OktaLdapIntegration)).toHaveLength(1);
    expect(stack.node.tryFindChild('x<img>')?.node.children).toEqual([]);
  });

  test('the id as written is checked (constructs rewrites / to --), and the error shows hidden characters', () => {
    expect(thrownBy(() => build('@org/team')).violations.map((v) => [v.path, v.value])).toEqual([
      ['id', '@org/team'],
    ]);
    const error = thrownBy(() => build('A\n<!--'));
    expect(error.message.split('\n')[0]).toBe(
      "OktaLdapIntegration 'org/A<U+000A><!--' has 1 invalid setting(s):",
    );
    expect(error.message).toContain(
      "[OKLDAP-403] id: the integration id 'A<U+000A><!--' holds <U+000A>, '<', '!'",
    );
    for (const id of ['a`b', 'a|b', '#1', 'Jump\u202eCloud']) {
      expect(thrownBy(() => build(id)).violations.map((v) => [v.ruleId, v.path])).toEqual([
        ['OKLDAP-403', 'id'],
      ]);
    }
  });

  test('an unsafe stack id, and the id of a construct between the stack and the integration', () => {
    expect(
      thrownBy(() => build('JumpCloud', validProps(), 'org<b>')).violations.map((v) => [v.path, v.message]),
    ).toEqual([
      [
        'stack id',
        `the stack id 'org<b>' holds '<', '>'; ${FORM}, since it appears in every review and report and names the stack's folder in cdktf.out`,
      ],
    ]);
    const stack = new OrgStack(Testing.app(), 'org');
    const team = new Construct(new Construct(stack, 'Team|A'), 'ok');
    expect(
      thrownBy(() => new OktaLdapIntegration(team, 'JumpCloud', validProps())).violations.map((v) => [
        v.path,
        v.value,
      ]),
    ).toEqual([['scope id', 'Team|A']]);
    const nested = new Construct(new OrgStack(Testing.app(), 'org'), 'Team-A');
    expect(new OktaLdapIntegration(nested, 'JumpCloud', validProps()).warnings).toEqual([]);
  });

  test('a hidden character in a mapping name that becomes a construct id is refused, with the mapping path', () => {
    const error = thrownBy(() =>
      build(
        'JumpCloud',
        validProps({
          groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering\u202e' }],
          roleMappings: [{ ldapGroup: 'help\u200bdesk', role: OktaAdminRole.HELP_DESK_ADMIN }],
        }),
      ),
    );
    expect(error.violations.map((v) => [v.ruleId, v.path, v.value])).toEqual([
      ['OKLDAP-403', 'groupMappings[0].oktaGroup', 'Engineering\u202e'],
      ['OKLDAP-403', 'roleMappings[0].ldapGroup', 'help\u200bdesk'],
    ]);
    expect(error.message).not.toMatch(/[\u202e\u200b]/u);
  });

  test('the names it checks are exactly the names written into construct ids (no drift from construct-ids.ts)', () => {
    // Every string of the props gets its own marker; the markers found in the integration's
    // construct ids must be the values constructIdNames lists.
    const directory = jumpCloudSettings();
    const props = validProps({
      directory: {
        ...directory,
        user: {
          ...directory.user,
          extraAttributes: [
            { ldapAttribute: 'mkLdapAttrA', profileProperty: 'mkPropA', title: 'mkTitleA' },
            { ldapAttribute: 'mkLdapAttrB', title: 'mkTitleB' },
          ],
        },
      },
      userMappings: { mkKey: 'appuser.mkExpr' },
      groupMappings: [{ ldapGroup: 'mkGl', oktaGroup: 'mkGo', ruleName: 'mkRule', description: 'mkDesc' }],
      roleMappings: [
        { ldapGroup: 'mkRl', role: OktaAdminRole.APP_ADMIN, targetApps: ['mkApp'] },
        { ldapGroup: 'mkRh', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['mkTarget'] },
        { ldapGroup: 'mkRc', role: OktaAdminRole.CUSTOM, roleId: 'mkRoleId', resourceSetId: 'mkSetId' },
      ],
      passwordPolicy: { name: 'mkPolicy', description: 'mkPolicyDesc', groups: ['mkGo'] },
    });
    const integration = build('JumpCloud', props);
    const ids = integration.node.findAll().map((c) => c.node.id);
    const inIds = new Set(ids.join(' ').match(/mk[A-Za-z]+/g));
    const listed = constructIdNames({
      ...input(),
      settings: integration.settings,
      groupMappings: props.groupMappings!,
      roleMappings: props.roleMappings!,
    }).map((n) => n.value);
    expect([...inIds].sort()).toEqual([...new Set(listed)].sort());
    expect([...inIds].sort()).toEqual([
      'mkGl',
      'mkGo',
      'mkLdapAttrB',
      'mkPropA',
      'mkRc',
      'mkRh',
      'mkRl',
      'mkRoleId',
      'mkSetId',
    ]);
  });
});

describe('OKLDAP-215 through the construct', () => {
  const props = (extra: Partial<OktaLdapIntegrationProps> = {}) =>
    validProps({
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering', description: 'Eng\u202eqa' }],
      ...extra,
    });

  test('a warning: an annotation with the character shown, never as itself', () => {
    const integration = build('JumpCloud', props());
    expect(integration.warnings.map((v) => [v.ruleId, v.path])).toEqual([
      ['OKLDAP-215', 'groupMappings[0].description'],
    ]);
    const warnings = integration.node.metadata
      .filter((m) => m.type === '@cdktf/warn')
      .map((m) => String(m.data));
    expect(warnings).toEqual([
      `[OKLDAP-215] groupMappings[0].description: 'Eng<U+202E>qa' holds a hidden character, shown here as <U+202E> (bidi) (got "Eng<U+202E>qa"). Fix: Remove the character; it can make two names look equal or make a review show something other than what Terraform applies`,
    ]);
  });

  test('strict mode fails on it; a suppression with a reason acknowledges it', () => {
    expect(
      thrownBy(() => build('JumpCloud', props({ strict: true }))).violations.map((v) => v.ruleId),
    ).toEqual(['OKLDAP-215']);
    const reason = 'the description is pasted from the HR system, which marks direction';
    const integration = build(
      'JumpCloud',
      props({ strict: true, suppressions: [{ id: 'OKLDAP-215', reason }] }),
    );
    expect(integration.warnings).toEqual([]);
    expect(integration.suppressedWarnings.map((s) => [s.violation.ruleId, s.reason])).toEqual([
      ['OKLDAP-215', reason],
    ]);
  });
});
