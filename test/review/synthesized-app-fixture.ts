import * as fs from 'fs';
import * as path from 'path';
import {
  IntegrationManifest,
  MANIFEST_COMMENT_KEY,
  MANIFEST_SCHEMA,
} from '../../lib/manifest/integration-manifest';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import type { PreflightReport } from '../../lib/preflight/finding';
import { appGroupSearch } from '../../lib/mappings/okta-expressions';
import { terraformLiteral } from '../../lib/terraform/terraform-literal';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';

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

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

/**
 * The okta resources and data sources an integration with this manifest has in its stack, written
 * the way the construct writes them (the exact lookup of each LDAP group, the default user type, ids
 * and names as Terraform literals), so the manifest describes them truly. Each listed okta resource
 * gets the attributes of the mapping its purpose names.
 */
export function terraformOf(m: IntegrationManifest): { resource: Blocks; data: Blocks } {
  const resource: Blocks = {};
  const data: Blocks = {};
  const put = (to: Blocks, address: string, body: Record<string, unknown>): void => {
    const [type, name] = address.replace(/^data\./, '').split('.') as [string, string];
    (to[type] ??= {})[name] = body;
  };
  const lookup = (ldapGroup: string): string => {
    const name = `${m.id}_LdapGroup-${ldapGroup.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    put(data, `data.okta_groups.${name}`, { search: terraformLiteral(appGroupSearch(ldapGroup)) });
    return `\${[for g in data.okta_groups.${name}.groups : g.id if g.source == ${JSON.stringify(m.ldapAppId)}][0]}`;
  };
  const named = (purpose: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(purpose);
  for (const r of (m.resources ?? []).filter((x) => x.type.startsWith('okta_'))) {
    const group = m.groupMappings.find(
      (g) => named(r.purpose, g.oktaGroup) && (r.type === 'okta_group' || named(r.purpose, g.ldapGroup)),
    );
    const groupAddress = m.resources.find(
      (x) => x.type === 'okta_group' && group && named(x.purpose, group.oktaGroup),
    )?.address;
    const role = m.roleMappings.find((x) => named(r.purpose, x.role) && named(r.purpose, x.ldapGroup));
    const attributes: Record<string, unknown> =
      r.type === 'okta_profile_mapping'
        ? {
            source_id: m.ldapAppId,
            target_id: `\${data.okta_user_type.${m.id}_DefaultUserType.id}`,
            delete_when_absent: m.deleteWhenAbsent === true,
            mappings: Object.entries(m.userMappings).map(([id, expression]) => ({
              id,
              expression,
              push_status: 'PUSH',
            })),
          }
        : r.type === 'okta_group' && group
          ? { name: terraformLiteral(group.oktaGroup), description: group.description ?? '' }
          : r.type === 'okta_group_rule' && group
            ? {
                name: 'rule',
                expression_value: `isMemberOfAnyGroup("${lookup(group.ldapGroup)}")`,
                group_assignments: groupAddress ? [`\${${groupAddress}.id}`] : [],
              }
            : r.type === 'okta_group_role' && role
              ? {
                  group_id: lookup(role.ldapGroup),
                  role_type: role.role,
                  ...(role.targetGroupIds ? { target_group_list: role.targetGroupIds } : {}),
                }
              : r.type === 'okta_policy_password'
                ? { name: terraformLiteral(m.passwordPolicy?.name ?? ''), auth_provider: 'LDAP' }
                : {};
    put(resource, r.address, attributes);
    if (r.type === 'okta_profile_mapping')
      put(data, `data.okta_user_type.${m.id}_DefaultUserType`, { name: 'user' });
  }
  return { resource, data };
}

/** Terraform JSON as `JSON.parse` gives it back, for tests that walk and forge it by hand. */
export type ParsedJson = ReturnType<typeof JSON.parse>;

/** Rewrites one stack's cdk.tf.json of a written app (e.g. to forge a resource the manifest does not list). */
export function editStack(outdir: string, stack: string, edit: (tf: ParsedJson) => void): void {
  editJsonFile(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), edit);
}

/** Rewrites a JSON file of a written app (a stack's cdk.tf.json, manifest.json) as `edit` changes it. */
export function editJsonFile(file: string, edit: (json: ParsedJson) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

/**
 * Writes a cdktf.out folder by hand (manifest.json + stacks/<name>/cdk.tf.json with the integrations
 * under the "//" comment, and the okta resources their manifests list: `terraformOf`), the layout
 * `cdktf synth` produces.
 */
export function writeSynthesizedApp(outdir: string, stacks: Record<string, IntegrationManifest[]>): string {
  const manifest: { version: string; stacks: Record<string, unknown> } = { version: '0.21.0', stacks: {} };
  for (const [name, integrations] of Object.entries(stacks)) {
    const dir = path.join(outdir, 'stacks', name);
    fs.mkdirSync(dir, { recursive: true });
    const blocks = integrations.map(terraformOf);
    const merge = (side: 'resource' | 'data'): Blocks => {
      const out: Blocks = {};
      for (const b of blocks)
        for (const [type, byName] of Object.entries(b[side])) Object.assign((out[type] ??= {}), byName);
      return out;
    };
    const tf = {
      '//': {
        metadata: { stackName: name, version: '0.21.0' },
        [MANIFEST_COMMENT_KEY]: { integrations: Object.fromEntries(integrations.map((i) => [i.id, i])) },
      },
      data: merge('data'),
      resource: merge('resource'),
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
