import { App, LocalBackend, TerraformStack, TerraformVariable } from 'cdktf';
import { IntegrationManifest, MANIFEST_SCHEMA } from '../../lib/manifest/integration-manifest';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { integrationModel } from '../../lib/model/integration-model';
import { PreflightGuard, PreflightGuardProps } from '../../lib/guard/preflight-guard';
import { LdapDirectorySettings, resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';

const USERS = 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com';

/** JumpCloud-shaped settings (hand-written, like the seed). */
export function jumpCloudLikeSettings(): LdapDirectorySettings {
  return {
    agent: { host: 'ldap.jumpcloud.com', rootDn: USERS, bindDn: `uid=okta-bind,${USERS}` },
    schema: { uniqueIdentifierAttribute: 'entrydn', dnAttribute: 'entrydn' },
    user: { searchBase: USERS, accountDisabledAttribute: 'pwdlock', accountDisabledValue: 'true' },
    group: { searchBase: USERS, userAttribute: 'memberof' },
    preset: 'jumpcloud',
  };
}

/** The manifest part the integration hands its guard. */
export function guardManifest(
  overrides: Partial<Omit<IntegrationManifest, 'resources' | 'warnings'>> = {},
  settings: LdapDirectorySettings = jumpCloudLikeSettings(),
): Omit<IntegrationManifest, 'resources' | 'warnings'> {
  return {
    schema: MANIFEST_SCHEMA,
    id: 'JumpCloud',
    path: 'org/JumpCloud',
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    settings: resolveDirectorySettings(settings),
    userMappings: { firstName: 'appuser.givenName', email: 'appuser.mail' },
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'sales', oktaGroup: 'Sales' },
    ],
    roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
    bindPasswordVariable: 'bind_password',
    ...overrides,
  };
}

/** The same integration as `guardManifest`, as the plain props a `PreflightGuard` takes. */
export function guardProps(
  overrides: Partial<Omit<IntegrationManifest, 'resources' | 'warnings'>> = {},
  settings: LdapDirectorySettings = jumpCloudLikeSettings(),
): Omit<PreflightGuardProps, 'bindPassword'> {
  const m = guardManifest(overrides, settings);
  return {
    integrationId: m.id,
    integrationPath: m.path,
    model: integrationModel(m),
  };
}

/** A stack holding the guard alone (plus its password variable), with state kept in the stack dir. */
export function guardStack(
  outdir: string,
  props: Omit<PreflightGuardProps, 'bindPassword'>,
): { app: App; stack: TerraformStack; guard: PreflightGuard; variable: TerraformVariable } {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'org');
  new LocalBackend(stack, { path: 'terraform.tfstate' });
  const variable = new TerraformVariable(stack, 'bind_password', {
    type: 'string',
    sensitive: true,
    nullable: false,
  });
  const guard = new PreflightGuard(stack, 'PreflightGuard', { ...props, bindPassword: variable });
  return { app, stack, guard, variable };
}
