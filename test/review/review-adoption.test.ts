/**
 * Adopted resources in the review: a real Terraform plan (offline, terraform_data stand-ins that
 * Terraform imports like any resource) where one import changes nothing, one import is followed by
 * an update, and one resource is created; and the static report of an integration with import ids.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderReport } from '../../lib/review/report-markdown';
import { terraform, terraformEnv, requireTerraform } from '../guard/terraform-harness';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';
import { sampleManifest, writeSynthesizedApp } from './synthesized-app-fixture';

const GROUP_ID = '00gOktaEngineering06';
const RULE_ID = '0prEngineeringRule09';

const manifest = sampleManifest({
  resources: [
    {
      type: 'okta_group',
      address: 'okta_group.Group_Engineering',
      purpose: 'Okta group Engineering',
      importId: GROUP_ID,
    },
    {
      type: 'okta_group_rule',
      address: 'okta_group_rule.GroupRule_Engineering',
      purpose: 'group rule: LDAP group engineering -> Okta group Engineering',
      importId: RULE_ID,
    },
    { type: 'okta_group', address: 'okta_group.Group_Sales', purpose: 'Okta group Sales' },
  ],
});

/**
 * `terraform show -json` of a real plan with two import blocks (one no-op, one with an update). The
 * okta provider cannot be installed here, so Terraform plans terraform_data stand-ins; their type
 * is then renamed to the okta type the name says (the actions and `importing` are Terraform's own).
 */
function realPlan(): string {
  requireTerraform();
  const dir = tempDir('review-adopt-tf-');
  const env = terraformEnv({}, path.join(dir, '.terraform-data'));
  fs.writeFileSync(
    path.join(dir, 'main.tf.json'),
    JSON.stringify({
      resource: {
        terraform_data: {
          Group_Engineering: {},
          GroupRule_Engineering: { input: 'rewritten' },
          Group_Sales: {},
        },
      },
      import: [
        { to: 'terraform_data.Group_Engineering', id: GROUP_ID },
        { to: 'terraform_data.GroupRule_Engineering', id: RULE_ID },
      ],
    }),
  );
  expect(terraform(['init', '-input=false', '-backend=false'], dir, env).status).toBe(0);
  const plan = terraform(['plan', '-input=false', '-out=tfplan'], dir, env);
  expect(plan.output).toContain('Plan: 2 to import, 1 to add, 1 to change, 0 to destroy.');
  const show = terraform(['show', '-json', 'tfplan'], dir, env);
  const file = path.join(dir, 'plan.json');
  const json = show.output.slice(show.output.indexOf('{'));
  const oktaType = (name: string) => (name.startsWith('GroupRule_') ? 'okta_group_rule' : 'okta_group');
  const shown = JSON.parse(json) as { resource_changes: { address: string; type: string; name: string }[] };
  for (const c of shown.resource_changes) {
    c.type = oktaType(c.name);
    c.address = `${c.type}.${c.name}`;
  }
  fs.writeFileSync(file, JSON.stringify(shown));
  return file;
}

test('the review shows adopted resources apart from created ones, from a real plan', async () => {
  const head = writeSynthesizedApp(tempDir('review-adopt-'), { org: [manifest] });
  const planFile = realPlan();
  const run = await runCli(['review', head, '--plan', planFile, '--json'], head);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const resources = (JSON.parse(run.stdout) as { plans: { resources: Record<string, unknown>[] }[] })
    .plans[0]!.resources;
  expect(resources.map((r) => [r.address, r.importId, r.status, r.ruleId])).toEqual([
    ['okta_group_rule.GroupRule_Engineering', RULE_ID, 'adopted, then update in place', 'RISK-PLAN-CHANGE'],
    ['okta_group.Group_Engineering', GROUP_ID, 'adopted (no change in Okta)', 'RISK-PLAN-ADOPT'],
    ['okta_group.Group_Sales', undefined, 'create', 'RISK-PLAN-CHANGE'],
  ]);
  const text = await runCli(['review', head, '--plan', planFile, '--text'], head);
  expect(text.stdout).toContain(
    '2 to adopt (import), 1 to create, 1 to update, 0 to replace, 0 to delete, 0 unchanged',
  );
  expect(text.stdout).toContain('adopted (no change in Okta)');
}, 60000);

test('the static report marks adopted resources with their import id', () => {
  const report = renderReport([{ stack: 'org', workingDirectory: 'stacks/org', integrations: [manifest] }]);
  expect(report).toContain('### Okta resources that will exist (3; 2 adopted by import)');
  expect(report).toContain(
    `\`Okta group Engineering\`; **adopted (no change in Okta)**: imports \`${GROUP_ID}\``,
  );
  expect(report).toMatch(/\| `okta_group` +\| `okta_group.Group_Sales` +\| `Okta group Sales` +\|/);
});
