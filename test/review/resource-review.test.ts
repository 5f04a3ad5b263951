/**
 * The review of what Terraform will do, read from cdk.tf.json next to the manifest: apps really
 * synthesized with OktaLdapIntegration (honest ones review as before; forged ones are caught), and
 * the manifest check on hand-written stacks.
 */
import { renderReviewText } from '../../lib/review/review-text';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import type { StackManifest } from '../../lib/manifest/integration-manifest';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { diffApps } from '../../lib/review/app-diff';
import { DiffArea, NO_INTEGRATION } from '../../lib/review/diff-model';
import { buildReview, Review } from '../../lib/review/review';
import { RiskLevel } from '../../lib/review/risk-rule';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';
import { copyOfApp, synthEditedOrgApp, synthOrgApp } from './synth-org-app';
import { editStack, sampleManifest, writeSynthesizedApp } from './synthesized-app-fixture';

const ORG = '5f3c0a1b2c3d4e5f60718293';

function props(overrides: Partial<OktaLdapIntegrationProps> = {}): OktaLdapIntegrationProps {
  return {
    directory: jumpCloudDirectory({
      orgId: ORG,
      bindUser: 'okta-bind',
      user: { extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Employee type' }] },
    }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.mail' },
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'sales', oktaGroup: 'Sales', ruleName: 'LDAP sales' },
    ],
    roleMappings: [
      { ldapGroup: 'it-admins', role: OktaAdminRole.READ_ONLY_ADMIN },
      { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] },
      { ldapGroup: 'root', role: OktaAdminRole.SUPER_ADMIN },
    ],
    passwordPolicy: { name: 'JumpCloud LDAP users' },
    ...overrides,
  };
}

/** Synthesizes one org stack holding the integrations; returns its outdir. */
function synth(...integrations: [string, OktaLdapIntegrationProps][]): string {
  return synthOrgApp('resource-review-', ...integrations);
}

/** The same stacks as if read without their Terraform JSON (only the manifests). */
const manifestsOnly = (stacks: StackManifest[]): StackManifest[] =>
  stacks.map(({ terraform: _terraform, ...rest }) => rest);
const summary = (review: Review) => review.changes.map((c) => [c.source, c.rule.id, c.change?.key]);
const fromTerraform = (review: Review) => review.changes.filter((c) => c.source === 'terraform');

describe('an honest app (the real construct) reviews as its manifests say', () => {
  const base = readSynthesizedApp(synth(['JumpCloud', props()], ['EU', props({ ldapAppId: '0oaEU' })]));

  test('the manifests account for every okta resource and data source, and agree with them', () => {
    const blocks = base[0]!.terraform!;
    expect(blocks.map((b) => b.type)).toEqual(
      expect.arrayContaining([
        'okta_group_role',
        'okta_group_rule',
        'okta_profile_mapping',
        'okta_policy_password',
        'okta_app_user_schema_property',
        'okta_groups',
        'okta_user_type',
      ]),
    );
    expect(blocks.find((b) => b.type === 'okta_group')!.attributes).not.toHaveProperty('depends_on');
    // Head alone: every block is new, and each is explained by its added integration.
    const review = buildReview(undefined, base);
    expect(fromTerraform(review)).toEqual([]);
    expect(summary(review)).toEqual(summary(buildReview(undefined, manifestsOnly(base))));
  });

  test.each<[string, Partial<OktaLdapIntegrationProps>]>([
    [
      'a group mapping added',
      { groupMappings: [...props().groupMappings!, { ldapGroup: 'ops', oktaGroup: 'Ops' }] },
    ],
    ['a group mapping removed', { groupMappings: [props().groupMappings![0]!] }],
    [
      'a group description and rule name',
      {
        groupMappings: [
          { ldapGroup: 'engineering', oktaGroup: 'Engineering', description: 'x', ruleName: 'r' },
          props().groupMappings![1]!,
        ],
      },
    ],
    [
      'an admin role added',
      { roleMappings: [...props().roleMappings!, { ldapGroup: 'ops', role: OktaAdminRole.ORG_ADMIN }] },
    ],
    [
      'role targets widened and notifications',
      {
        roleMappings: [
          { ldapGroup: 'it-admins', role: OktaAdminRole.READ_ONLY_ADMIN, disableNotifications: true },
          { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN },
          props().roleMappings![2]!,
        ],
      },
    ],
    [
      'a user mapping expression changed and one added',
      { userMappings: { ...props().userMappings, email: 'appuser.email', mobilePhone: 'appuser.mobile' } },
    ],
    ['every user mapping removed', { userMappings: {} }],
    ['deleteWhenAbsent', { deleteWhenAbsent: true }],
    ['the LDAP app', { ldapAppId: '0oaOTHER' }],
    [
      'the password policy re-scoped',
      { passwordPolicy: { name: 'JumpCloud LDAP users', groups: ['Engineering'], priority: 2 } },
    ],
    ['the password policy removed', { passwordPolicy: undefined }],
    [
      'an extra attribute added',
      {
        directory: jumpCloudDirectory({
          orgId: ORG,
          bindUser: 'okta-bind',
          user: {
            extraAttributes: [
              { ldapAttribute: 'employeeType', title: 'Employee type' },
              { ldapAttribute: 'departmentNumber' },
            ],
          },
        }),
      },
    ],
  ])('%s: the same changes as from the manifests alone, nothing from cdk.tf.json', (_what, overrides) => {
    const head = readSynthesizedApp(
      synth(['JumpCloud', props(overrides)], ['EU', props({ ldapAppId: '0oaEU' })]),
    );
    const review = buildReview(base, head);
    expect(fromTerraform(review)).toEqual([]);
    expect(summary(review)).toEqual(summary(buildReview(manifestsOnly(base), manifestsOnly(head))));
    expect(diffApps(base, head)).toEqual(diffApps(manifestsOnly(base), manifestsOnly(head)));
  });

  test('a reordered app is no difference, also at the resource level', () => {
    const reordered = readSynthesizedApp(
      synth(
        [
          'JumpCloud',
          props({
            groupMappings: [...props().groupMappings!].reverse(),
            roleMappings: [...props().roleMappings!].reverse(),
          }),
        ],
        ['EU', props({ ldapAppId: '0oaEU' })],
      ),
    );
    expect(diffApps(base, reordered)).toEqual({ equal: true, integrations: [], stackFindings: [] });
    expect(buildReview(base, reordered).changes).toEqual([]);
  });
});

