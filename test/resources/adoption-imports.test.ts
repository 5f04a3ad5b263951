import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { DataResource, TerraformStack, Testing } from 'cdktf';
import { ADOPTION_SCHEMA } from '../../lib/adoption/adoption-file';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { terraform, terraformEnv, requireTerraform } from '../guard/terraform-harness';
import { freshApp, OrgStack, validProps } from './fixtures';
import { tempDir } from '../support/temp-dir';

interface ImportBlock {
  readonly to: string;
  readonly id: string;
  readonly provider?: string;
}

interface TfJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  import?: ImportBlock[];
  '//': {
    'cdktf-okta-ldap': {
      integrations: Record<string, { resources: { address: string; importId?: string }[] }>;
    };
  };
  [key: string]: unknown;
}

// Fixture ids shaped like Okta's (20 characters, type prefix).
const ENG_GROUP = '00g1engAAAAAAAAAAAA1';
const ENG_RULE = '0pr1engAAAAAAAAAAAA1';
const SALES_GROUP = '00g1salesAAAAAAAAAA2';
const HELPDESK_LDAP_GROUP = '00g1ldapHelpdeskAAA3';
const ENG_LDAP_GROUP = '00g1ldapEngAAAAAAAA4';
const POLICY = '00p1ldapPolicyAAAAA5';

const ADOPTION = {
  schema: ADOPTION_SCHEMA,
  groupMappings: {
    Engineering: { group: ENG_GROUP, groupRule: ENG_RULE },
    Sales: { group: SALES_GROUP },
  },
  roleMappings: {
    'it-helpdesk': { group: HELPDESK_LDAP_GROUP, roles: { HELP_DESK_ADMIN: 'IFIFAX2BIRGUSTQ' } },
    engineering: { group: ENG_LDAP_GROUP, roles: { READ_ONLY_ADMIN: 'ra1b8aahBZuGJRRa30g4' } },
  },
  passwordPolicy: POLICY,
};

const { schema: _adoptionSchema, ...ADOPTION_IDS } = ADOPTION;

