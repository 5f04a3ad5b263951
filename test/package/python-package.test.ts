/**
 * The library from Python, as a Python team uses it: the wheel jsii builds (`npm run package:python`,
 * built here when missing or older than the sources) installed into a virtual environment with
 * cdktf, constructs and the okta bindings (`cdktf-cdktf-provider-okta`) from PyPI. The Python example
 * synthesizes the same stack as main.ts, byte for byte; a second app covers a CUSTOM role, suppressions
 * and an aliased provider against the same stack built in TypeScript; a refused setting raises an
 * exception in Python with the rule id and the message.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { DirectoryPreset, JumpCloudRegion, OktaAdminRole, OktaLdapIntegration } from '../../lib';
import { PACKAGE_JSON, REPO, requireBuild } from './built-package';
import { isolatedDir } from '../support/temp-dir';
import { JSII_ENV, PYTHON_SETUP_TIMEOUT_MS, pythonWithWheel, runPython } from './python-env';

let python: string;

beforeAll(() => {
  python = pythonWithWheel();
}, PYTHON_SETUP_TIMEOUT_MS);

const stackFile = (outdir: string, stack: string) => path.join(outdir, 'stacks', stack, 'cdk.tf.json');

/** The files of a folder, by relative path, with their content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[path.relative(dir, path.join(e.parentPath, e.name))] = fs.readFileSync(
        path.join(e.parentPath, e.name),
        'utf8',
      );
  }
  return out;
}

describe('examples/python/main.py', () => {
  test('synthesizes the stack of main.ts byte for byte (resources, outputs, manifest, guard runner)', () => {
    const cwd = isolatedDir('okta-ldap-python-example-');
    const py = runPython(
      python,
      path.join(REPO, 'examples', 'python', 'main.py'),
      cwd,
      path.join(cwd, 'py.out'),
      cwd,
    );
    expect({ code: py.code, stderr: py.stderr }).toEqual({ code: 0, stderr: '' });
    const ts = spawnSync(path.join(REPO, 'node_modules', '.bin', 'tsx'), [path.join(REPO, 'main.ts')], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CDKTF_OUTDIR: path.join(cwd, 'ts.out') },
    });
    expect({ code: ts.status, stderr: ts.stderr }).toEqual({ code: 0, stderr: '' });

    const pyJson = fs.readFileSync(stackFile(path.join(cwd, 'py.out'), 'okta-org'), 'utf8');
    const tsJson = fs.readFileSync(stackFile(path.join(cwd, 'ts.out'), 'okta-org'), 'utf8');
    expect(pyJson).toBe(tsJson);
    // what that covers: the resources, the outputs and the integration manifest of the example
    const stack = JSON.parse(pyJson);
    expect(Object.keys(stack.resource).sort()).toEqual([
      'okta_app_user_schema_property',
      'okta_group',
      'okta_group_role',
      'okta_group_rule',
      'okta_policy_password',
      'okta_profile_mapping',
      'terraform_data',
    ]);
    expect(Object.keys(stack.output).sort()).toEqual([
      'JumpCloud_console_settings',
      'JumpCloud_ldap_app_id',
      'JumpCloud_windows_tls12_script',
    ]);
    expect(pyJson).toContain('cdktf-okta-ldap/integration@1');
    // the guard runner the wheel carries is the one the npm package carries
    expect(tree(path.join(cwd, 'py.out', 'stacks', 'okta-org', 'assets'))).toEqual(
      tree(path.join(cwd, 'ts.out', 'stacks', 'okta-org', 'assets')),
    );
    // the CLI a Python project runs with npx reads the Python app's cdktf.out
    requireBuild();
    const cli = spawnSync(
      process.execPath,
      [path.join(REPO, PACKAGE_JSON.bin['cdktf-okta-ldap']!), 'report', '--out', path.join(cwd, 'py.out')],
      {
        cwd,
        encoding: 'utf8',
      },
    );
    expect({ code: cli.status, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
    expect(cli.stdout).toContain('## `okta-org` / `JumpCloud`');
    expect(cli.stdout).toContain('- Preset: `jumpcloud`');
  }, 120_000);
});

/** The stack of test/package/python/custom_role_app.py, built in TypeScript. */
function customRoleStackInTypeScript(outdir: string): string {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'custom-role');
  new OktaProvider(stack, 'okta', {});
  const secondOrg = new OktaProvider(stack, 'okta-second-org', { alias: 'second_org' });
  new OktaLdapIntegration(stack, 'JumpCloud', {
    provider: secondOrg,
    directory: DirectoryPreset.jumpCloud({
      orgId: '5f3c0a1b2c3d4e5f60718293',
      bindUser: 'okta-bind',
      region: JumpCloudRegion.EU,
    }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    strict: true,
    suppressions: [{ id: 'OKLDAP-111', reason: "JumpCloud's recipe uses entrydn" }],
    groupMappings: [{ ldapGroup: 'ops', oktaGroup: 'Operations' }],
    roleMappings: [
      {
        ldapGroup: 'ops',
        role: OktaAdminRole.CUSTOM,
        roleId: 'cr0Yq6IJxGIr0ouum0g3',
        resourceSetId: 'iamoJDFKaJxGIr0oamd9g',
      },
    ],
  });
  app.synth();
  return fs.readFileSync(stackFile(outdir, 'custom-role'), 'utf8');
}

