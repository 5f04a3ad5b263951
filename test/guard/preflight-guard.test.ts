import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { Testing } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { integrationModel } from '../../lib/model/integration-model';
import { GUARD_INPUT_ENV } from '../../lib/manifest/guard-contract';
import { GUARD_INPUT_SCHEMA } from '../../lib/guard/guard-input';
import { canonicalJson } from '../../lib/text/canonical-json';
import { readGuardInput } from '../../lib/guard/guard-runner';
import { GUARD_BUNDLE } from '../support/guard-bundle';
import { isolatedDir, tempDir } from '../support/temp-dir';
import { OktaLdapConfigurationError } from '../../lib/errors';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { guardManifest, guardProps, guardStack, jumpCloudLikeSettings } from './guard-fixtures';

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
    const { json } = synthGuard(guardProps());
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

  test('plain props: id and path default to the scope; a model without mappings checks none', () => {
    const resolved = guardStack(tempDir('guard-synth-'), guardProps()).guard.input.settings;
    const { guard } = guardStack(tempDir('guard-synth-'), {
      model: integrationModel({ settings: jumpCloudLikeSettings() }),
    });
    expect(guard.input).toMatchObject({
      integration: 'org',
      path: 'org',
      userMappings: {},
      groupMappings: [],
      roleMappings: [],
    });
    expect(guard.input.settings).toEqual(resolved);
    expect(guard.input.settings.agent.port).toBe(636);
  });

  test('triggers_replace is the sha256 of the canonical JSON of the input', () => {
    const { guard } = guardStack(tempDir('guard-synth-'), guardProps());
    expect(guard.inputHash).toBe(createHash('sha256').update(canonicalJson(guard.input)).digest('hex'));
  });

  test('the password travels only in the environment: the command holds no password and no var. reference', () => {
    const { json } = synthGuard(guardProps());
    expect(json.provisioner).toHaveLength(1);
    const exec = json.provisioner[0]!['local-exec'];
    expect(exec.environment).toEqual({
      LDAP_BIND_PASSWORD: '${var.bind_password}',
      [GUARD_INPUT_ENV]: '${base64gzip(jsonencode(self.output))}',
    });
    const commandLine = [...exec.interpreter, exec.command].join(' ');
    expect(commandLine).not.toMatch(/var\.|\$\{|password/i);
    expect(exec.interpreter).toEqual(['node']);
    expect(exec.command).toMatch(/^assets\/PreflightGuard_Runner_[0-9A-F]+\/[0-9A-F]+\/guard-runner\.js$/);
  });

  test('the runner is copied into the stack (a relative asset path), byte for byte the bundled runner', () => {
    const outdir = tempDir('guard-synth-');
    const { app, guard } = guardStack(outdir, guardProps());
    app.synth();
    const runner = guard.invocation.command;
    expect(path.isAbsolute(runner)).toBe(false);
    const copied = path.join(outdir, 'stacks', 'org', runner);
    expect(fs.readFileSync(copied).equals(fs.readFileSync(GUARD_BUNDLE))).toBe(true);
  });

  test('triggers_replace changes when a setting or a mapping changes', () => {
    const base = synthGuard(guardProps()).json.triggers_replace;
    const settings = jumpCloudLikeSettings();
    const otherBase = synthGuard({
      ...guardProps({}, { ...settings, group: { ...settings.group, searchBase: 'ou=Groups,dc=x' } }),
    }).json.triggers_replace;
    const otherMapping = synthGuard({
      ...guardProps({ groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineers' }] }),
    }).json.triggers_replace;
    const otherCheck = synthGuard({ ...guardProps(), timeoutSeconds: 20 }).json.triggers_replace;
    expect(new Set([base, otherBase, otherMapping, otherCheck]).size).toBe(4);
  });

  test('neither triggers_replace nor input change when only the order of mappings or keys changes', () => {
    const a = synthGuard(guardProps()).json;
    const m = guardManifest();
    const b = synthGuard({
      ...guardProps({
        userMappings: { email: 'appuser.mail', firstName: 'appuser.givenName' },
        groupMappings: [...m.groupMappings].reverse(),
      }),
    }).json;
    expect(b.triggers_replace).toBe(a.triggers_replace);
    expect(JSON.stringify(b.input)).toBe(JSON.stringify(a.input));
    const targets = (ids: string[]) =>
      synthGuard({
        ...guardProps({
          roleMappings: [{ ldapGroup: 'help', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ids }],
        }),
      }).json.triggers_replace;
    expect(targets(['00g1', '00g2'])).toBe(targets(['00g2', '00g1']));
  });

  test('a literal ${ in a setting is escaped, so Terraform does not interpolate it', () => {
    const settings = jumpCloudLikeSettings();
    const { json } = synthGuard({
      ...guardProps({}, { ...settings, user: { ...settings.user, objectFilter: '(cn=${x})' } }),
    });
    expect((json.input.settings as { user: { objectFilter: string } }).user.objectFilter).toBe('(cn=$${x})');
  });

  test('check options: caFile copied into the stack (its path changes with its content), timeout, example user', () => {
    const outdir = tempDir('guard-synth-');
    const caFile = path.join(outdir, 'ca.pem');
    fs.writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const synthCheck = () => {
      const { app, stack } = guardStack(outdir, {
        ...guardProps(),
        caFile,
        timeoutSeconds: 45,
        exampleUser: 'ada@example.com',
      });
      app.synth();
      const tf = JSON.parse(Testing.synth(stack)) as {
        resource: { terraform_data: Record<string, GuardJson> };
      };
      return Object.values(tf.resource.terraform_data)[0]!.input.check as Record<string, unknown>;
    };
    const check = synthCheck();
    expect(check).toEqual({
      caFile: expect.stringMatching(
        /^assets\/PreflightGuard_CaFile_[0-9A-F]+\/[0-9A-F]+\/ca\.pem$/,
      ) as unknown,
      timeoutSeconds: 45,
      exampleUser: 'ada@example.com',
    });
    expect(fs.readFileSync(path.join(outdir, 'stacks', 'org', check.caFile as string), 'utf8')).toBe(
      fs.readFileSync(caFile, 'utf8'),
    );
    fs.appendFileSync(caFile, '\n');
    expect(synthCheck().caFile).not.toBe(check.caFile);
  });

  test('a caFile or cliPath that is not a file is refused at synth, naming the prop and the path', () => {
    const outdir = tempDir('guard-synth-');
    expect(() => guardStack(outdir, { ...guardProps(), caFile: 'no/such/ca.pem' })).toThrow(
      `PreflightGuard: caFile 'no/such/ca.pem' is not a file (resolved to ${path.resolve('no/such/ca.pem')}).`,
    );
    expect(() => guardStack(outdir, { ...guardProps(), cliPath: outdir })).toThrow(
      `PreflightGuard: cliPath '${outdir}' is not a file (resolved to ${outdir}).`,
    );
    expect(() => guardStack(outdir, { ...guardProps(), cliPath: outdir })).toThrow(
      OktaLdapConfigurationError,
    );
  });

  test('a bad timeout is refused with a typed validation error naming the value and the fix', () => {
    let thrown: unknown;
    try {
      guardStack(tempDir('guard-synth-'), { ...guardProps(), timeoutSeconds: 0.5 });
    } catch (e) {
      thrown = e;
    }
    expect(OktaLdapValidationError.isOktaLdapValidationError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(
      /^PreflightGuard '[^']+' has 1 invalid setting\(s\):\n {2}\[OKLDAP-402\] timeoutSeconds: the preflight guard timeout must be a whole number of seconds from 1 to 3600 \(got 0\.5\)\. Fix: Pass e\.g\. timeoutSeconds: 30, or leave it unset for the default$/,
    );
  });
});

describe('the bundled runner', () => {
  test('is one self-contained file: copied out of the repository it runs with only node (no node_modules)', () => {
    const dir = isolatedDir('guard-runner-');
    const runner = path.join(dir, 'guard-runner.js');
    fs.copyFileSync(GUARD_BUNDLE, runner);
    const r = spawnSync(process.execPath, [runner], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap preflight guard: ${GUARD_INPUT_ENV} is not set. This script is run by the PreflightGuard's local-exec provisioner during 'cdktf deploy'; to check a directory by hand run 'npx cdktf-okta-ldap preflight'.\n`,
    });
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
