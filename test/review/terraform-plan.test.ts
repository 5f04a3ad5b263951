/**
 * Plans for the review: real `terraform plan` + `terraform show -json` of stacks whose integrations
 * hold only the built-in preflight guard (no Okta resource, so Terraform runs offline), a plan of
 * Okta resources written by hand in Terraform's documented format (plans/okta-resources.plan.json),
 * and the bad inputs.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { buildReview } from '../../lib/review/review';
import { PLAN_COMMANDS, PlanAction, readTerraformPlan, stackOfPlan } from '../../lib/review/terraform-plan';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { requireTerraform, terraform, terraformEnv } from '../guard/terraform-harness';
import { tempDir } from '../support/temp-dir';
import { sampleManifest } from './synthesized-app-fixture';
import { inputErrorMessage } from '../support/input-error';

jest.setTimeout(60_000);

const ORG = '5f3c0a1b2c3d4e5f60718293';
const OKTA_PLAN = path.join(__dirname, 'plans', 'okta-resources.plan.json');

/** Synthesizes an app of one stack holding integrations without mappings: only their guards are resources. */
function synthGuardOnlyApp(outdir: string, ids: string[], stackName = 'org'): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, stackName);
  new LocalBackend(stack, { path: 'terraform.tfstate' });
  for (const id of ids) {
    new OktaLdapIntegration(stack, id, {
      directory: jumpCloudDirectory({ orgId: ORG, bindUser: 'okta-bind' }),
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    });
  }
  app.synth();
  return path.join(outdir, 'stacks', stackName);
}

/** `terraform plan -out` then `terraform show -json`; returns the JSON file written. */
function planJson(stackDir: string, env: NodeJS.ProcessEnv, file: string): string {
  const plan = terraform(['plan', '-input=false', '-out=tfplan'], stackDir, env);
  expect({ status: plan.status, output: plan.output }).toMatchObject({ status: 0 });
  const show = spawnSync('terraform', ['show', '-json', 'tfplan'], { cwd: stackDir, env, encoding: 'utf8' });
  expect(show.status).toBe(0);
  fs.writeFileSync(file, show.stdout);
  return file;
}

describe('real plans of guard-only stacks', () => {
  beforeAll(() => {
    requireTerraform();
  });

  test('a first plan creates the guards; after an import of the state the guard is replaced, forced by triggers_replace', () => {
    const dir = tempDir('review-plan-');
    const outdir = path.join(dir, 'cdktf.out');
    const stackDir = synthGuardOnlyApp(outdir, ['JumpCloud', 'EU']);
    const env = terraformEnv(
      { TF_VAR_JumpCloud_bind_password: 'x', TF_VAR_EU_bind_password: 'x' },
      path.join(dir, '.tf'),
    );
    expect(terraform(['init', '-input=false'], stackDir, env).status).toBe(0);
    const head = readSynthesizedApp(outdir);
    const guards = head[0]!.integrations.map((i) => i.resources[0]!.address);
    expect(guards).toEqual([
      expect.stringMatching(/^terraform_data\.EU_PreflightGuard_/),
      expect.stringMatching(/^terraform_data\.JumpCloud_PreflightGuard_/),
    ]);

    const first = readTerraformPlan(planJson(stackDir, env, path.join(dir, 'first.json')));
    expect(first.formatVersion).toMatch(/^1\./);
    expect(stackOfPlan(first, head)).toBe('org');
    const created = buildReview(head, head, { plans: [{ plan: first }] }).plans[0]!;
    expect(created.resources.map((r) => [r.integration, r.action, r.status, r.rule.id])).toEqual([
      ['EU', PlanAction.CREATE, 'create', 'RISK-GUARD-RERUN'],
      ['JumpCloud', PlanAction.CREATE, 'create', 'RISK-GUARD-RERUN'],
    ]);

    // terraform_data can be imported; its triggers_replace is then unknown to the state, so the next plan replaces it.
    expect(terraform(['import', '-input=false', guards[1]!, 'imported'], stackDir, env).status).toBe(0);
    const second = readTerraformPlan(planJson(stackDir, env, path.join(dir, 'second.json')));
    const replaced = buildReview(head, head, { plans: [{ plan: second }] }).plans[0]!;
    expect(replaced.resources.find((r) => r.integration === 'JumpCloud')).toMatchObject({
      action: PlanAction.REPLACE,
      replacePaths: ['triggers_replace'],
      status: 'replace (forced by triggers_replace)',
    });

    // The same plan is of another stack for an app whose integrations have other addresses.
    const other = path.join(dir, 'other.out');
    synthGuardOnlyApp(other, ['Okta2'], 'prod');
    expect(() => stackOfPlan(second, readSynthesizedApp(other))).toThrow(
      `${path.join(dir, 'second.json')} is the plan of another stack: none of its 2 resource(s) belongs to an integration of stack 'prod'.`,
    );
  });
});

