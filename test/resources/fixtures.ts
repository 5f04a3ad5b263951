import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { LdapGroupMapping, LdapRoleMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import type { OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';

/** The JumpCloud seed recipe, written out by hand (independent of the preset under test elsewhere). */
export const ORG_ID = '5f3c0a1b2c3d4e5f60718293';
export const USERS_BASE = `ou=Users,o=${ORG_ID},dc=jumpcloud,dc=com`;

export function jumpCloudSettings(overrides: Partial<LdapDirectorySettings> = {}): LdapDirectorySettings {
  return {
    preset: 'jumpcloud',
    agent: {
      host: 'ldap.jumpcloud.com',
      port: 636,
      rootDn: USERS_BASE,
      bindDn: `uid=okta-bind,${USERS_BASE}`,
    },
    schema: { uniqueIdentifierAttribute: 'entryuuid', dnAttribute: 'entrydn' },
    user: {
      searchBase: USERS_BASE,
      objectClass: 'inetorgperson',
      objectFilter: '(objectclass=inetorgperson)',
      accountDisabledAttribute: 'pwdlock',
      accountDisabledValue: 'true',
      extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Employee type' }],
    },
    group: {
      searchBase: USERS_BASE,
      objectClass: 'groupofnames',
      objectFilter: '(objectclass=groupofnames)',
      memberAttribute: 'member',
      userAttribute: 'memberof',
    },
    role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
    ...overrides,
  };
}

export const GROUP_MAPPINGS: LdapGroupMapping[] = [
  { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
  { ldapGroup: 'sales', oktaGroup: 'Sales' },
  { ldapGroup: 'support', oktaGroup: 'Support' },
];

export const ROLE_MAPPINGS: LdapRoleMapping[] = [
  { ldapGroup: 'it-helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN },
  { ldapGroup: 'engineering', role: OktaAdminRole.READ_ONLY_ADMIN },
];

export const APP_ID = '0oa6qvmxznVl4KFXe5d7';

/** Props of a complete, valid integration. */
export function validProps(overrides: Partial<OktaLdapIntegrationProps> = {}): OktaLdapIntegrationProps {
  return {
    directory: jumpCloudSettings(),
    ldapAppId: APP_ID,
    userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.mail' },
    groupMappings: GROUP_MAPPINGS,
    roleMappings: ROLE_MAPPINGS,
    passwordPolicy: { name: 'JumpCloud LDAP users' },
    ...overrides,
  };
}

/** A stack with the okta provider (configured from the environment only). */
export class OrgStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OktaProvider(this, 'okta', {});
  }
}

/** A fresh app writing into its own temp outdir. */
export function freshApp(outdir: string): App {
  return new App({ outdir, stackTraces: false });
}

/** The OktaLdapValidationError `build` throws; any other error is rethrown, and no error at all fails the test. */
export function thrownBy(build: () => unknown): OktaLdapValidationError {
  try {
    build();
  } catch (e) {
    if (OktaLdapValidationError.isOktaLdapValidationError(e)) return e;
    throw e;
  }
  throw new Error('expected an OktaLdapValidationError');
}