describe('a Python app with a CUSTOM role, a suppression in strict mode and an aliased provider', () => {
  test('synthesizes what the same app in TypeScript does', () => {
    const cwd = isolatedDir('okta-ldap-python-custom-');
    const py = runPython(
      python,
      path.join(__dirname, 'python', 'custom_role_app.py'),
      REPO,
      path.join(cwd, 'py.out'),
      cwd,
    );
    expect({ code: py.code, stderr: py.stderr }).toEqual({ code: 0, stderr: '' });
    const pyJson = fs.readFileSync(stackFile(path.join(cwd, 'py.out'), 'custom-role'), 'utf8');
    expect(pyJson).toBe(customRoleStackInTypeScript(path.join(cwd, 'ts.out')));

    const stack = JSON.parse(pyJson) as {
      resource: { okta_group_role: Record<string, Record<string, unknown>> };
      provider: { okta: unknown[] };
    };
    const roles = Object.values(stack.resource.okta_group_role);
    expect(
      roles.map(({ role_type, role_id, resource_set_id, provider }) => ({
        role_type,
        role_id,
        resource_set_id,
        provider,
      })),
    ).toEqual([
      {
        role_type: 'CUSTOM',
        role_id: 'cr0Yq6IJxGIr0ouum0g3',
        resource_set_id: 'iamoJDFKaJxGIr0oamd9g',
        provider: 'okta.second_org',
      },
    ]);
    expect(stack.provider.okta).toEqual([{}, { alias: 'second_org' }]);
    // the suppression reached the construct from Python: recorded with its reason, and strict mode passed
    expect(pyJson).toContain('"reason": "JumpCloud\'s recipe uses entrydn"');
    expect(pyJson).toContain('"ruleId": "OKLDAP-111"');
    // the EU region of the preset: JumpCloud's EU LDAP host
    expect(pyJson).toContain('ldap.eu.jumpcloud.com');
  }, 120_000);
});

describe('a validation error raised in Python', () => {
  test('is an exception whose message names the construct, the rule id and the fix', () => {
    const cwd = isolatedDir('okta-ldap-python-error-');
    const py = runPython(
      python,
      path.join(__dirname, 'python', 'validation_error_app.py'),
      cwd,
      path.join(cwd, 'py.out'),
      cwd,
    );
    expect({ code: py.code, stderr: py.stderr }).toEqual({ code: 0, stderr: '' });
    const raised = JSON.parse(py.stdout) as { raised: string | null; message?: string };
    expect(raised.raised).toBe('RuntimeError');
    expect(raised.message).toMatch(/^OktaLdapIntegration 'bad-org\/JumpCloud' has 1 invalid setting\(s\):\n/);
    expect(raised.message).toContain("[OKLDAP-105] orgId: JumpCloud org id 'not-an-org' is not hexadecimal");
    expect(raised.message).toContain('Fix: ');
    // nothing was written for the refused stack
    expect(fs.existsSync(stackFile(path.join(cwd, 'py.out'), 'bad-org'))).toBe(false);
  }, 120_000);
});

test('the environment the tests above ran in: the cdktf packages from PyPI and the wheel', () => {
  const r = spawnSync(python, ['-m', 'pip', 'list', '--format=json', '--disable-pip-version-check'], {
    encoding: 'utf8',
    env: { ...process.env, ...JSII_ENV },
  });
  const installed = Object.fromEntries(
    (JSON.parse(r.stdout) as { name: string; version: string }[]).map((p) => [
      p.name.toLowerCase(),
      p.version,
    ]),
  );
  const dev = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).devDependencies;
  expect({
    cdktf: installed['cdktf'],
    constructs: installed['constructs'],
    okta: installed['cdktf-cdktf-provider-okta'],
    library: installed['cdktf-okta-ldap'],
  }).toEqual({
    cdktf: dev.cdktf,
    constructs: dev.constructs,
    okta: dev['@cdktf/provider-okta'],
    library: JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version,
  });
});