describe('the plan commands the errors give', () => {
  beforeAll(() => {
    requireTerraform();
  });

  test('run as written from the project folder: the stack folder stays as synth wrote it (no finding), and the review reads the plan', () => {
    const project = tempDir('review-plan-commands-');
    const outdir = path.join(project, 'cdktf.out');
    const stackDir = synthGuardOnlyApp(outdir, ['JumpCloud']);
    const synthesized = fs.readdirSync(stackDir).sort();
    const script = PLAN_COMMANDS.replace(
      'export TF_DATA_DIR=<a folder outside cdktf.out>',
      `export TF_DATA_DIR='${path.join(project, 'tf-data')}'`,
    ).replaceAll('<stack>', 'org');
    expect(script).not.toMatch(/[<>](?! plan\.json)/);
    const run = spawnSync('bash', ['-c', script], {
      cwd: project,
      env: terraformEnv({ TF_VAR_JumpCloud_bind_password: 'x' }),
      encoding: 'utf8',
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });

    expect(fs.readdirSync(stackDir).sort()).toEqual(synthesized);
    const head = readSynthesizedApp(outdir);
    expect(head[0]!.loadFindings ?? []).toEqual([]);
    const plan = readTerraformPlan(path.join(project, 'plan.json'));
    expect(stackOfPlan(plan, head)).toBe('org');
    expect(plan.resources.map((r) => r.action)).toEqual([PlanAction.CREATE]);
  });
});

describe('a plan of Okta resources (written in the documented format)', () => {
  const head = [{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }];

  test('replacements with their forcing attributes, drift, unchanged and foreign resources', () => {
    const plan = readTerraformPlan(OKTA_PLAN);
    const review = buildReview(head, head, { plans: [{ plan }] });
    const p = review.plans[0]!;
    expect(p.unchanged).toBe(1);
    expect(p.resources.map((r) => [r.address, r.integration, r.status, r.rule.id])).toEqual([
      [
        'okta_group.JumpCloud_Group_engineering',
        'JumpCloud',
        'update in place (changed outside Terraform)',
        'RISK-DRIFT',
      ],
      [
        'okta_group_rule.JumpCloud_Rule_engineering',
        'JumpCloud',
        'replace (forced by group_assignments)',
        'RISK-RULE-REPLACED',
      ],
      ['okta_app_oauth.Portal', '', 'create', 'RISK-PLAN-CHANGE'],
    ]);
    expect(review.changes.map((c) => [c.source, c.rule.id])).toEqual([
      ['plan', 'RISK-RULE-REPLACED'],
      ['plan', 'RISK-DRIFT'],
    ]);
  });

  test('a status supplied by the caller replaces the derived one (e.g. an adopted resource)', () => {
    const plan = readTerraformPlan(OKTA_PLAN);
    const review = buildReview(head, head, {
      plans: [{ plan }],
      resourceStatus: (_stack, address) =>
        address.startsWith('okta_app_oauth.') ? 'adopted (no change in Okta)' : undefined,
    });
    expect(review.plans[0]!.resources.map((r) => r.status)).toEqual([
      'update in place (changed outside Terraform)',
      'replace (forced by group_assignments)',
      'adopted (no change in Okta)',
    ]);
  });
});

test("a planned forget of an admin role or group rule is high: it stays granted in Okta; the construct's own forget is not", () => {
  const head = [{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }];
  const plan = readTerraformPlan(path.join(__dirname, 'plans', 'forget-role.plan.json'));
  expect(plan.resources.map((r) => r.action)).toEqual([
    PlanAction.FORGET,
    PlanAction.FORGET,
    PlanAction.FORGET,
  ]);
  const review = buildReview(head, head, { plans: [{ plan }] });
  expect(review.plans[0]!.resources.map((r) => [r.address, r.status, r.rule.level, r.rule.id])).toEqual([
    ['okta_group_role.Admins', 'forget (removed from state, kept in Okta)', 'high', 'RISK-PLAN-FORGET-GRANT'],
    ['okta_group_rule.Admins', 'forget (removed from state, kept in Okta)', 'high', 'RISK-PLAN-FORGET-GRANT'],
    [
      'okta_profile_mapping.JumpCloud_UserMapping',
      'forget (removed from state, kept in Okta)',
      'low',
      'RISK-PLAN-CHANGE',
    ],
  ]);
  const forgotten = review.changes.find((c) => c.resource?.address === 'okta_group_role.Admins');
  expect(forgotten?.rule.reason).toMatch(
    /^Terraform will forget it \(a removed block with destroy = false\) without revoking it in Okta: the admin role.* stays granted and no longer appears in this code$/,
  );
});

