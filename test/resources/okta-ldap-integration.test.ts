import * as fs from 'fs';
import * as path from 'path';
import { AppUserSchemaProperty } from '@cdktf/provider-okta/lib/app-user-schema-property';
import { DataOktaGroups } from '@cdktf/provider-okta/lib/data-okta-groups';
import { DataOktaUserType } from '@cdktf/provider-okta/lib/data-okta-user-type';
import { Group } from '@cdktf/provider-okta/lib/group';
import { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import { PolicyPassword } from '@cdktf/provider-okta/lib/policy-password';
import { ProfileMapping } from '@cdktf/provider-okta/lib/profile-mapping';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { windowsTls12PowerShell } from '../../lib/agent-host/windows-tls12';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { ProfileMappingRemoval } from '../../lib/resources/profile-mapping-removal';
import { APP_ID, freshApp, jumpCloudSettings, OrgStack, USERS_BASE, validProps } from './fixtures';
import { tempDir } from '../support/temp-dir';

interface TfJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data: Record<string, Record<string, Record<string, unknown>>>;
  variable: Record<string, Record<string, unknown>>;
  output: Record<string, Record<string, unknown>>;
  '//': Record<string, unknown>;
}

function build(props: Partial<OktaLdapIntegrationProps> = {}, id = 'JumpCloud') {
  const app = Testing.app();
  const stack = new OrgStack(app, 'org');
  const integration = new OktaLdapIntegration(stack, id, validProps(props));
  return { app, stack, integration };
}

/** The resources of one type (empty when none). */
function res(tf: TfJson, type: string): Record<string, Record<string, unknown>> {
  return tf.resource?.[type] ?? {};
}

/** The data sources of one type (empty when none). */
function dat(tf: TfJson, type: string): Record<string, Record<string, unknown>> {
  return tf.data?.[type] ?? {};
}

function synthJson(stack: TerraformStack): TfJson {
  return JSON.parse(Testing.synth(stack)) as TfJson;
}