test('examples/python/requirements.txt pins what the tests install from PyPI', () => {
  const listed = fs
    .readFileSync(path.join(REPO, 'examples', 'python', 'requirements.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const dev = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).devDependencies;
  expect(listed).toEqual([
    `cdktf==${dev.cdktf}`,
    `constructs==${dev.constructs}`,
    `cdktf-cdktf-provider-okta==${dev['@cdktf/provider-okta']}`,
  ]);
});

test('without python3 the setup fails with the command that installs it (never a skip)', () => {
  const dir = isolatedDir('okta-ldap-python-missing-');
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'jsii', 'python-venv.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, PYTHON: path.join(dir, 'no-python3'), VENV_DIR: path.join(dir, 'venv') },
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`'${path.join(dir, 'no-python3')}' was not found`);
  expect(r.stderr).toContain('apt-get install python3 python3-venv');
  expect(fs.existsSync(path.join(dir, 'venv'))).toBe(false);
});

/** The rows `| name | \`ts\` → \`py\`, … |` of the table whose header starts with `firstColumn`, by name. */
function namesTable(markdown: string, firstColumn: string): Map<string, Map<string, string>> {
  const table = new Map<string, Map<string, string>>();
  const start = markdown.search(new RegExp(`^\\| ${firstColumn} +\\| TypeScript → Python +\\|$`, 'm'));
  expect(start).toBeGreaterThan(-1);
  for (const line of markdown.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [, name, pairs] = line.split('|').map((c) => c.trim());
    const names = new Map([...pairs!.matchAll(/`(\w+)` → `(\w+)`/g)].map((m) => [m[1]!, m[2]!]));
    table.set(name!.replace(/`/g, ''), names);
  }
  return table;
}

/** The Python names of the built package (test/package/python/python_names.py). */
function builtPythonNames() {
  const cwd = isolatedDir('okta-ldap-python-names-');
  const r = spawnSync(python, [path.join(__dirname, 'python', 'python_names.py')], {
    encoding: 'utf8',
    env: { ...process.env, ...JSII_ENV, TMPDIR: cwd },
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as {
    exported: string[];
    structs: Record<string, Record<string, string>>;
    classes: Record<string, string[]>;
  };
}

test('the Python package exports the construct, its props, the presets, the settings and mapping structs, the enums and suppressions', () => {
  expect(builtPythonNames().exported).toEqual([
    'AdoptedGroupMapping',
    'AdoptedRoleMappings',
    'DirectoryPreset',
    'ErrorCategory',
    'FreeIpaDirectoryProps',
    'JumpCloudDirectoryProps',
    'JumpCloudRegion',
    'LdapAgentSettings',
    'LdapAgentSettingsOverrides',
    'LdapConnectionSecurity',
    'LdapDirectorySettings',
    'LdapDirectorySettingsOverrides',
    'LdapExtraUserAttribute',
    'LdapGroupMapping',
    'LdapGroupSettings',
    'LdapGroupSettingsOverrides',
    'LdapPasswordPolicy',
    'LdapProvisioningSettings',
    'LdapRoleMapping',
    'LdapRoleSettings',
    'LdapSchemaSettings',
    'LdapUserSettings',
    'LdapUserSettingsOverrides',
    'LdapVendor',
    'OktaAdminRole',
    'OktaAdoption',
    'OktaLdapIntegration',
    'OktaLdapIntegrationProps',
    'OktaUsernameFormat',
    'OpenLdapDirectoryProps',
    'PreflightGuardOptions',
    'ProfileMappingRemoval',
    'ResolvedLdapAgentSettings',
    'ResolvedLdapDirectorySettings',
    'ResolvedLdapGroupSettings',
    'ResolvedLdapProvisioningSettings',
    'ResolvedLdapSchemaSettings',
    'ResolvedLdapUserSettings',
    'ValidationSuppression',
  ]);
});

test('docs/construct.md gives the Python name of every prop, field, static method and attribute that differs', () => {
  const built = builtPythonNames();
  const docs = fs.readFileSync(path.join(REPO, 'docs', 'construct.md'), 'utf8');
  const structTable = namesTable(docs, 'struct');
  const classTable = namesTable(docs, 'class');

  // each documented struct row is exactly the built struct's names that differ
  const differing = (mapping: Record<string, string>) =>
    new Map(
      Object.entries(mapping)
        .filter(([py, ts]) => py !== ts)
        .map(([py, ts]) => [ts, py]),
    );
  for (const [struct, names] of structTable) {
    expect({ struct, names: [...names].sort() }).toEqual({
      struct,
      names: [...differing(built.structs[struct] ?? {})].sort(),
    });
  }
  // every Python name a user meets in any struct is in the table under the same TypeScript name
  const documented = new Set(
    [...structTable.values()].flatMap((m) => [...m].map(([ts, py]) => `${ts}→${py}`)),
  );
  const undocumented = Object.entries(built.structs).flatMap(([struct, mapping]) =>
    [...differing(mapping)]
      .filter(([ts, py]) => !documented.has(`${ts}→${py}`))
      .map(([ts, py]) => `${struct}.${ts}→${py}`),
  );
  expect(undocumented).toEqual([]);
  // the static methods and attributes exist in Python under the documented names
  for (const [cls, names] of classTable) {
    expect({ cls, missing: [...names.values()].filter((py) => !built.classes[cls]?.includes(py)) }).toEqual({
      cls,
      missing: [],
    });
  }
  expect([...classTable.get('DirectoryPreset')!.values()]).toEqual(['free_ipa', 'jump_cloud', 'open_ldap']);
});