test('honest corner cases: a token ldapAppId, a CUSTOM role, an aliased provider, two integrations of one id', () => {
  const outdir = synthEditedOrgApp('resource-review-corner-', [], (stack) => {
    const other = new OktaProvider(stack, 'other', { alias: 'other' });
    const appId = new TerraformVariable(stack, 'ldap_app_id', { type: 'string' });
    new OktaLdapIntegration(stack, 'Token', props({ ldapAppId: appId.stringValue }));
    const custom = {
      ldapGroup: 'ops',
      role: OktaAdminRole.CUSTOM,
      roleId: 'cr0abc',
      resourceSetId: 'iamXyz',
    };
    new OktaLdapIntegration(stack, 'Other', props({ provider: other, roleMappings: [custom] }));
    new OktaLdapIntegration(new Construct(stack, 'Nested'), 'Other', props({ ldapAppId: '0oaNested' }));
  });
  const head = readSynthesizedApp(outdir);
  expect(head[0]!.integrations.map((i) => i.id)).toEqual(['Nested/Other', 'Other', 'Token']);
  const review = buildReview(undefined, head);
  expect(fromTerraform(review)).toEqual([]);
  expect(summary(review)).toEqual(summary(buildReview(undefined, manifestsOnly(head))));

  // The checks do look at these blocks: forged, each is a mismatch of its own integration.
  editStack(outdir, 'org', (tf) => {
    for (const [name, role] of Object.entries<Record<string, unknown>>(tf.resource.okta_group_role)) {
      if (name.startsWith('Token_GroupRole-it-admins')) role.role_type = 'ORG_ADMIN';
      if (name.startsWith('Other_GroupRole-ops-CUSTOM')) role.role_id = 'cr0other';
    }
  });
  const forged = buildReview(undefined, readSynthesizedApp(outdir));
  expect(
    forged.changes
      .filter((c) => c.rule.id === 'RISK-MANIFEST-MISMATCH')
      .map((c) => [c.integration, c.change?.field, c.change?.before, c.change?.after]),
  ).toEqual([
    ['Other', 'role_id', 'cr0abc', 'cr0other'],
    ['Token', 'role_type', 'READ_ONLY_ADMIN for LDAP group it-admins', 'ORG_ADMIN'],
  ]);
});

