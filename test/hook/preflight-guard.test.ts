import 'cdktf/lib/testing/adapters/jest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { Testing } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { GUARD_INPUT_ENV } from '../../lib/hook/guard-environment';
import { findPackageRoot, guardInvocation } from '../../lib/hook/guard-command';
import { GUARD_INPUT_SCHEMA } from '../../lib/hook/guard-input';
import { readGuardInput } from '../../lib/hook/guard-runner';
import { tempDir } from '../review/synthesized-app-fixture';
import { guardManifest, guardStack, jumpCloudLikeSettings } from './guard-fixtures';

interface GuardJson {
  input: Record<string, unknown>;
  triggers_replace: string;
  provisioner: {
    'local-exec': { interpreter: string[]; command: string; environment: Record<string, string> };
  }[];
}

function synthGuard(props: Parameters<typeof guardStack>[1]): { json: GuardJson; outdir: string } {
  const outdir = tempDir('guard-synth-');
  const { stack } = guardStack(outdir, props);
  const tf = JSON.parse(Testing.synth(stack)) as { resource: { terraform_data: Record<string, GuardJson> } };
  const guards = Object.values(tf.resource.terraform_data);
  expect(guards).toHaveLength(1);
  return { json: guards[0]!, outdir };
}

describe('PreflightGuard synthesized JSON', () => {
  test('a terraform_data resource with the settings as input and their sha256 as triggers_replace', () => {
    const { json } = synthGuard({ manifest: guardManifest() });
    expect(json.input).toMatchObject({
      schema: GUARD_INPUT_SCHEMA,
      integration: 'JumpCloud',
      path: 'org/JumpCloud',
      settings: { agent: { host: 'ldap.jumpcloud.com', port: 636, connectionSecurity: 'LDAPS' } },
      userMappings: { firstName: 'appuser.givenName', email: 'appuser.mail' },
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
        { ldapGroup: 'sales', oktaGroup: 'Sales' },
      ],
      roleMappings: [{ ldapGroup: 'it-admins', role: 'READ_ONLY_ADMIN' }],
      check: {},
    });
    expect(json.triggers_replace).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the password travels only in the environment: the command holds no password and no var. reference', () => {
    const { json } = synthGuard({ manifest: guardManifest() });
    expect(json.provisioner).toHaveLength(1);
    const exec = json.provisioner[0]!['local-exec'];
    expect(exec.environment).toEqual({
      LDAP_BIND_PASSWORD: '${var.bind_password}',
      [GUARD_INPUT_ENV]: '${base64gzip(jsonencode(self.output))}',
    });
    const commandLine = [...exec.interpreter, exec.command].join(' ');
    expect(commandLine).not.toMatch(/var\.|\$\{|password/i);
    expect(exec.interpreter.slice(0, 2)).toEqual(['node', '-e']);
    expect(exec.interpreter).toHaveLength(3);
    expect(exec.command).toMatch(/^(\.\.\/)+dist\/lib\/hook\/run-guard\.js$/);
  });

  test('the runner path is relative to the stack working directory and points at this package', () => {
    const { json, outdir } = synthGuard({ manifest: guardManifest() });
    const runner = json.provisioner[0]!['local-exec'].command;
    expect(path.isAbsolute(runner)).toBe(false);
    expect(path.resolve(outdir, 'stacks', 'org', runner)).toBe(
      path.join(findPackageRoot(__dirname)!, 'dist', 'lib', 'hook', 'run-guard.js'),
    );
  });

  test('triggers_replace changes when a setting or a mapping changes', () => {
    const base = synthGuard({ manifest: guardManifest() }).json.triggers_replace;
    const settings = jumpCloudLikeSettings();
    const otherBase = synthGuard({
      manifest: guardManifest(
        {},
        { ...settings, group: { ...settings.group, searchBase: 'ou=Groups,dc=x' } },
      ),
    }).json.triggers_replace;
    const otherMapping = synthGuard({
      manifest: guardManifest({ groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineers' }] }),
    }).json.triggers_replace;
    const otherCheck = synthGuard({ manifest: guardManifest(), timeoutSeconds: 20 }).json.triggers_replace;
    expect(new Set([base, otherBase, otherMapping, otherCheck]).size).toBe(4);
  });

  test('neither triggers_replace nor input change when only the order of mappings or keys changes', () => {
    const a = synthGuard({ manifest: guardManifest() }).json;
    const m = guardManifest();
    const b = synthGuard({
      manifest: guardManifest({
        userMappings: { email: 'appuser.mail', firstName: 'appuser.givenName' },
        groupMappings: [...m.groupMappings].reverse(),
      }),
    }).json;
    expect(b.triggers_replace).toBe(a.triggers_replace);
    expect(JSON.stringify(b.input)).toBe(JSON.stringify(a.input));
    const targets = (ids: string[]) =>
      synthGuard({
        manifest: guardManifest({
          roleMappings: [{ ldapGroup: 'help', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ids }],
        }),
      }).json.triggers_replace;
    expect(targets(['00g1', '00g2'])).toBe(targets(['00g2', '00g1']));
  });

  test('a literal ${ in a setting is escaped, so Terraform does not interpolate it', () => {
    const settings = jumpCloudLikeSettings();
    const { json } = synthGuard({
      manifest: guardManifest({}, { ...settings, user: { ...settings.user, objectFilter: '(cn=${x})' } }),
    });
    expect((json.input.settings as { user: { objectFilter: string } }).user.objectFilter).toBe('(cn=$${x})');
  });

  test('check options: caFile relative to the stack dir, timeout, example user', () => {
    const outdir = tempDir('guard-synth-');
    const caFile = path.join(outdir, 'ca.pem');
    const { stack } = guardStack(outdir, {
      manifest: guardManifest(),
      caFile,
      timeoutSeconds: 45,
      exampleUser: 'ada@example.com',
    });
    const tf = JSON.parse(Testing.synth(stack)) as {
      resource: { terraform_data: Record<string, GuardJson> };
    };
    expect(Object.values(tf.resource.terraform_data)[0]!.input.check).toEqual({
      caFile: '../../ca.pem',
      timeoutSeconds: 45,
      exampleUser: 'ada@example.com',
    });
  });

  test('a bad timeout is refused with the value and the fix', () => {
    expect(() =>
      guardStack(tempDir('guard-synth-'), { manifest: guardManifest(), timeoutSeconds: 0.5 }),
    ).toThrow(
      'PreflightGuard: timeoutSeconds must be a whole number of seconds from 1 to 3600 (got 0.5). Fix: pass e.g. timeoutSeconds: 30.',
    );
  });
});

/** Runs the invocation the way Terraform does: interpreter + [command], no shell. */
function runInvocation(runnerPath: string, cwd: string) {
  const { interpreter, command } = guardInvocation(runnerPath);
  return spawnSync(interpreter[0]!, [...interpreter.slice(1), command], { cwd, encoding: 'utf8' });
}

describe('guard invocation', () => {
  test('when the runner cannot be found it fails with exit 2 and says how to fix it', () => {
    const cwd = tempDir('guard-cmd-');
    const r = runInvocation('../nowhere/run-guard.js', cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `cdktf-okta-ldap preflight guard: cannot find the cdktf-okta-ldap CLI: ${path.resolve(cwd, '../nowhere/run-guard.js')} does not exist and no cdktf-okta-ldap package is installed in a node_modules above ${fs.realpathSync(cwd)}. Fix: run npm ci (and npm run build when deploying from the cdktf-okta-ldap repository itself), then deploy again.\n`,
    );
  });

  test('falls back to the package installed in a node_modules above the working directory', () => {
    const project = tempDir('guard-cmd-');
    const pkg = path.join(project, 'node_modules', 'cdktf-okta-ldap', 'dist', 'lib', 'hook');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(
      path.join(pkg, 'run-guard.js'),
      "console.log('installed runner ran'); process.exitCode = 7;",
    );
    const stackDir = path.join(project, 'cdktf.out', 'stacks', 'org');
    fs.mkdirSync(stackDir, { recursive: true });
    const r = runInvocation('../../../moved/run-guard.js', stackDir);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 7, stdout: 'installed runner ran\n' });
  });

  test('a path with spaces, quotes and $ needs no shell quoting', () => {
    const project = tempDir('guard cmd "q" $HOME ');
    fs.mkdirSync(path.join(project, "it's here"));
    fs.mkdirSync(path.join(project, 'stack'));
    fs.writeFileSync(path.join(project, "it's here", 'run-guard.js'), "console.log('runner ran');");
    const r = runInvocation("../it's here/run-guard.js", path.join(project, 'stack'));
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: 'runner ran\n' });
  });
});

