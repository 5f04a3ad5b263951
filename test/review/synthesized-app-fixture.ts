import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  IntegrationManifest,
  MANIFEST_COMMENT_KEY,
  MANIFEST_SCHEMA,
} from '../../lib/manifest/integration-manifest';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import type { PreflightReport } from '../../lib/preflight/finding';
import { LdapConnectionSecurity, resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';

const ORG = '5f3c0a1b2c3d4e5f60718293';
const USERS = `ou=Users,o=${ORG},dc=jumpcloud,dc=com`;

/** A hand-built manifest shaped like the JumpCloud preset's, with one mapping of every kind. */
export function sampleManifest(overrides: Partial<IntegrationManifest> = {}): IntegrationManifest {
  return {
    schema: MANIFEST_SCHEMA,
    id: 'JumpCloud',
    path: 'org/JumpCloud',
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    settings: resolveDirectorySettings({
      agent: { host: 'ldap.jumpcloud.com', rootDn: USERS, bindDn: `uid=okta-bind,${USERS}` },
      schema: { uniqueIdentifierAttribute: 'entrydn', dnAttribute: 'entrydn' },
      user: {
        searchBase: USERS,
        accountDisabledAttribute: 'pwdlock',
        accountDisabledValue: 'true',
        extraAttributes: [{ ldapAttribute: 'employeeType' }],
      },
      group: { searchBase: USERS, userAttribute: 'memberof' },
      role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
      preset: 'jumpcloud',
    }),
    userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.email' },
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'sales', oktaGroup: 'Sales', ruleName: 'LDAP sales | Sales' },
    ],
    roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.ORG_ADMIN }],
    passwordPolicy: { name: 'LDAP users' },
    bindPasswordVariable: 'JumpCloud_bind_password',
    resources: [
      {
        type: 'okta_profile_mapping',
        address: 'okta_profile_mapping.JumpCloud_UserMapping',
        purpose: 'LDAP app user → Okta user profile',
      },
      {
        type: 'okta_group',
        address: 'okta_group.JumpCloud_Group_engineering',
        purpose: 'Okta group Engineering',
      },
      {
        type: 'okta_group_rule',
        address: 'okta_group_rule.JumpCloud_Rule_engineering',
        purpose: 'fills Engineering from LDAP group engineering',
      },
    ],
    warnings: [
      {
        ruleId: 'OKLDAP-120',
        path: 'directory.schema.uniqueIdentifierAttribute',
        message: "'entrydn' changes when a user or group is renamed; prefer 'entryuuid'.",
      },
    ],
    ...overrides,
  };
}

/** The sample manifest with no mapping, resource or warning: an integration that manages nothing yet. */
export function bareManifest(overrides: Partial<IntegrationManifest> = {}): IntegrationManifest {
  return sampleManifest({
    userMappings: {},
    groupMappings: [],
    roleMappings: [],
    passwordPolicy: undefined,
    resources: [],
    warnings: [],
    ...overrides,
  });
}

/** A preflight report (`preflight --json`) of the sample manifest's directory: one pass, one fail, one skipped. */
export function samplePreflightReport(overrides: Partial<PreflightReport> = {}): PreflightReport {
  return {
    schema: 'cdktf-okta-ldap/preflight@1',
    target: 'ldaps://ldap.jumpcloud.com:636',
    host: 'ldap.jumpcloud.com',
    port: 636,
    connectionSecurity: LdapConnectionSecurity.LDAPS,
    bindDn: 'uid=okta-bind,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
    startedAt: '2026-11-29T03:00:00.000Z',
    durationMs: 412,
    findings: [
      {
        id: 'PF-PASSWORD',
        title: 'Password present',
        status: 'pass',
        message: 'A bind password was given.',
        evidence: {},
      },
      {
        id: 'PF-BIND',
        title: 'Bind as the bind DN',
        status: 'fail',
        message: 'The directory refused the bind (49 invalid credentials).',
        evidence: { code: 49 },
        fix: 'JumpCloud → Users → okta-bind: check the password and enable "LDAP Bind DN".',
      },
      {
        id: 'PF-BASES',
        title: 'Search bases exist',
        status: 'skipped',
        message: 'Not checked: the bind failed.',
        evidence: {},
        skippedBecause: 'PF-BIND',
      },
    ],
    summary: { pass: 1, warn: 0, fail: 1, skipped: 1 },
    ok: false,
    ...overrides,
  };
}

/** A fresh temp folder under jest's TMPDIR. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Writes a cdktf.out folder by hand (manifest.json + stacks/<name>/cdk.tf.json with the integrations
 * under the "//" comment), the layout `cdktf synth` produces.
 */
export function writeSynthesizedApp(outdir: string, stacks: Record<string, IntegrationManifest[]>): string {
  const manifest: { version: string; stacks: Record<string, unknown> } = { version: '0.21.0', stacks: {} };
  for (const [name, integrations] of Object.entries(stacks)) {
    const dir = path.join(outdir, 'stacks', name);
    fs.mkdirSync(dir, { recursive: true });
    const tf = {
      '//': {
        metadata: { stackName: name, version: '0.21.0' },
        [MANIFEST_COMMENT_KEY]: { integrations: Object.fromEntries(integrations.map((i) => [i.id, i])) },
      },
    };
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(tf, null, 2));
    manifest.stacks[name] = {
      name,
      constructPath: name,
      workingDirectory: `stacks/${name}`,
      synthesizedStackPath: `stacks/${name}/cdk.tf.json`,
    };
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return outdir;
}