describe('a forged head: the manifest left as the base, the resources changed', () => {
  const baseDir = synth(['JumpCloud', props()]);
  const base = readSynthesizedApp(baseDir);
  const helpdeskRole = base[0]!.terraform!.find((b) => b.address.includes('GroupRole-helpdesk'))!;

  /** The base app with a SUPER_ADMIN role on an Okta group of anyone's choice, in no manifest. */
  function withForgedRole(): string {
    const head = copyOfApp(baseDir, 'resource-review-forged-');
    editStack(head, 'org', (tf) => {
      tf.resource.okta_group_role.Forged = { group_id: '00gAttackers', role_type: 'SUPER_ADMIN' };
    });
    return head;
  }

  test('review: a high-risk wide role from the resource, and a high-risk unaccounted resource', () => {
    const review = buildReview(base, readSynthesizedApp(withForgedRole()));
    expect(
      review.changes.map((c) => [c.rule.level, c.rule.id, c.source, c.integration, c.change?.key]),
    ).toEqual([
      [RiskLevel.HIGH, 'RISK-UNACCOUNTED-RESOURCE', 'terraform', '', 'okta_group_role.Forged'],
      [RiskLevel.HIGH, 'RISK-ROLE-WIDE', 'terraform', '', 'okta_group_role.Forged'],
    ]);
    expect(renderReviewText(review)).toContain(
      'No change to the 1 integration(s). 2 change(s) to okta resources of no integration.',
    );
    expect(review.changes[1]!.change).toEqual({
      area: DiffArea.TERRAFORM,
      kind: 'added',
      key: 'okta_group_role.Forged',
      item: 'okta_group_role.Forged',
      after: '{"group_id":"00gAttackers","role_type":"SUPER_ADMIN"}',
    });
  });

  test('diff: a difference (exit 3), under no integration', async () => {
    const head = withForgedRole();
    const diff = diffApps(base, readSynthesizedApp(head));
    expect(diff.equal).toBe(false);
    expect(
      diff.integrations.map((i) => [i.stack, i.id, i.kind, i.changes.map((c) => [c.area, c.kind, c.key])]),
    ).toEqual([
      ['org', NO_INTEGRATION, 'changed', [[DiffArea.TERRAFORM, 'added', 'okta_group_role.Forged']]],
    ]);
    const run = await runCli(['diff', baseDir, head], head);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(
      '    + Terraform resource: okta_group_role.Forged: "{\\"group_id\\":\\"00gAttackers\\",\\"role_type\\":\\"SUPER_ADMIN\\"}"\n',
    );
  });

  test('a role resource whose role_type is not the one its manifest records: a high-risk mismatch', () => {
    const head = copyOfApp(baseDir, 'resource-review-forged-');
    const name = helpdeskRole.address.split('.')[1]!;
    editStack(head, 'org', (tf) => {
      tf.resource.okta_group_role[name].role_type = 'SUPER_ADMIN';
      delete tf.resource.okta_group_role[name].target_group_list;
    });
    const review = buildReview(base, readSynthesizedApp(head));
    expect(
      review.changes
        .filter((c) => c.rule.level === RiskLevel.HIGH)
        .map((c) => [c.rule.id, c.integration, c.change]),
    ).toEqual([
      [
        'RISK-MANIFEST-MISMATCH',
        'JumpCloud',
        {
          area: DiffArea.TERRAFORM,
          kind: 'changed',
          key: helpdeskRole.address,
          item: helpdeskRole.address,
          field: 'role_type',
          label: 'role_type: manifest → cdk.tf.json',
          before: 'HELP_DESK_ADMIN for LDAP group helpdesk',
          after: 'SUPER_ADMIN',
        },
      ],
      [
        'RISK-ROLE-WIDE',
        'JumpCloud',
        expect.objectContaining({ kind: 'changed', field: 'role_type, target_group_list' }),
      ],
    ]);
    // The integration's own manifest did not change, yet its resources did.
    expect(review.integrations.map((i) => i.status)).toEqual(['changed']);
  });

  test('a group rule expression widened behind a harmless description change is a high-risk change', () => {
    const head = copyOfApp(baseDir, 'resource-review-forged-');
    editStack(head, 'org', (tf) => {
      const [name] = Object.keys(tf.resource.okta_group_rule) as [string];
      tf.resource.okta_group_rule[name].expression_value = 'user.login != null';
    });
    const review = buildReview(base, readSynthesizedApp(head));
    expect(review.changes.map((c) => [c.rule.id, c.change?.field])).toEqual([
      ['RISK-MANIFEST-MISMATCH', 'expression_value'],
      ['RISK-GROUP-RULE-CHANGED', 'expression_value'],
    ]);
  });

  test('an explained change is never ranked below the resource: a policy priority behind a description change', () => {
    const headDir = synth([
      'JumpCloud',
      props({ passwordPolicy: { name: 'JumpCloud LDAP users', description: 'x' } }),
    ]);
    const honest = buildReview(base, readSynthesizedApp(headDir));
    expect(honest.changes.map((c) => c.rule.id)).toEqual(['RISK-OTHER']);
    editStack(headDir, 'org', (tf) => {
      const [name] = Object.keys(tf.resource.okta_policy_password) as [string];
      tf.resource.okta_policy_password[name].priority = 1;
    });
    const forged = buildReview(base, readSynthesizedApp(headDir));
    expect(forged.changes.map((c) => [c.rule.id, c.source, c.change?.field])).toEqual([
      ['RISK-MANIFEST-MISMATCH', 'terraform', 'priority'],
      ['RISK-PASSWORD-POLICY', 'terraform', 'description, priority'],
      ['RISK-OTHER', 'diff', 'description'],
    ]);
  });
});