describe('guard runner input', () => {
  test('reads base64-gzipped JSON (what Terraform passes) and plain JSON (manual runs)', () => {
    const input = { schema: GUARD_INPUT_SCHEMA, integration: 'X' };
    expect(readGuardInput(gzipSync(JSON.stringify(input)).toString('base64'))).toEqual(input);
    expect(readGuardInput(JSON.stringify(input))).toEqual(input);
  });

  test('missing, malformed and foreign inputs are explained', () => {
    expect(readGuardInput(undefined)).toBe(
      `${GUARD_INPUT_ENV} is not set. This script is run by the PreflightGuard's local-exec provisioner during 'cdktf deploy'; to check a directory by hand run 'npx cdktf-okta-ldap preflight'.`,
    );
    expect(readGuardInput('{')).toMatch(
      new RegExp(`^${GUARD_INPUT_ENV} is neither JSON nor base64-gzipped JSON \\(`),
    );
    expect(readGuardInput('bm90IGd6aXA=')).toMatch(
      new RegExp(`^${GUARD_INPUT_ENV} is neither JSON nor base64-gzipped JSON \\(`),
    );
    expect(readGuardInput('{"schema":"x"}')).toBe(
      `${GUARD_INPUT_ENV} holds schema "x", expected '${GUARD_INPUT_SCHEMA}' (synthesized by another version of cdktf-okta-ldap?). Re-synthesize with the installed version.`,
    );
  });
});