/** Every `type.name` resource address in a synthesized stack. */
function addresses(tf: TfJson): string[] {
  return Object.entries(tf.resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

describe('OktaLdapIntegration resources', () => {
  const { stack, integration } = build();
  const synthesized = Testing.synth(stack);
  const tf = JSON.parse(synthesized) as TfJson;

  test('looks up each imported LDAP group exactly, with a postcondition that one of this LDAP app matched', () => {
    expect(synthesized).toHaveDataSourceWithProperties(DataOktaGroups, {
      search: 'type eq "APP_GROUP" and profile.name eq "engineering"',
      lifecycle: {
        postcondition: [
          expect.objectContaining({
            condition: `\${length([for g in self.groups : g.id if g.source == "${APP_ID}"]) == 1}`,
            error_message: expect.stringContaining('named "engineering"'),
          }),
        ],
      },
    });
    expect(synthesized).not.toHaveDataSourceWithProperties(DataOktaGroups, { q: expect.anything() });
  });

  test('shares one lookup when an LDAP group appears in a group and a role mapping', () => {
    const lookups = Object.values(dat(tf, 'okta_groups') ?? {}).map((d) => d.search);
    expect(lookups.sort()).toEqual([
      'type eq "APP_GROUP" and profile.name eq "engineering"',
      'type eq "APP_GROUP" and profile.name eq "it-helpdesk"',
      'type eq "APP_GROUP" and profile.name eq "sales"',
      'type eq "APP_GROUP" and profile.name eq "support"',
    ]);
  });

  test('creates an Okta group and an active group rule with isMemberOfAnyGroup on the looked-up id', () => {
    expect(synthesized).toHaveResourceWithProperties(Group, {
      name: 'Engineering',
      description: 'Members of LDAP group engineering (managed by cdktf-okta-ldap)',
    });
    const lookup = Object.keys(dat(tf, 'okta_groups')).find((k) => k.includes('engineering'));
    const group = Object.keys(res(tf, 'okta_group')).find((k) => k.includes('Engineering'));
    expect(synthesized).toHaveResourceWithProperties(GroupRule, {
      name: 'LDAP engineering to Engineering',
      status: 'ACTIVE',
      expression_type: 'urn:okta:expression:1.0',
      expression_value: `isMemberOfAnyGroup("\${[for g in data.okta_groups.${lookup}.groups : g.id if g.source == "${APP_ID}"][0]}")`,
      group_assignments: [`\${okta_group.${group}.id}`],
    });
    expect(synthesized).not.toHaveResourceWithProperties(GroupRule, {
      expression_value: expect.stringContaining('isMemberOfGroupName'),
    });
  });

  test('maps LDAP app users onto the default Okta user type without deleting unmanaged properties', () => {
    expect(synthesized).toHaveDataSourceWithProperties(DataOktaUserType, { name: 'user' });
    const userType = Object.keys(dat(tf, 'okta_user_type'))[0];
    expect(synthesized).toHaveResourceWithProperties(ProfileMapping, {
      source_id: APP_ID,
      target_id: `\${data.okta_user_type.${userType}.id}`,
      delete_when_absent: false,
      mappings: [
        { id: 'email', expression: 'appuser.mail', push_status: 'PUSH' },
        { id: 'firstName', expression: 'appuser.givenName', push_status: 'PUSH' },
        { id: 'lastName', expression: 'appuser.sn', push_status: 'PUSH' },
      ],
    });
  });

  test('adds an app user schema property bound to each extra LDAP attribute, before the mapping', () => {
    expect(synthesized).toHaveResourceWithProperties(AppUserSchemaProperty, {
      app_id: APP_ID,
      index: 'employeeType',
      title: 'Employee type',
      type: 'string',
      external_name: 'employeeType',
      scope: 'NONE',
      master: 'PROFILE_MASTER',
    });
    const mapping = Object.values(res(tf, 'okta_profile_mapping'))[0]!;
    const property = Object.keys(res(tf, 'okta_app_user_schema_property'))[0];
    expect(mapping.depends_on).toContain(`okta_app_user_schema_property.${property}`);
  });

  test('gives admin roles to the imported LDAP group', () => {
    const lookup = Object.keys(dat(tf, 'okta_groups')).find((k) => k.includes('it-helpdesk'));
    expect(synthesized).toHaveResourceWithProperties(GroupRole, {
      group_id: `\${[for g in data.okta_groups.${lookup}.groups : g.id if g.source == "${APP_ID}"][0]}`,
      role_type: 'HELP_DESK_ADMIN',
    });
    expect(synthesized).toHaveResourceWithProperties(GroupRole, { role_type: 'READ_ONLY_ADMIN' });
  });

  test('adds the LDAP password policy for every mapped Okta group by default', () => {
    const groupIds = Object.keys(res(tf, 'okta_group')).map((k) => `\${okta_group.${k}.id}`);
    expect(synthesized).toHaveResourceWithProperties(PolicyPassword, {
      name: 'JumpCloud LDAP users',
      auth_provider: 'LDAP',
      status: 'ACTIVE',
      groups_included: expect.arrayContaining(groupIds),
    });
    expect(Object.values(res(tf, 'okta_policy_password'))[0]!.groups_included).toHaveLength(3);
  });

  test('declares a sensitive bind password variable with no default', () => {
    expect(tf.variable).toEqual({
      JumpCloud_bind_password: {
        type: 'string',
        sensitive: true,
        nullable: false,
        description: expect.stringContaining('org/JumpCloud'),
      },
    });
    expect(integration.bindPassword.friendlyUniqueId).toBe('JumpCloud_bind_password');
  });

  test('outputs the app id and the console settings as JSON', () => {
    expect(tf.output.JumpCloud_ldap_app_id).toMatchObject({ value: APP_ID });
    // The TLS 1.2 script for a Windows agent host: the property and the output hold the same text.
    expect(integration.windowsTls12Script).toBe(windowsTls12PowerShell());
    expect(tf.output.JumpCloud_windows_tls12_script!.value).toBe(integration.windowsTls12Script);
    const settings = JSON.parse(tf.output.JumpCloud_console_settings!.value as string);
    expect(settings.agent).toMatchObject({ host: 'ldap.jumpcloud.com', port: 636, rootDn: USERS_BASE });
    expect(settings.user.accountDisabledAttribute).toBe('pwdlock');
  });

  test('every Okta resource waits for the preflight guard; data sources do not', () => {
    const guard = integration.guard?.resource;
    expect(guard).toBeDefined();
    const guardAddress = `terraform_data.${guard!.friendlyUniqueId}`;
    for (const [type, byName] of Object.entries(tf.resource)) {
      if (!type.startsWith('okta_')) continue;
      for (const [name, config] of Object.entries(byName)) {
        expect({ address: `${type}.${name}`, dependsOn: config.depends_on }).toEqual({
          address: `${type}.${name}`,
          dependsOn: expect.arrayContaining([guardAddress]),
        });
      }
    }
    for (const byName of Object.values(tf.data)) {
      for (const config of Object.values(byName)) expect(config.depends_on).toBeUndefined();
    }
  });
});

describe('group rule chaining', () => {
  function ruleDeps(tf: TfJson): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(res(tf, 'okta_group_rule')).map(([name, c]) => [
        name,
        ((c.depends_on as string[] | undefined) ?? []).filter((d) => d.startsWith('okta_group_rule.')),
      ]),
    );
  }

  test('by default each rule depends on the previous one (HTTP 423 policy lock)', () => {
    const { stack } = build();
    const deps = ruleDeps(synthJson(stack));
    const names = Object.keys(deps);
    const eng = names.find((n) => n.includes('Engineering'))!;
    const sales = names.find((n) => n.includes('Sales'))!;
    const support = names.find((n) => n.includes('Support'))!;
    expect(deps[eng]).toEqual([]);
    expect(deps[sales]).toEqual([`okta_group_rule.${eng}`]);
    expect(deps[support]).toEqual([`okta_group_rule.${sales}`]);
  });

  test('chainGroupRules: false leaves rules independent', () => {
    const { stack } = build({ chainGroupRules: false });
    expect(Object.values(ruleDeps(synthJson(stack)))).toEqual([[], [], []]);
  });

  test('one chain runs through the rules of every integration in the stack, in construction order', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const a = new OktaLdapIntegration(stack, 'A', validProps({ preflightGuard: false }));
    const unchained = new OktaLdapIntegration(
      stack,
      'Unchained',
      validProps({
        preflightGuard: false,
        chainGroupRules: false,
        groupMappings: [{ ldapGroup: 'ops', oktaGroup: 'Ops' }],
        roleMappings: [],
      }),
    );
    const b = new OktaLdapIntegration(
      stack,
      'B',
      validProps({
        preflightGuard: false,
        groupMappings: [
          { ldapGroup: 'finance', oktaGroup: 'Finance' },
          { ldapGroup: 'legal', oktaGroup: 'Legal' },
        ],
        roleMappings: [],
      }),
    );
    const deps = ruleDeps(synthJson(stack));
    const name = (rule: { friendlyUniqueId: string }) => rule.friendlyUniqueId;
    expect(deps[name(b.groupRules[0]!)]).toEqual([`okta_group_rule.${name(a.groupRules[2]!)}`]);
    expect(deps[name(b.groupRules[1]!)]).toEqual([`okta_group_rule.${name(b.groupRules[0]!)}`]);
    expect(deps[name(a.groupRules[0]!)]).toEqual([]);
    expect(deps[name(unchained.groupRules[0]!)]).toEqual([]);
  });

  test('stacks have separate chains', () => {
    const app = Testing.app();
    const first = new OktaLdapIntegration(new OrgStack(app, 'one'), 'A', validProps());
    const secondStack = new OrgStack(app, 'two');
    const second = new OktaLdapIntegration(secondStack, 'A', validProps());
    expect(ruleDeps(synthJson(secondStack))[second.groupRules[0]!.friendlyUniqueId]).toEqual([]);
    expect(first.groupRules).toHaveLength(3);
  });

  test('integrations writing to another org (an aliased okta provider) have their own chain', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const preview = new OktaProvider(stack, 'preview', { alias: 'preview' });
    new OktaLdapIntegration(stack, 'A', validProps());
    const other = new OktaLdapIntegration(stack, 'B', validProps({ provider: preview }));
    const again = new OktaLdapIntegration(
      stack,
      'C',
      validProps({
        provider: preview,
        groupMappings: [{ ldapGroup: 'ops', oktaGroup: 'Ops' }],
        roleMappings: [],
      }),
    );
    const deps = ruleDeps(synthJson(stack));
    expect(deps[other.groupRules[0]!.friendlyUniqueId]).toEqual([]);
    expect(deps[again.groupRules[0]!.friendlyUniqueId]).toEqual([
      `okta_group_rule.${other.groupRules[2]!.friendlyUniqueId}`,
    ]);
  });
});