describe('the manifest check of hand-written stacks', () => {
  test('a listed address the stack does not declare, or declares as another type', () => {
    const outdir = writeSynthesizedApp(tempDir('manifest-check-'), { org: [sampleManifest()] });
    editStack(outdir, 'org', (tf) => {
      delete tf.resource.okta_group.JumpCloud_Group_engineering;
      tf.resource.okta_group_role = {
        JumpCloud_Rule_engineering: tf.resource.okta_group_rule.JumpCloud_Rule_engineering,
      };
      delete tf.resource.okta_group_rule;
    });
    const review = buildReview(undefined, readSynthesizedApp(outdir));
    const findings = review.changes.filter((c) =>
      ['RISK-MANIFEST-MISMATCH', 'RISK-UNACCOUNTED-RESOURCE'].includes(c.rule.id),
    );
    expect(findings.map((c) => [c.rule.id, c.change?.kind, c.change?.key, c.change?.label])).toEqual([
      [
        'RISK-UNACCOUNTED-RESOURCE',
        'added',
        'okta_group_role.JumpCloud_Rule_engineering',
        'in cdk.tf.json, in no manifest',
      ],
      [
        'RISK-MANIFEST-MISMATCH',
        'removed',
        'okta_group.JumpCloud_Group_engineering',
        'listed by the manifest as okta_group, not in cdk.tf.json',
      ],
      [
        'RISK-MANIFEST-MISMATCH',
        'removed',
        'okta_group_rule.JumpCloud_Rule_engineering',
        'listed by the manifest as okta_group_rule, not in cdk.tf.json',
      ],
    ]);
  });

  test('an unaccounted resource already in the base is not a new finding; its change still is', () => {
    const baseDir = writeSynthesizedApp(tempDir('manifest-check-base-'), { org: [sampleManifest()] });
    editStack(baseDir, 'org', (tf) => (tf.resource.okta_app_oauth = { Portal: { label: 'Portal' } }));
    const headDir = copyOfApp(baseDir, 'resource-review-forged-');
    const base = readSynthesizedApp(baseDir);
    expect(buildReview(base, readSynthesizedApp(headDir)).changes).toEqual([]);
    editStack(headDir, 'org', (tf) => (tf.resource.okta_app_oauth.Portal.label = 'Portal 2'));
    expect(
      buildReview(base, readSynthesizedApp(headDir)).changes.map((c) => [c.rule.id, c.rule.level]),
    ).toEqual([
      ['RISK-UNACCOUNTED-RESOURCE', RiskLevel.HIGH],
      ['RISK-UNEXPLAINED-CHANGE', RiskLevel.MEDIUM],
    ]);
  });

  test('a role dropped from the manifest while its resource stays: unaccounted, though the block is unchanged', () => {
    const role = { ldapGroup: 'it-admins', role: OktaAdminRole.ORG_ADMIN };
    const address = 'okta_group_role.JumpCloud_Role_it-admins';
    const withRole = sampleManifest({
      roleMappings: [role],
      resources: [
        ...sampleManifest().resources,
        { type: 'okta_group_role', address, purpose: 'admin role ORG_ADMIN for LDAP group it-admins' },
      ],
    });
    const baseDir = writeSynthesizedApp(tempDir('manifest-check-dropped-'), { org: [withRole] });
    const headDir = copyOfApp(baseDir, 'resource-review-forged-');
    editStack(headDir, 'org', (tf) => {
      const m = tf['//']['cdktf-okta-ldap'].integrations.JumpCloud;
      m.roleMappings = [];
      m.resources = m.resources.filter((r: { address: string }) => r.address !== address);
    });
    const review = buildReview(readSynthesizedApp(baseDir), readSynthesizedApp(headDir));
    // Its group lookup stays behind too.
    expect(review.changes.map((c) => [c.rule.id, c.source, c.change?.key])).toEqual([
      ['RISK-UNACCOUNTED-RESOURCE', 'terraform', 'data.okta_groups.JumpCloud_LdapGroup-it-admins'],
      ['RISK-UNACCOUNTED-RESOURCE', 'terraform', address],
      ['RISK-ROLE-REMOVED', 'diff', 'it-admins: ORG_ADMIN'],
    ]);
  });
});
