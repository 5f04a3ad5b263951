/**
 * The manifest reader's InputErrors, with their exact messages (the CLI prints them as they are).
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { IntegrationManifest, MANIFEST_SCHEMA, StackManifest } from '../../lib/manifest/integration-manifest';
import { readSynthesizedApp, selectIntegration } from '../../lib/manifest/read-synthesized-app';
import { tempDir } from '../support/temp-dir';
import { sampleManifest, writeSynthesizedApp } from '../review/synthesized-app-fixture';
import { runCli } from '../support/run-cli';
import { inputErrorMessage } from '../support/input-error';

function integration(id: string): IntegrationManifest {
  return { schema: MANIFEST_SCHEMA, id, path: `stack/${id}` } as unknown as IntegrationManifest;
}

function stack(name: string, ...ids: string[]): StackManifest {
  return { stack: name, workingDirectory: `stacks/${name}`, integrations: ids.map(integration) };
}

describe('selectIntegration', () => {
  const stacks = [stack('a', 'One', 'Two'), stack('b', 'One')];

  test('picks the single match by stack and id, or by construct path', () => {
    expect(selectIntegration(stacks, { stack: 'a', integration: 'Two' }).integration.id).toBe('Two');
    expect(selectIntegration(stacks, { integration: 'stack/Two' }).stack.stack).toBe('a');
    expect(selectIntegration([stack('only', 'X')], {}).integration.id).toBe('X');
  });

  test('no integration in the app', () => {
    expect(inputErrorMessage(() => selectIntegration([stack('a')], {}))).toBe(
      "the synthesized app holds no OktaLdapIntegration. Add one to a stack and run 'cdktf synth'.",
    );
  });

  test('no match lists every choice', () => {
    expect(inputErrorMessage(() => selectIntegration(stacks, { stack: 'b', integration: 'Two' }))).toBe(
      'no integration matches --stack b --integration Two. Available: --stack a --integration One; --stack a --integration Two; --stack b --integration One',
    );
  });

  test('several matches list the matching ones', () => {
    expect(inputErrorMessage(() => selectIntegration(stacks, { integration: 'One' }))).toBe(
      '2 integrations match --integration One; pick one with: --stack a --integration One; --stack b --integration One',
    );
  });
});

describe('readSynthesizedApp', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('read-app-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, content: unknown): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  };

  test('a folder without manifest.json', () => {
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `'${dir}' is not a synthesized cdktf app (no readable manifest.json). Run 'cdktf synth' first, or pass the right folder.`,
    );
  });

  test('a manifest.json without stacks', () => {
    write('manifest.json', { version: '0.21.0' });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `${path.join(dir, 'manifest.json')} has no "stacks" object: it is not a cdktf manifest. Re-run 'cdktf synth'.`,
    );
  });

  test('a stack without synthesizedStackPath', () => {
    write('manifest.json', { stacks: { org: { name: 'org' } } });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `${path.join(dir, 'manifest.json')}: stack 'org' has no synthesizedStackPath. Re-run 'cdktf synth'.`,
    );
  });

  test('a stack file that is not JSON', () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', '{');
    const stackPath = path.join(dir, 'stacks/org/cdk.tf.json');
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toMatch(
      new RegExp(
        `^stack 'org': ${stackPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is missing or not JSON\\. Re-run 'cdktf synth'\\. \\(`,
      ),
    );
  });

  test('an integration record of another schema', () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', {
      '//': { 'cdktf-okta-ldap': { integrations: { Old: { schema: 'cdktf-okta-ldap/integration@0' } } } },
    });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `stack 'org': integration 'Old' in ${path.join(dir, 'stacks/org/cdk.tf.json')} is not a ${MANIFEST_SCHEMA} record (made by another version of cdktf-okta-ldap?). Re-synthesize with this version.`,
    );
  });

  test.each([
    ['a list', []],
    ['a string', 'JumpCloud'],
    ['a number', 7],
    ['null', null],
  ])('an integrations entry that is %s, not an object', (_kind, integrations) => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', { '//': { 'cdktf-okta-ldap': { integrations } } });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `stack 'org': "//"."cdktf-okta-ldap".integrations in ${path.join(dir, 'stacks/org/cdk.tf.json')} is not an object. Re-synthesize with 'cdktf synth'.`,
    );
  });

  test.each([
    ['null', null],
    ['a list', []],
    ['a string', 'integrations'],
  ])('a manifest record that is %s, not an object, is refused', (_kind, record) => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', { '//': { 'cdktf-okta-ldap': record } });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `stack 'org': "//"."cdktf-okta-ldap" in ${path.join(dir, 'stacks/org/cdk.tf.json')} is not an object. Re-synthesize with 'cdktf synth'.`,
    );
  });

  test('a stack with no integrations reads as an empty list', () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', {});
    expect(readSynthesizedApp(dir)).toEqual([
      {
        stack: 'org',
        workingDirectory: 'stacks/org',
        integrations: [],
        terraform: [],
        otherBlocks: [],
        settings: {},
        loadFindings: [],
        assets: {},
      },
    ]);
  });

  test('the assets a local-exec runs or a guard names as its CA: their MD5, or a note when not a regular file inside the app', () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    const guard = (command: string, caFile: string): unknown => ({
      provisioner: [{ 'local-exec': { command } }],
      input: { check: { caFile } },
    });
    write('stacks/org/cdk.tf.json', {
      resource: {
        terraform_data: {
          Guard: guard('assets/runner/guard.sh', 'assets/ca/folder'),
          Other: guard('assets/runner/outside.sh', 'assets/ca/missing.pem'),
        },
      },
    });
    write('stacks/org/assets/runner/guard.sh', 'echo guard\n');
    fs.mkdirSync(path.join(dir, 'stacks/org/assets/ca/folder'), { recursive: true });
    const outside = path.join(tempDir('read-app-outside-'), 'secret.sh');
    fs.writeFileSync(outside, 'not part of the app');
    fs.symlinkSync(outside, path.join(dir, 'stacks/org/assets/runner/outside.sh'));
    const [org] = readSynthesizedApp(dir);
    expect(org!.assets).toEqual({
      'assets/runner/guard.sh': createHash('md5').update('echo guard\n').digest('hex').toUpperCase(),
      'assets/ca/folder': 'not a regular file in the stack',
      'assets/runner/outside.sh': 'not a regular file in the stack',
      'assets/ca/missing.pem': 'not a regular file in the stack',
    });
    fs.rmSync(path.dirname(outside), { recursive: true, force: true });
  });

  test("the okta resources and data sources of the stack's Terraform JSON, as Terraform reads them", () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    write('stacks/org/cdk.tf.json', {
      resource: [
        {
          okta_group_role: {
            Admins: {
              '//': { metadata: { path: 'org/Admins' } },
              depends_on: ['terraform_data.Guard'],
              role_type: 'SUPER_ADMIN',
            },
          },
          terraform_data: { Guard: { input: 'x' } },
        },
        { okta_group: { Sales: [{ name: 'Sales' }, { description: 'd' }] } },
      ],
      data: { okta_groups: { Lookup: { search: 'q' } }, http: { Page: { url: 'u' } } },
    });
    const [stack] = readSynthesizedApp(dir);
    expect(stack!.otherBlocks!.map((b) => b.address)).toEqual(['data.http.Page', 'terraform_data.Guard']);
    expect(stack!.terraform).toEqual([
      { address: 'data.okta_groups.Lookup', type: 'okta_groups', mode: 'data', attributes: { search: 'q' } },
      {
        address: 'okta_group.Sales',
        type: 'okta_group',
        mode: 'managed',
        attributes: { name: 'Sales', description: 'd' },
      },
      {
        address: 'okta_group_role.Admins',
        type: 'okta_group_role',
        mode: 'managed',
        attributes: { role_type: 'SUPER_ADMIN' },
        dependsOn: ['terraform_data.Guard'],
      },
    ]);
  });

  test('a block the review cannot read, or a stack file that is not an object, names the file', () => {
    write('manifest.json', { stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json' } } });
    const file = path.join(dir, 'stacks/org/cdk.tf.json');
    write('stacks/org/cdk.tf.json', { resource: { okta_group: { Sales: 'x' } } });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `stack 'org': ${file}: "resource"."okta_group"."Sales" is not an object (Terraform JSON syntax): the review cannot read what Terraform will do. Re-run 'cdktf synth'.`,
    );
    write('stacks/org/cdk.tf.json', []);
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `stack 'org': ${file} is not a Terraform JSON object. Re-run 'cdktf synth'.`,
    );
  });
});

describe('readSynthesizedApp validates each integration record field by field', () => {
  const damaged = (change: (m: Record<string, unknown>) => void): string => {
    const outdir = tempDir('read-app-bad-');
    const manifest = JSON.parse(JSON.stringify(sampleManifest())) as Record<string, unknown>;
    change(manifest);
    writeSynthesizedApp(outdir, { org: [manifest as unknown as IntegrationManifest] });
    return outdir;
  };
  const stackFile = (outdir: string): string => path.join(outdir, 'stacks/org/cdk.tf.json');
  const tail = "Re-synthesize with 'cdktf synth' (the file was changed by hand or by another tool).";

  test('a good record reads as written', () => {
    const outdir = damaged(() => undefined);
    expect(readSynthesizedApp(outdir)[0]!.integrations[0]).toEqual(sampleManifest());
  });

  test('a settings field of the wrong type: the same message as --settings, with the stack file', () => {
    const outdir = damaged((m) => {
      (m.settings as { agent: Record<string, unknown> }).agent.port = 'ldaps';
    });
    expect(inputErrorMessage(() => readSynthesizedApp(outdir))).toBe(
      `stack 'org': integration 'JumpCloud' in ${stackFile(outdir)}: settings.agent.port must be an integer from 1 to 65535, got "ldaps". ${tail}`,
    );
  });

  test.each([
    [
      'a missing resource list',
      (m: Record<string, unknown>) => delete m.resources,
      'resources must be an array, got nothing (missing)',
    ],
    [
      'a group mapping without its Okta group',
      (m: Record<string, unknown>) => ((m.groupMappings as Record<string, unknown>[])[0]!.oktaGroup = 7),
      'groupMappings[0].oktaGroup must be a non-empty string, got number 7',
    ],
    [
      'no bind password variable',
      (m: Record<string, unknown>) => delete m.bindPasswordVariable,
      'bindPasswordVariable must be a non-empty string, got nothing (missing)',
    ],
    [
      'a warning without a message',
      (m: Record<string, unknown>) => (m.warnings = [{ ruleId: 'OKLDAP-111', path: 'x' }]),
      'warnings[0].message must be a string, got nothing (missing)',
    ],
    [
      'role targets that are not a list',
      (m: Record<string, unknown>) =>
        (m.roleMappings = [{ ldapGroup: 'a', role: 'HELP_DESK_ADMIN', targetGroupIds: 5 }]),
      'roleMappings[0].targetGroupIds must be an array, got number 5',
    ],
    [
      'policy groups that are not a list',
      (m: Record<string, unknown>) => (m.passwordPolicy = { name: 'p', groups: 'Everyone' }),
      'passwordPolicy.groups must be an array, got "Everyone"',
    ],
    [
      'a policy priority that is not an integer',
      (m: Record<string, unknown>) => (m.passwordPolicy = { name: 'p', priority: '1' }),
      'passwordPolicy.priority must be an integer, got "1"',
    ],
    [
      'a profile mapping removal that is not a string',
      (m: Record<string, unknown>) => (m.profileMappingRemoval = 5),
      'profileMappingRemoval must be a non-empty string, got number 5',
    ],
  ])('%s names the field', (_what, change, problem) => {
    const outdir = damaged(change);
    expect(inputErrorMessage(() => readSynthesizedApp(outdir))).toBe(
      `stack 'org': integration 'JumpCloud' in ${stackFile(outdir)}: ${problem}. ${tail}`,
    );
  });

  test('the CLI exits 2 with that message and nothing on stdout', async () => {
    const outdir = damaged((m) => {
      (m.settings as { user: Record<string, unknown> }).user.objectClass = 'not a class';
    });
    const run = await runCli(['report', '--out', outdir], outdir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `integration 'JumpCloud' in ${stackFile(outdir)}: settings.user.objectClass must be an LDAP attribute or class name (letters, digits, '-'), got "not a class"`,
    );
  });
});

describe('readSynthesizedApp reads every file Terraform loads', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('read-app-load-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, content: unknown): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  };
  const listed = {
    stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json', workingDirectory: 'stacks/org' } },
  };
  const role = (type: string): unknown => ({
    resource: { okta_group_role: { Admins: { role_type: type } } },
  });

  test('a repeated key in manifest.json is an input error naming the key', () => {
    write('manifest.json', '{"stacks":{"org":{"synthesizedStackPath":"a"}},"stacks":{}}');
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `${path.join(dir, 'manifest.json')} repeats the key "stacks" in one object: readers disagree on which value counts, so it is refused. Re-run 'cdktf synth'.`,
    );
  });

  test('a wrongly typed stack field names the field', () => {
    write('manifest.json', {
      stacks: { org: { synthesizedStackPath: 'stacks/org/cdk.tf.json', workingDirectory: 7 } },
    });
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toBe(
      `${path.join(dir, 'manifest.json')}: stack 'org' has no workingDirectory string (got number). Re-run 'cdktf synth'.`,
    );
  });

  test('extra, override, HCL and variables files, modules, unknown blocks and repeated keys are findings; overrides are merged', () => {
    write('manifest.json', listed);
    write(
      'stacks/org/cdk.tf.json',
      '{"resource":{"okta_group_role":{"Admins":{"role_type":"READ_ONLY_ADMIN"}}},"resource":{}}',
    );
    write('stacks/org/extra.tf.json', {
      resource: { terraform_data: { Run: { input: 1 } } },
      module: { m: { source: './m' } },
    });
    write('stacks/org/z_override.tf.json', {
      ...(role('SUPER_ADMIN') as object),
      provider: { okta: { base_url: 'evil.example' } },
    });
    write('stacks/org/main.tf', 'resource "terraform_data" "x" {}');
    write('stacks/org/terraform.tfvars', 'a = 1');
    write('stacks/org/.hidden.tf.json', '{');
    write('stacks/org/check.tf.json', { check: { c: {} } });
    const [stack] = readSynthesizedApp(dir);
    expect(stack!.terraform!.map((b) => [b.address, b.attributes.role_type, b.file])).toEqual([
      ['okta_group_role.Admins', 'SUPER_ADMIN', 'stacks/org/z_override.tf.json'],
    ]);
    expect(stack!.otherBlocks!.map((b) => [b.address, b.file])).toEqual([
      ['terraform_data.Run', 'stacks/org/extra.tf.json'],
    ]);
    expect(stack!.settings).toEqual({ 'provider.okta.base_url': '"evil.example"', 'provider.okta': '{}' });
    expect(stack!.loadFindings!.map((f) => [f.kind, f.file, f.block])).toEqual([
      ['duplicate-key', 'stacks/org/cdk.tf.json', 'resource'],
      ['unknown-block', 'stacks/org/check.tf.json', 'check'],
      ['extra-file', 'stacks/org/check.tf.json', ''],
      ['module', 'stacks/org/extra.tf.json', 'module.m'],
      ['extra-file', 'stacks/org/extra.tf.json', ''],
      ['unreadable-file', 'stacks/org/main.tf', ''],
      ['unreadable-file', 'stacks/org/terraform.tfvars', ''],
      ['override-file', 'stacks/org/z_override.tf.json', ''],
    ]);
  });

  test('a decoy synthesizedStackPath: the file where Terraform runs is read, and the decoy is a finding', () => {
    write('manifest.json', {
      stacks: { org: { synthesizedStackPath: 'decoy/cdk.tf.json', workingDirectory: 'stacks/org' } },
    });
    write('decoy/cdk.tf.json', role('READ_ONLY_ADMIN'));
    write('stacks/org/cdk.tf.json', role('SUPER_ADMIN'));
    write('stacks/other/cdk.tf.json', role('ORG_ADMIN'));
    const stacks = readSynthesizedApp(dir);
    expect(stacks.map((s) => [s.stack, s.terraform![0]!.attributes.role_type])).toEqual([
      ['org', 'SUPER_ADMIN'],
      ['stacks/other', 'ORG_ADMIN'],
    ]);
    expect(stacks.flatMap((s) => s.loadFindings!.map((f) => [f.kind, f.file, f.block]))).toEqual([
      ['stack-path', 'manifest.json', 'stacks.org.synthesizedStackPath'],
      ['unlisted-stack', 'stacks/other', ''],
    ]);
  });

  test('a stack folder out of the output folder is a finding and is not read; a stack file that is a FIFO or leaves the folder is refused', () => {
    write('manifest.json', {
      stacks: { org: { synthesizedStackPath: '../x/cdk.tf.json', workingDirectory: '../x' } },
    });
    const [stack] = readSynthesizedApp(dir);
    expect(stack!.terraform).toBeUndefined();
    expect(stack!.loadFindings!.map((f) => f.detail)).toEqual([
      'Terraform runs in "../x", outside the output folder: the review does not read it',
    ]);
    write('manifest.json', listed);
    fs.mkdirSync(path.join(dir, 'stacks/org'), { recursive: true });
    fs.symlinkSync('/proc/self/environ', path.join(dir, 'stacks/org/cdk.tf.json'));
    const message = inputErrorMessage(() => readSynthesizedApp(dir));
    expect(message).toBe(
      `stack 'org': ${path.join(dir, 'stacks/org/cdk.tf.json')} is missing or not JSON. Re-run 'cdktf synth'. (stacks/org/cdk.tf.json is not inside ${dir})`,
    );
    fs.rmSync(path.join(dir, 'stacks/org/cdk.tf.json'));
    execFileSync('mkfifo', [path.join(dir, 'stacks/org/cdk.tf.json')]);
    expect(inputErrorMessage(() => readSynthesizedApp(dir))).toContain('is not a regular file (a FIFO)');
  });
});
