import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';
import { editStack, sampleManifest, writeSynthesizedApp } from '../review/synthesized-app-fixture';

const run = runCli;

describe('cdktf-okta-ldap diff', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('diff-cli-');
    writeSynthesizedApp(path.join(dir, 'base'), { org: [sampleManifest()] });
  });

  test('equal apps: exit 0 and says so', async () => {
    const m = sampleManifest();
    writeSynthesizedApp(path.join(dir, 'head'), {
      org: [{ ...m, groupMappings: [...m.groupMappings].reverse() }],
    });
    expect(await run(['diff', 'base', 'head'], dir)).toEqual({
      code: 0,
      stdout: 'No differences in the Okta LDAP integrations.\n',
      stderr: '',
    });
  });

  test('different apps: exit 3, text by default, Markdown with --markdown', async () => {
    writeSynthesizedApp(path.join(dir, 'head'), {
      org: [sampleManifest({ userMappings: { email: 'appuser.mail' } })],
    });
    const text = await run(['diff', 'base', 'head'], dir);
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('    ~ User mapping: email: "appuser.email" → "appuser.mail"\n');
    const md = await run(['diff', path.join(dir, 'base'), path.join(dir, 'head'), '--markdown'], dir);
    expect(md.code).toBe(3);
    expect(md.stdout).toMatch(/^## Okta LDAP integration changes\n/);
    expect(md.stdout).toMatch(/\| ~ +\| User mapping +\| `email` +\| `appuser.email` +\| `appuser.mail` +\|/);
  });

  test('the same manifests with an okta resource added to cdk.tf.json: exit 3, under no integration', async () => {
    writeSynthesizedApp(path.join(dir, 'head'), { org: [sampleManifest()] });
    editStack(path.join(dir, 'head'), 'org', (tf) => {
      tf.resource.okta_group_role = { Forged: { group_id: '00gAttackers', role_type: 'SUPER_ADMIN' } };
    });
    expect(await run(['diff', 'base', 'head'], dir)).toEqual({
      code: 3,
      stdout:
        'Okta LDAP integrations: 1 changed, 0 added, 0 removed.\n\n~ org: okta resources of no integration\n' +
        '    + Terraform resource: okta_group_role.Forged: "{\\"group_id\\":\\"00gAttackers\\",\\"role_type\\":\\"SUPER_ADMIN\\"}"\n',
      stderr: '',
    });
    const md = await run(['diff', 'base', 'head', '--markdown'], dir);
    expect(md.code).toBe(3);
    expect(md.stdout).toContain('### Changed: `org`, okta resources of no integration');
  });

  test('a head stack with a file Terraform loads and the review cannot read: exit 3, the finding in text, Markdown and JSON', async () => {
    writeSynthesizedApp(path.join(dir, 'head'), { org: [sampleManifest()] });
    fs.writeFileSync(
      path.join(dir, 'head', 'stacks', 'org', 'extra.tf'),
      'resource "null_resource" "x" {}\n',
    );
    const file = path.join('stacks', 'org', 'extra.tf');
    const detail =
      'a Terraform configuration file in HCL: Terraform loads its blocks into the stack; the review reads JSON only';

    const text = await run(['diff', 'base', 'head'], dir);
    expect(text).toEqual({
      code: 3,
      stdout:
        "Okta LDAP integrations: 0 changed, 0 added, 0 removed. Findings about the head's stacks: 1.\n\n" +
        '! org: findings about the stack\n' +
        `    high RISK-UNREVIEWED-CONFIG: ${file} (${detail})\n`,
      stderr: '',
    });

    const md = await run(['diff', 'base', 'head', '--markdown'], dir);
    expect(md.code).toBe(3);
    expect(md.stdout).toContain('### Findings about the stack `org`');
    expect(md.stdout).toMatch(
      /\| high +\| RISK-UNREVIEWED-CONFIG: [^|]+\| +\| `stacks\/org\/extra\.tf` \(`a Terraform/,
    );

    const json = await run(['diff', 'base', 'head', '--json'], dir);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toEqual({
      schema: 'cdktf-okta-ldap/diff@1',
      equal: false,
      integrations: [],
      stackFindings: [
        {
          stack: 'org',
          integration: '',
          risk: 'high',
          ruleId: 'RISK-UNREVIEWED-CONFIG',
          title: 'Configuration the review cannot read',
          reason: expect.stringMatching(/^Terraform loads it \(an HCL file/),
          change: { area: 'Terraform resource', kind: 'added', key: file, item: file, label: detail },
        },
      ],
    });

    // The same folder without the file: no finding, no difference.
    fs.rmSync(path.join(dir, 'head', 'stacks', 'org', 'extra.tf'));
    expect(await run(['diff', 'base', 'head', '--json'], dir)).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ schema: 'cdktf-okta-ldap/diff@1', equal: true, integrations: [], stackFindings: [] }, null, 2)}\n`,
      stderr: '',
    });
  });

  test("a resource of an integration changed behind its back is that integration's difference", async () => {
    writeSynthesizedApp(path.join(dir, 'head'), { org: [sampleManifest()] });
    editStack(path.join(dir, 'head'), 'org', (tf) => {
      tf.resource.okta_group.JumpCloud_Group_engineering.description = 'renamed by hand';
    });
    const r = await run(['diff', 'base', 'head'], dir);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      '~ org/JumpCloud\n    ~ Terraform resource: okta_group.JumpCloud_Group_engineering: "{\\"description\\":\\"\\"}" → "{\\"description\\":\\"renamed by hand\\"}"\n',
    );
  });

  test('a missing folder is exit 2 naming it', async () => {
    expect(await run(['diff', 'base', 'missing'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap diff: synthesized app not found: '${path.join(dir, 'missing')}' is not a folder. Run 'cdktf synth' first, or pass the folder with --out.\n`,
    });
  });

  test('a folder that is not a synthesized app (malformed manifest.json) is exit 2 naming it', async () => {
    fs.mkdirSync(path.join(dir, 'head'));
    fs.writeFileSync(path.join(dir, 'head', 'manifest.json'), '[1,');
    const r = await run(['diff', 'base', 'head'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^cdktf-okta-ldap diff: '${path.join(dir, 'head')}' is not a synthesized cdktf app \\(no readable manifest.json\\)`,
      ),
    );
  });

  test('wrong number of folders is exit 2 with an example', async () => {
    expect(await run(['diff', 'base'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "cdktf-okta-ldap diff: diff needs two synthesized app folders, BASE_OUT and HEAD_OUT (got 1 argument). Example: cdktf-okta-ldap diff base.out cdktf.out. See 'cdktf-okta-ldap diff --help'.\n",
    });
  });

  test('an unknown flag is exit 2 pointing at --help', async () => {
    expect(await run(['diff', 'base', 'base', '--yaml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: "cdktf-okta-ldap diff: Unknown option '--yaml'. See 'cdktf-okta-ldap diff --help'.\n",
    });
    expect(await run(['diff', 'base', 'base', '--json', '--markdown'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "cdktf-okta-ldap diff: --markdown and --json exclude each other: pick one. See 'cdktf-okta-ldap diff --help'.\n",
    });
  });

  test('a removed block in the head: exit 3, a high stack finding naming the file and the block (RISK-STATE-BLOCK)', async () => {
    writeSynthesizedApp(path.join(dir, 'head'), { org: [sampleManifest()] });
    editStack(path.join(dir, 'head'), 'org', (tf) => {
      tf.removed = [{ from: 'okta_group_role.x', lifecycle: { destroy: false } }];
    });
    const json = await run(['diff', 'base', 'head', '--json'], dir);
    expect(json.code).toBe(3);
    const key = `${path.join('stacks', 'org', 'cdk.tf.json')}: removed from okta_group_role.x`;
    expect(JSON.parse(json.stdout)).toMatchObject({
      equal: false,
      stackFindings: [
        {
          stack: 'org',
          risk: 'high',
          ruleId: 'RISK-STATE-BLOCK',
          change: {
            kind: 'added',
            key,
            label:
              'Terraform will forget okta_group_role.x without revoking it in Okta: the admin role stays granted, and no later plan or review shows it',
          },
        },
      ],
    });
    const review = await run(['review', 'base', 'head', '--text'], dir);
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('Terraform will forget okta_group_role.x without revoking it in Okta');
  });

  test('--help', async () => {
    const r = await run(['diff', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cdktf-okta-ldap diff BASE_OUT HEAD_OUT \[--markdown \| --json\]/);
    expect(r.stdout.slice(r.stdout.indexOf('\nExit codes:'))).toBe(
      '\nExit codes: 0 no differences, 3 differences (or a finding about a head stack), 2 usage or input\n' +
        'error (missing or malformed folder), 4 internal error (a bug in cdktf-okta-ldap: please report it).\n',
    );
  });
});
