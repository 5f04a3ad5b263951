/**
 * The reader against Terraform's own reading: a stack folder shaped as a hostile pull request can
 * shape it (a repeated "resource" key, another *.tf.json, an override file, a module, an HCL file),
 * of built-in terraform_data resources only (offline, no provider), planned by the real terraform.
 * Every address Terraform plans is accounted for by the review: a block it read (with the
 * attributes Terraform plans, overrides merged), or a finding that names where it comes from.
 */
import * as fs from 'fs';
import * as path from 'path';
import { StackLoadFindingKind } from '../../lib/manifest/integration-manifest';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { buildReview } from '../../lib/review/review';
import { RiskLevel } from '../../lib/review/risk-rule';
import { requireTerraform, terraform, terraformEnv } from '../guard/terraform-harness';
import { tempDir } from '../support/temp-dir';

interface PlannedChange {
  address: string;
  mode: string;
  change: { actions: string[]; after?: { input?: unknown } };
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

test('every address Terraform plans from a hostile stack folder is accounted for by the review', () => {
  requireTerraform();
  const outdir = path.join(tempDir('stack-folder-tf-'), 'cdktf.out');
  const stackDir = path.join(outdir, 'stacks', 'org');
  write(
    path.join(outdir, 'manifest.json'),
    JSON.stringify({
      stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json', workingDirectory: 'stacks/org' } },
    }),
  );
  write(
    path.join(stackDir, 'cdk.tf.json'),
    '{"resource":{"terraform_data":{"Listed":{"input":"from cdk.tf.json"}}},' +
      '"module":{"extra":{"source":"./extra"}},' +
      '"resource":{"terraform_data":{"Repeated":{"input":"second resource key"}}}}',
  );
  write(
    path.join(stackDir, 'more.tf.json'),
    JSON.stringify({ resource: { terraform_data: { Extra: { input: 'more' } } } }),
  );
  write(
    path.join(stackDir, 'z_override.tf.json'),
    JSON.stringify({ resource: { terraform_data: { Listed: { input: 'overridden' } } } }),
  );
  write(path.join(stackDir, 'main.tf'), 'resource "terraform_data" "Hcl" {\n  input = "hcl"\n}\n');
  write(
    path.join(stackDir, 'extra', 'main.tf.json'),
    JSON.stringify({ resource: { terraform_data: { InModule: {} } } }),
  );

  const dataDir = tempDir('stack-folder-tf-data-');
  const env = terraformEnv({}, dataDir);
  const init = terraform(['init', '-input=false', '-backend=false'], stackDir, env);
  expect(init.output).toContain('Terraform has been successfully initialized');
  const plan = terraform(['plan', '-input=false', `-out=${path.join(dataDir, 'tfplan')}`], stackDir, env);
  expect(plan.status).toBe(0);
  const shown = terraform(['show', '-json', path.join(dataDir, 'tfplan')], stackDir, env);
  const json = JSON.parse(shown.output.slice(shown.output.indexOf('{'))) as {
    resource_changes: PlannedChange[];
  };
  const planned = json.resource_changes.filter((c) => c.mode === 'managed');
  expect(planned.map((c) => c.address).sort()).toEqual([
    'module.extra.terraform_data.InModule',
    'terraform_data.Extra',
    'terraform_data.Hcl',
    'terraform_data.Listed',
    'terraform_data.Repeated',
  ]);

  const [stack] = readSynthesizedApp(outdir);
  const blocks = new Map(stack!.otherBlocks!.map((b) => [b.address, b]));
  const findings = stack!.loadFindings!;
  const accountedBy = (address: string): string => {
    if (blocks.has(address)) return 'block';
    const module = /^module\.([^.]+)\./.exec(address)?.[1];
    if (
      module !== undefined &&
      findings.some((f) => f.kind === StackLoadFindingKind.MODULE && f.block === `module.${module}`)
    ) {
      return 'module finding';
    }
    // An HCL file is not read: the finding names the file, and the reviewer reads it.
    if (findings.some((f) => f.kind === StackLoadFindingKind.UNREADABLE_FILE && f.file.endsWith('.tf'))) {
      return 'unreadable file finding';
    }
    return 'NOT ACCOUNTED FOR';
  };
  expect(Object.fromEntries(planned.map((c) => [c.address, accountedBy(c.address)]))).toEqual({
    'module.extra.terraform_data.InModule': 'module finding',
    'terraform_data.Extra': 'block',
    'terraform_data.Hcl': 'unreadable file finding',
    'terraform_data.Listed': 'block',
    'terraform_data.Repeated': 'block',
  });
  // The review reads what Terraform plans: the override merged, the repeated key's blocks both.
  for (const c of planned.filter((p) => blocks.has(p.address))) {
    expect([c.address, blocks.get(c.address)!.attributes.input]).toEqual([c.address, c.change.after?.input]);
  }
  // And each thing it cannot vouch for is in its high-risk section.
  const high = buildReview(undefined, [stack!])
    .changes.filter((c) => c.rule.level === RiskLevel.HIGH)
    .map((c) => `${c.rule.id} ${c.change?.key}`);
  expect(high).toEqual(
    expect.arrayContaining([
      'RISK-DUPLICATE-KEY stacks/org/cdk.tf.json: resource',
      'RISK-EXTRA-CONFIG stacks/org/more.tf.json',
      'RISK-EXTRA-CONFIG stacks/org/z_override.tf.json',
      'RISK-UNREVIEWED-CONFIG stacks/org/cdk.tf.json: module.extra',
      'RISK-UNREVIEWED-CONFIG stacks/org/main.tf',
    ]),
  );
});