describe('bad plan files name the file and the fix', () => {
  const HOW =
    "write it from the project folder after 'cdktf synth', with Terraform's files kept out of cdktf.out: " +
    'export TF_DATA_DIR=<a folder outside cdktf.out>; ' +
    'terraform -chdir=cdktf.out/stacks/<stack> init && ' +
    'terraform -chdir=cdktf.out/stacks/<stack> plan -out="$TF_DATA_DIR/tfplan" && ' +
    'terraform -chdir=cdktf.out/stacks/<stack> show -json "$TF_DATA_DIR/tfplan" > plan.json' +
    ' (see "Plans" in docs/review.md).';
  const write = (name: string, text: string): string => {
    const file = path.join(tempDir('review-bad-plan-'), name);
    fs.writeFileSync(file, text);
    return file;
  };

  test.each([
    ['text.plan', 'Terraform will perform the following actions:', 'not JSON'],
    ['tfplan', 'PK\u0003\u0004binary', 'it is a binary plan file'],
    ['array.json', '[]', 'no "format_version"'],
    ['state.json', '{"format_version":"1.0","values":{}}', 'a state, not a plan'],
    ['odd.json', '{"format_version":"1.2","resource_changes":{}}', '"resource_changes" is not a list'],
    [
      'noactions.json',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","change":{}}]}',
      '"resource_changes" entry 0 (a.b) has no "change.actions" list',
    ],
    [
      'typed.json',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","type":7,"change":{"actions":["create"]}}]}',
      '"resource_changes" entry 0 (a.b) "type" is not a string',
    ],
    [
      'paths.json',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","change":{"actions":["create"],"replace_paths":"x"}}]}',
      '"resource_changes" entry 0 (a.b) "change.replace_paths" is not a list of attribute paths',
    ],
    [
      'importing.json',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","change":{"actions":["no-op"],"importing":"00g1"}}]}',
      '"resource_changes" entry 0 (a.b) "change.importing" is not an object',
    ],
  ])('%s: %s', (name, text, why) => {
    const file = write(name, text);
    expect(inputErrorMessage(() => readTerraformPlan(file))).toBe(
      `${file} is not Terraform plan JSON (${why}): ${HOW}`,
    );
  });

  test('a repeated key is refused with its path (Terraform never writes one)', () => {
    const file = write(
      'dup.json',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","change":{"actions":["no-op"],"actions":["create"]}}]}',
    );
    expect(() => readTerraformPlan(file)).toThrow(
      `${file} repeats the key "resource_changes[0].change.actions" in one object: readers disagree on which value counts, so it is refused. Terraform never writes that: ${HOW}`,
    );
  });

  test('a FIFO or a device is refused without waiting on it', () => {
    expect(() => readTerraformPlan('/dev/zero')).toThrow(
      `/dev/zero is not a regular file (a device): ${HOW}`,
    );
  });

  test('an unknown format version', () => {
    const file = write('v2.json', '{"format_version":"2.0","resource_changes":[]}');
    expect(() => readTerraformPlan(file)).toThrow(
      `${file} has plan format_version "2.0"; this version of cdktf-okta-ldap reads format 1.x (Terraform 0.12 to 1.x). Write the plan with a Terraform 1.x 'terraform show -json', or upgrade cdktf-okta-ldap.`,
    );
  });

  test('a missing file', () => {
    expect(() => readTerraformPlan('/nonexistent/plan.json')).toThrow(
      `plan file not found: /nonexistent/plan.json. W${HOW.slice(1)}`,
    );
  });

  test('a plan matching two stacks equally asks for the stack by name', () => {
    const plan = readTerraformPlan(OKTA_PLAN);
    const twin = (stack: string) => ({
      stack,
      workingDirectory: `stacks/${stack}`,
      integrations: [sampleManifest()],
    });
    expect(() => stackOfPlan(plan, [twin('dev'), twin('prod')])).toThrow(
      `${OKTA_PLAN} matches stacks 'dev' and 'prod' equally (their integrations have the same resource addresses). Name the stack: --plan dev=${OKTA_PLAN}.`,
    );
    expect(stackOfPlan(plan, [twin('dev'), twin('prod')], 'prod')).toBe('prod');
  });
});