function writeFile(content: unknown, name = 'okta-adoption.json'): string {
  const file = path.join(tempDir('adoption-'), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** Synthesizes a real app (validations included) and reads back the stack's cdk.tf.json. */
function synth(props: Partial<OktaLdapIntegrationProps> = {}): TfJson {
  const outdir = tempDir('adoption-');
  const app = freshApp(outdir);
  const stack = new OrgStack(app, 'org');
  new OktaLdapIntegration(stack, 'JumpCloud', validProps(props));
  app.synth();
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8')) as TfJson;
}

/** The address of the only resource of `type` whose name contains `part`. */
function address(tf: TfJson, type: string, part: string): string {
  const names = Object.keys(tf.resource[type] ?? {}).filter((n) => n.includes(part));
  expect(names).toHaveLength(1);
  return `${type}.${names[0]}`;
}

function synthError(props: Partial<OktaLdapIntegrationProps>): OktaLdapValidationError {
  try {
    synth(props);
  } catch (e) {
    if (OktaLdapValidationError.isOktaLdapValidationError(e)) return e;
    throw e;
  }
  throw new Error('synth did not fail');
}

describe('adoption file -> import blocks', () => {
  const file = writeFile(ADOPTION);
  const adopted = synth({ adoptionFile: file });
  const plain = synth();

  test('writes one import block per adopted resource, with the id format of each Importer', () => {
    expect([...(adopted.import ?? [])].sort((a, b) => a.to.localeCompare(b.to))).toEqual(
      [
        { to: address(adopted, 'okta_group', 'Group-Engineering'), id: ENG_GROUP },
        { to: address(adopted, 'okta_group_rule', 'GroupRule-Engineering'), id: ENG_RULE },
        { to: address(adopted, 'okta_group', 'Group-Sales'), id: SALES_GROUP },
        {
          to: address(adopted, 'okta_group_role', 'it-helpdesk-HELP_DESK_ADMIN'),
          id: `${HELPDESK_LDAP_GROUP}/IFIFAX2BIRGUSTQ`,
        },
        {
          to: address(adopted, 'okta_group_role', 'engineering-READ_ONLY_ADMIN'),
          id: `${ENG_LDAP_GROUP}/ra1b8aahBZuGJRRa30g4`,
        },
        { to: address(adopted, 'okta_policy_password', 'PasswordPolicy'), id: POLICY },
      ].sort((a, b) => a.to.localeCompare(b.to)),
    );
  });

  test('leaves what the file does not name to be created (no import block)', () => {
    const targets = (adopted.import ?? []).map((b) => b.to);
    expect(targets).not.toContain(address(adopted, 'okta_group_rule', 'GroupRule-Sales'));
    expect(targets).not.toContain(address(adopted, 'okta_group', 'Group-Support'));
    expect(targets.filter((t) => t.startsWith('okta_profile_mapping.'))).toEqual([]);
  });

  test('without the file the synthesized resources are identical, only the import blocks are gone', () => {
    expect(plain.import).toBeUndefined();
    const strip = (tf: TfJson) => {
      const { import: _imports, '//': _comment, ...rest } = tf;
      return rest;
    };
    expect(strip(adopted)).toEqual(strip(plain));
    expect(Object.keys(adopted).sort()).toEqual([...Object.keys(plain), 'import'].sort());
    // The "//" comment (ignored by Terraform) differs only by the manifest's importId marks and
    // cdktf's own list of imports in its metadata.
    const unmark = (tf: TfJson) =>
      JSON.parse(JSON.stringify(tf['//']), (key, value: unknown) =>
        key === 'importId' || key === 'imports' ? undefined : value,
      );
    expect(unmark(adopted)).toEqual(unmark(plain));
  });

  test('the manifest marks adopted resources with their import id (and only those)', () => {
    const resources = adopted['//']['cdktf-okta-ldap'].integrations['JumpCloud']!.resources;
    const marked = resources.filter((r) => r.importId !== undefined).map((r) => [r.address, r.importId]);
    expect(marked.sort()).toEqual((adopted.import ?? []).map((b) => [b.to, b.id]).sort());
    const plainResources = plain['//']['cdktf-okta-ldap'].integrations['JumpCloud']!.resources;
    expect(plainResources.filter((r) => r.importId !== undefined)).toEqual([]);
  });

  test('synth runs no terraform (no `terraform version` per adopted resource, replace trigger or guard), as a synth-only CI job needs', () => {
    // The module object itself (cdktf's validations call child_process.execSync through it).
    const childProcess = jest.requireActual<typeof import('child_process')>('child_process');
    const execSync = jest.spyOn(childProcess, 'execSync');
    const execFileSync = jest.spyOn(childProcess, 'execFileSync');
    const spawnSync = jest.spyOn(childProcess, 'spawnSync');
    let tf: TfJson;
    try {
      tf = synth({ adoptionFile: file });
      expect([...execSync.mock.calls, ...execFileSync.mock.calls, ...spawnSync.mock.calls]).toEqual([]);
    } finally {
      execSync.mockRestore();
      execFileSync.mockRestore();
      spawnSync.mockRestore();
    }
    expect(tf.import).toEqual(adopted.import);
  });

  test("cdktf's metadata lists the imported resources by type, as importFrom would", () => {
    const metadata = (adopted['//'] as unknown as { metadata: { imports: Record<string, string[]> } })
      .metadata;
    const byType: Record<string, string[]> = {};
    for (const block of adopted.import ?? []) {
      const [type, name] = block.to.split('.') as [string, string];
      (byType[type] ??= []).push(name);
    }
    expect(metadata.imports).toEqual(byType);
  });

  test('the adoption prop gives the same import blocks as the file', () => {
    const { schema: _schema, ...ids } = ADOPTION;
    expect(synth({ adoption: ids }).import).toEqual(adopted.import);
  });
});

describe('adoption through an aliased okta provider', () => {
  test('each import block names the provider of the resource it imports into', () => {
    const outdir = tempDir('adoption-');
    const app = freshApp(outdir);
    const stack = new OrgStack(app, 'org');
    const preview = new OktaProvider(stack, 'okta-preview', { alias: 'preview' });
    new OktaLdapIntegration(stack, 'Preview', validProps({ provider: preview, adoption: ADOPTION_IDS }));
    new OktaLdapIntegration(stack, 'Prod', {
      ...validProps({ adoption: { passwordPolicy: '00p1prodPolicyAAAAA6' } }),
      groupMappings: [],
      roleMappings: [],
      passwordPolicy: { name: 'Prod LDAP users' },
    });
    app.synth();
    const tf = JSON.parse(
      fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'),
    ) as TfJson;
    const blocks = tf.import ?? [];
    const previewBlocks = blocks.filter((b) => b.to.includes('Preview'));
    expect(previewBlocks).toHaveLength(6);
    expect(new Set(previewBlocks.map((b) => b.provider))).toEqual(new Set(['okta.preview']));
    const prodBlocks = blocks.filter((b) => b.to.includes('Prod'));
    expect(prodBlocks).toEqual([expect.objectContaining({ id: '00p1prodPolicyAAAAA6' })]);
    expect(prodBlocks[0]!.provider).toBeUndefined();
  });
});

describe('custom roles', () => {
  test('a CUSTOM role is adopted by the key "CUSTOM <roleId> <resourceSetId>", one of several on a group', () => {
    const custom = (resourceSetId: string) => ({
      ldapGroup: 'it-helpdesk',
      role: OktaAdminRole.CUSTOM,
      roleId: 'cr0Yq6IJxGIr0ouum0g3',
      resourceSetId,
    });
    const tf = synth({
      roleMappings: [custom('iamoJDFKaJxGIr0oamd9g'), custom('iamOtherResourceSet1')],
      adoption: {
        roleMappings: {
          'it-helpdesk': {
            group: HELPDESK_LDAP_GROUP,
            roles: { 'CUSTOM cr0Yq6IJxGIr0ouum0g3 iamoJDFKaJxGIr0oamd9g': 'irb1q92TFAHzySt3x0g4' },
          },
        },
      },
    });
    expect(tf.import).toEqual([
      {
        to: address(tf, 'okta_group_role', 'iamoJDFKaJxGIr0oamd9g'),
        id: `${HELPDESK_LDAP_GROUP}/irb1q92TFAHzySt3x0g4`,
      },
    ]);
  });
});

describe('adoption input errors (synth fails with the rule id, file, key and fix)', () => {
  test('a file that is not JSON', () => {
    const file = writeFile('{ "schema": ');
    const e = synthError({ adoptionFile: file });
    expect(e.violations.map((v) => [v.ruleId, v.path])).toEqual([['OKLDAP-301', file]]);
    expect(e.message).toContain(`[OKLDAP-301] ${file}: adoption file '${file}': is not JSON (`);
    expect(e.message).toContain('Fix: Pass the path of the file');
  });

  test('a file that repeats a key: refused in the words of every JSON input the tools read', () => {
    const file = writeFile(
      `{"schema": "${ADOPTION_SCHEMA}", "passwordPolicy": "00pOne", "passwordPolicy": "00pTwo"}`,
    );
    const e = synthError({ adoptionFile: file });
    expect(e.violations.map((v) => [v.ruleId, v.path, v.message])).toEqual([
      [
        'OKLDAP-301',
        file,
        `adoption file '${file}': repeats the key "passwordPolicy" in one object: readers disagree on which value counts, so it is refused`,
      ],
    ]);
  });

  test('a FIFO fails synth at once with OKLDAP-301 naming the file, without waiting for a writer', () => {
    const file = path.join(tempDir('adoption-'), 'adopt.json');
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(synthError({ adoptionFile: file }).message).toContain(
      `[OKLDAP-301] ${file}: adoption file '${file}': ${file} is not a regular file (a FIFO)`,
    );
  });

  test('a missing file', () => {
    const file = path.join(tempDir('adoption-'), 'missing.json');
    expect(synthError({ adoptionFile: file }).message).toContain(
      `[OKLDAP-301] ${file}: adoption file '${file}': no such file (${file})`,
    );
  });

  test('a wrong key, a group id of the wrong shape, an id used twice, an entry nothing uses', () => {
    const file = writeFile({
      schema: ADOPTION_SCHEMA,
      groupMappings: {
        Engineering: { group: 'Engineering', groupRule: ENG_RULE },
        Sales: { group: ENG_RULE, rule: 'x' },
        Marketing: { group: SALES_GROUP },
      },
      passwordPolicy: POLICY,
    });
    const e = synthError({ adoptionFile: file });
    expect(e.violations.map((v) => ({ ruleId: v.ruleId, path: v.path, value: v.value }))).toEqual([
      { ruleId: 'OKLDAP-301', path: `${file}#groupMappings.Sales.rule`, value: 'rule' },
      { ruleId: 'OKLDAP-302', path: `${file}#groupMappings.Engineering.group`, value: 'Engineering' },
      { ruleId: 'OKLDAP-302', path: `${file}#groupMappings.Sales.group`, value: ENG_RULE },
      { ruleId: 'OKLDAP-303', path: `${file}#groupMappings.Sales.group`, value: ENG_RULE },
      { ruleId: 'OKLDAP-304', path: `${file}#groupMappings.Marketing`, value: 'Marketing' },
    ]);
    expect(e.message).toContain(
      `[OKLDAP-302] ${file}#groupMappings.Sales.group: adoption file '${file}', key groupMappings.Sales.group: '${ENG_RULE}' is not an Okta group id: 20 letters and digits starting with '00g', e.g. '00g1emaKYZTWRYYRRTSK' (it is shaped like a group rule id)`,
    );
    expect(e.message).toContain(
      `[OKLDAP-303] ${file}#groupMappings.Sales.group: adoption file '${file}', key groupMappings.Sales.group: id '${ENG_RULE}' is already used at groupMappings.Engineering.groupRule; each Okta object can be adopted by one resource`,
    );
    expect(e.message).toContain(
      `[OKLDAP-304] ${file}#groupMappings.Marketing: adoption file '${file}', key groupMappings.Marketing: no group mapping has oktaGroup 'Marketing'; known: 'Engineering', 'Sales', 'Support' (got "Marketing"). Fix: Rename the key to the oktaGroup of the mapping it belongs to, or remove it`,
    );
  });

  test('adoptionFile and adoption together', () => {
    const e = synthError({ adoptionFile: writeFile(ADOPTION), adoption: {} });
    expect(e.message).toContain(
      '[OKLDAP-301] adoptionFile: the adoption prop: adoptionFile and adoption are both set; give the ids one way',
    );
  });
});

describe('terraform validate judges the import blocks (offline, built-in resources)', () => {
  test('the integration import blocks, pointed at terraform_data stand-ins, validate; a second block for one resource does not', () => {
    requireTerraform();
    const tf = synth({ adoptionFile: writeFile(ADOPTION) });
    // The okta provider cannot be installed here, so each adopted okta resource becomes a
    // terraform_data resource with the same name; the import blocks keep their exact id strings.
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stand-in');
    for (const block of tf.import ?? []) {
      const name = block.to.split('.')[1]!;
      const standIn = new DataResource(stack, name, {});
      standIn.overrideLogicalId(name);
      standIn.importFrom(block.id);
    }
    const standIn = JSON.parse(Testing.synth(stack)) as TfJson;
    expect((standIn.import ?? []).map((b) => b.id).sort()).toEqual((tf.import ?? []).map((b) => b.id).sort());

    const dir = tempDir('adoption-');
    const env = terraformEnv({}, path.join(dir, '.terraform-data'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(standIn));
    expect(terraform(['init', '-input=false', '-backend=false'], dir, env).status).toBe(0);
    const ok = terraform(['validate'], dir, env);
    expect(ok.output).toContain('Success! The configuration is valid.');

    // What validate can judge offline: two import blocks for one resource, a misspelled key.
    const [first] = standIn.import ?? [];
    const twice = { ...standIn, import: [...(standIn.import ?? []), { to: first!.to, id: 'again' }] };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(twice));
    const bad = terraform(['validate'], dir, env);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain(`Duplicate import configuration for "${first!.to}"`);
  }, 60000);
});