describe('options', () => {
  test('preflightGuard: false adds no guard and no dependency on one', () => {
    const { stack, integration } = build({ preflightGuard: false });
    const tf = synthJson(stack);
    expect(integration.guard).toBeUndefined();
    // What remains of terraform_data are replace triggers, and nothing depends on a guard.
    expect(Object.keys(tf.resource.terraform_data ?? {}).every((k) => k.includes('_ReplaceTrigger-'))).toBe(
      true,
    );
    expect(JSON.stringify(tf.resource)).not.toMatch(/"depends_on":\[[^\]]*terraform_data\./);
  });

  test('preflightGuardOptions reach the guard', () => {
    const { integration } = build({
      preflightGuardOptions: { exampleUser: 'alice@example.com', timeoutSeconds: 20 },
    });
    expect(integration.guard!.input.check).toEqual({
      exampleUser: 'alice@example.com',
      timeoutSeconds: 20,
    });
  });

  test('deleteWhenAbsent: true is passed to the profile mapping', () => {
    const { stack } = build({ deleteWhenAbsent: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ProfileMapping, { delete_when_absent: true });
  });

  test('no userMappings: no profile mapping resource (the console mapping stays as it is)', () => {
    const { stack } = build({ userMappings: {} });
    expect(Testing.synth(stack)).not.toHaveResource(ProfileMapping);
  });

  test('the profile mapping is protected from destroy; without userMappings a removed block forgets it', () => {
    const mapping = Object.entries(res(synthJson(build().stack), 'okta_profile_mapping'));
    expect(mapping).toHaveLength(1);
    const [address, body] = mapping[0]!;
    expect(body.lifecycle).toMatchObject({ prevent_destroy: true });
    const tf = synthJson(build({ userMappings: undefined }).stack) as TfJson & { removed?: unknown };
    expect(res(tf, 'okta_profile_mapping')).toEqual({});
    expect(tf.removed).toEqual([{ from: `okta_profile_mapping.${address}`, lifecycle: { destroy: false } }]);
  });

  test('profileMappingRemoval: CLEAR adds neither prevent_destroy nor a removed block', () => {
    const clear = { profileMappingRemoval: ProfileMappingRemoval.CLEAR };
    const body = Object.values(res(synthJson(build(clear).stack), 'okta_profile_mapping'))[0]!;
    expect(body.lifecycle).not.toHaveProperty('prevent_destroy');
    const tf = synthJson(build({ ...clear, userMappings: undefined }).stack) as TfJson & {
      removed?: unknown;
    };
    expect(tf.removed).toBeUndefined();
  });

  test('a new ldapAppId replaces the profile mapping and the schema properties (one trigger holds the id)', () => {
    const tf = synthJson(build().stack);
    const triggers = Object.entries(res(tf, 'terraform_data')).filter(([k]) =>
      k.includes('_ReplaceTrigger-LdapApp_'),
    );
    expect(triggers.map(([, t]) => t.input)).toEqual([{ ldap_app_id: APP_ID }]);
    const trigger = `terraform_data.${triggers[0]![0]}`;
    for (const type of ['okta_profile_mapping', 'okta_app_user_schema_property']) {
      for (const body of Object.values(res(tf, type))) {
        expect(body.lifecycle).toMatchObject({ replace_triggered_by: [trigger] });
      }
    }
  });

  test('an existing bind password variable is used instead of a new one', () => {
    const app = Testing.app();
    const stack = new OrgStack(app, 'org');
    const secret = new TerraformVariable(stack, 'ldap_bind_password', { type: 'string', sensitive: true });
    const integration = new OktaLdapIntegration(stack, 'JumpCloud', validProps({ bindPassword: secret }));
    const tf = synthJson(stack);
    expect(Object.keys(tf.variable)).toEqual(['ldap_bind_password']);
    expect(integration.manifest.bindPasswordVariable).toBe('ldap_bind_password');
  });

  test('password policy groups: names of mapped Okta groups resolve to the created groups, others pass as ids', () => {
    const { stack } = build({
      passwordPolicy: {
        name: 'LDAP',
        groups: ['Sales', '00g1abcdEFGH2345ijk7'],
        priority: 2,
        description: 'd',
      },
    });
    const tf = synthJson(stack);
    const sales = Object.keys(res(tf, 'okta_group')).find((k) => k.includes('Sales'));
    expect(Object.values(res(tf, 'okta_policy_password'))[0]).toMatchObject({
      groups_included: [`\${okta_group.${sales}.id}`, '00g1abcdEFGH2345ijk7'],
      priority: 2,
      description: 'd',
    });
  });

  test('role targets are passed only where Okta allows them', () => {
    const { stack } = build({
      roleMappings: [
        { ldapGroup: 'helpdesk', role: OktaAdminRole.USER_ADMIN, targetGroupIds: ['00gTARGET'] },
        { ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps: ['salesforce'] },
        { ldapGroup: 'auditors', role: OktaAdminRole.REPORT_ADMIN, disableNotifications: true },
      ],
    });
    const synthesized = Testing.synth(stack);
    expect(synthesized).toHaveResourceWithProperties(GroupRole, {
      role_type: 'USER_ADMIN',
      target_group_list: ['00gTARGET'],
    });
    expect(synthesized).toHaveResourceWithProperties(GroupRole, {
      role_type: 'APP_ADMIN',
      target_app_list: ['salesforce'],
    });
    expect(synthesized).toHaveResourceWithProperties(GroupRole, {
      role_type: 'REPORT_ADMIN',
      disable_notifications: true,
    });
    const roles = Object.values(res(synthJson(stack), 'okta_group_role'));
    expect(roles.filter((r) => r.target_app_list !== undefined)).toHaveLength(1);
    expect(roles.filter((r) => r.target_group_list !== undefined)).toHaveLength(1);
  });

  test('a CUSTOM role passes role_id and resource_set_id; one group may hold two custom roles', () => {
    const { stack } = build({
      roleMappings: [
        { ldapGroup: 'it-admins', role: OktaAdminRole.CUSTOM, roleId: 'cr0one', resourceSetId: 'iamset' },
        { ldapGroup: 'it-admins', role: OktaAdminRole.CUSTOM, roleId: 'cr0two', resourceSetId: 'iamset' },
        { ldapGroup: 'it-admins', role: OktaAdminRole.REPORT_ADMIN },
      ],
    });
    const tf = synthJson(stack);
    const roles = res(tf, 'okta_group_role');
    expect(Object.keys(roles).map((k) => k.replace(/_[0-9A-F]{8}$/, ''))).toEqual([
      'JumpCloud_GroupRole-it-admins-CUSTOM-cr0one-iamset',
      'JumpCloud_GroupRole-it-admins-CUSTOM-cr0two-iamset',
      'JumpCloud_GroupRole-it-admins-REPORT_ADMIN',
    ]);
    const [one, two, report] = Object.values(roles);
    expect([one!.role_id, one!.resource_set_id, two!.role_id]).toEqual(['cr0one', 'iamset', 'cr0two']);
    expect(report).not.toHaveProperty('role_id');
    expect(report).not.toHaveProperty('resource_set_id');
  });

  test('each role lists its own replace trigger, holding the values Okta reads only on assignment', () => {
    const { stack } = build({
      roleMappings: [
        { ldapGroup: 'it-admins', role: OktaAdminRole.CUSTOM, roleId: 'cr0one', resourceSetId: 'iamset' },
        { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, disableNotifications: true },
      ],
    });
    const tf = synthJson(stack);
    const triggers = res(tf, 'terraform_data');
    for (const [name, role] of Object.entries(res(tf, 'okta_group_role'))) {
      const trigger = `JumpCloud_ReplaceTrigger-${name.replace(/^JumpCloud_/, '').replace(/_[0-9A-F]{8}$/, '')}`;
      const triggerName = Object.keys(triggers).find((k) => k.startsWith(`${trigger}_`))!;
      expect(role.lifecycle).toEqual({ replace_triggered_by: [`terraform_data.${triggerName}`] });
    }
    expect(Object.values(triggers).map((t) => t.input)).toEqual(
      expect.arrayContaining([
        { disable_notifications: false, role_id: 'cr0one', resource_set_id: 'iamset' },
        { disable_notifications: true },
      ]),
    );
  });
});

describe('literal text is escaped for Terraform', () => {
  test('quotes and backslashes in a group name are escaped in the search; ${ and %{ are doubled', () => {
    const { stack } = build({
      groupMappings: [{ ldapGroup: 'a"b\\c ${x} %{y}', oktaGroup: 'Team ${x} %{y}', ruleName: 'R ${x}' }],
      roleMappings: [],
      passwordPolicy: { name: 'Policy ${x}' },
    });
    const tf = synthJson(stack);
    expect(Object.values(dat(tf, 'okta_groups'))[0]!.search).toBe(
      'type eq "APP_GROUP" and profile.name eq "a\\"b\\\\c $${x} %%{y}"',
    );
    expect(Object.values(res(tf, 'okta_group'))[0]!.name).toBe('Team $${x} %%{y}');
    expect(Object.values(res(tf, 'okta_group_rule'))[0]!.name).toBe('R $${x}');
    expect(Object.values(res(tf, 'okta_policy_password'))[0]!.name).toBe('Policy $${x}');
    const lookupMessage = (
      Object.values(dat(tf, 'okta_groups'))[0]!.lifecycle as { postcondition: { error_message: string }[] }
    ).postcondition[0]!.error_message;
    expect(lookupMessage).toContain('$${x} %%{y}');
  });

  test('console settings JSON escapes ${ and %{ inside string values', () => {
    const { stack } = build({
      directory: jumpCloudSettings({
        user: {
          searchBase: USERS_BASE,
          extraAttributes: [{ ldapAttribute: 'employeeType', title: 'a${b}%{c}' }],
        },
      }),
    });
    const tf = synthJson(stack);
    expect(tf.output.JumpCloud_console_settings!.value).toContain('"title":"a$${b}%%{c}"');
  });
});

describe('stable construct ids', () => {
  test('Terraform addresses of a known input (renaming any of them replaces resources)', () => {
    const { stack } = build({ preflightGuard: false });
    expect(addresses(synthJson(stack))).toEqual([
      'okta_app_user_schema_property.JumpCloud_SchemaProperty-employeeType_E126B458',
      'okta_group.JumpCloud_Group-Engineering_6163D332',
      'okta_group.JumpCloud_Group-Sales_73E7337A',
      'okta_group.JumpCloud_Group-Support_6904BC8C',
      'okta_group_role.JumpCloud_GroupRole-engineering-READ_ONLY_ADMIN_EBD7CDE4',
      'okta_group_role.JumpCloud_GroupRole-it-helpdesk-HELP_DESK_ADMIN_92554476',
      'okta_group_rule.JumpCloud_GroupRule-Engineering_36A03D73',
      'okta_group_rule.JumpCloud_GroupRule-Sales_57C9B0EC',
      'okta_group_rule.JumpCloud_GroupRule-Support_BB409FCE',
      'okta_policy_password.JumpCloud_PasswordPolicy_7B942345',
      'okta_profile_mapping.JumpCloud_ProfileMapping_D2E83A30',
      'terraform_data.JumpCloud_ReplaceTrigger-GroupRole-engineering-READ_ONLY_ADMIN_57A219EE',
      'terraform_data.JumpCloud_ReplaceTrigger-GroupRole-it-helpdesk-HELP_DESK_ADMIN_3D4F2CC7',
      'terraform_data.JumpCloud_ReplaceTrigger-LdapApp_D41F5DB4',
    ]);
  });

  test('reordering mappings changes no address', () => {
    const forward = build({ preflightGuard: false });
    const reversed = build({
      preflightGuard: false,
      groupMappings: [...validProps().groupMappings!].reverse(),
      roleMappings: [...validProps().roleMappings!].reverse(),
    });
    expect(addresses(synthJson(reversed.stack))).toEqual(addresses(synthJson(forward.stack)));
  });

  test('group names that differ only in punctuation or a slash get distinct addresses', () => {
    const { stack } = build({
      groupMappings: [
        { ldapGroup: 'a/b', oktaGroup: 'A/B' },
        { ldapGroup: 'a--b', oktaGroup: 'A--B' },
        { ldapGroup: 'ab', oktaGroup: 'AB' },
      ],
      roleMappings: [],
    });
    const tf = synthJson(stack);
    expect(Object.keys(res(tf, 'okta_group'))).toHaveLength(3);
    expect(Object.keys(res(tf, 'okta_group_rule'))).toHaveLength(3);
    expect(Object.keys(dat(tf, 'okta_groups'))).toHaveLength(3);
  });
});

describe('secrets', () => {
  const SECRET = 'Bind-Pa55word-7f1c9e';
  const TOKEN = '00TokenNeverInJson-b81a44';

  test('no bind password or Okta token reaches any synthesized file', () => {
    const saved = { ...process.env };
    process.env.TF_VAR_JumpCloud_bind_password = SECRET;
    process.env.LDAP_BIND_PASSWORD = SECRET;
    process.env.OKTA_API_TOKEN = TOKEN;
    try {
      const outdir = tempDir('okta-ldap-int-');
      const app = freshApp(outdir);
      new OktaLdapIntegration(new OrgStack(app, 'org'), 'JumpCloud', validProps());
      app.synth();
      const files = listFiles(outdir);
      expect(files.some((f) => f.endsWith('cdk.tf.json'))).toBe(true);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        for (const secret of [SECRET, TOKEN]) {
          expect({ file, leaked: text.includes(secret) }).toEqual({ file, leaked: false });
          expect(text).not.toContain(Buffer.from(secret).toString('base64'));
        }
      }
    } finally {
      process.env = saved;
    }
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

describe('composition and the manifest', () => {
  test('two integrations in one stack and the construct in two stacks synthesize without collisions', () => {
    const outdir = tempDir('okta-ldap-int-');
    const app = freshApp(outdir);
    const prod = new OrgStack(app, 'prod');
    new OktaLdapIntegration(prod, 'JumpCloud', validProps());
    new OktaLdapIntegration(
      prod,
      'JumpCloudEu',
      validProps({
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering EU' }],
        roleMappings: [],
        passwordPolicy: { name: 'JumpCloud EU LDAP users' },
      }),
    );
    const staging = new OrgStack(app, 'staging');
    new OktaLdapIntegration(staging, 'JumpCloud', validProps());
    app.synth();

    const stacks = readSynthesizedApp(outdir);
    expect(stacks.map((s) => [s.stack, s.integrations.map((i) => i.id)])).toEqual([
      ['prod', ['JumpCloud', 'JumpCloudEu']],
      ['staging', ['JumpCloud']],
    ]);
    const prodTf = JSON.parse(
      fs.readFileSync(path.join(outdir, 'stacks', 'prod', 'cdk.tf.json'), 'utf8'),
    ) as TfJson;
    expect(Object.keys(prodTf.variable).sort()).toEqual([
      'JumpCloudEu_bind_password',
      'JumpCloud_bind_password',
    ]);
    expect(Object.keys(res(prodTf, 'okta_group'))).toHaveLength(4);
    expect(Object.keys(dat(prodTf, 'okta_user_type'))).toHaveLength(2);
  });

  test('integrations with the same id at different paths of one stack get distinct manifest keys', () => {
    const outdir = tempDir('okta-ldap-int-');
    const app = freshApp(outdir);
    const stack = new OrgStack(app, 'org');
    const { Construct } = jest.requireActual<typeof import('constructs')>('constructs');
    const first = new OktaLdapIntegration(stack, 'JumpCloud', validProps());
    const second = new OktaLdapIntegration(
      new Construct(stack, 'TeamB'),
      'JumpCloud',
      validProps({
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering B' }],
        roleMappings: [],
        passwordPolicy: { name: 'B' },
      }),
    );
    app.synth();
    expect([first.manifestKey, second.manifestKey]).toEqual(['JumpCloud', 'TeamB/JumpCloud']);
    const [org] = readSynthesizedApp(outdir);
    expect(org!.integrations.map((i) => [i.id, i.path])).toEqual([
      ['JumpCloud', 'org/JumpCloud'],
      ['TeamB/JumpCloud', 'org/TeamB/JumpCloud'],
    ]);
    const tf = JSON.parse(
      fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'),
    ) as TfJson;
    expect(Object.keys(tf.variable)).toHaveLength(2);
    expect(Object.keys(tf.output)).toHaveLength(6);
  });

  test('an integration id with dots is one manifest key (not a nested path)', () => {
    const outdir = tempDir('okta-ldap-int-');
    const app = freshApp(outdir);
    new OktaLdapIntegration(new OrgStack(app, 'org'), 'ldap.jumpcloud.com', validProps());
    app.synth();
    const [org] = readSynthesizedApp(outdir);
    expect(org!.integrations.map((i) => i.id)).toEqual(['ldap.jumpcloud.com']);
    const tf = JSON.parse(
      fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'),
    ) as TfJson;
    expect(Object.keys(tf.variable)).toEqual(['ldap_jumpcloud_com_bind_password']);
  });

  test('the manifest round-trips through readSynthesizedApp with addresses that exist in the stack', () => {
    const outdir = tempDir('okta-ldap-int-');
    const app = freshApp(outdir);
    const stack = new OrgStack(app, 'org');
    const props = validProps();
    new OktaLdapIntegration(stack, 'JumpCloud', props);
    app.synth();
    const [org] = readSynthesizedApp(outdir);
    const manifest = org!.integrations[0]!;
    expect(manifest).toMatchObject({
      schema: 'cdktf-okta-ldap/integration@1',
      id: 'JumpCloud',
      path: 'org/JumpCloud',
      ldapAppId: APP_ID,
      userMappings: props.userMappings,
      groupMappings: props.groupMappings,
      roleMappings: props.roleMappings,
      passwordPolicy: props.passwordPolicy,
      bindPasswordVariable: 'JumpCloud_bind_password',
      warnings: [],
    });
    expect(manifest.settings.agent.bindDn).toBe(`uid=okta-bind,${USERS_BASE}`);
    const tf = JSON.parse(
      fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'),
    ) as TfJson;
    const synthesized = addresses(tf);
    expect(manifest.resources.map((r) => r.address).sort()).toEqual(synthesized);
    for (const r of manifest.resources) {
      expect(r.address.startsWith(`${r.type}.`)).toBe(true);
      expect(r.purpose.length).toBeGreaterThan(0);
    }
  });
});
