/**
 * Example org stack: JumpCloud's hosted LDAP connected to Okta through the Okta LDAP integration.
 *
 * `npm run synth` works offline on a fresh clone with nothing set: the example values below are
 * used. Override them with environment variables:
 *
 * | variable              | what                                                        | example value                |
 * |-----------------------|-------------------------------------------------------------|------------------------------|
 * | `JUMPCLOUD_ORG_ID`    | JumpCloud organization id (24 hex characters)                | `5f3c0a1b2c3d4e5f60718293`   |
 * | `JUMPCLOUD_BIND_USER` | JumpCloud user enabled as "LDAP Bind DN"                     | `okta-bind`                  |
 * | `OKTA_LDAP_APP_ID`    | id of the LDAP directory app Okta created in the console     | `0oa6qvmxznVl4KFXe5d7`       |
 *
 * The okta provider reads its org and credentials from its own environment variables at plan and
 * apply time (`OKTA_ORG_NAME`, `OKTA_BASE_URL`, `OKTA_API_TOKEN`, or the OAuth ones); nothing of
 * them is written into the configuration. The bind password is the sensitive Terraform variable
 * `JumpCloud_bind_password` (`TF_VAR_JumpCloud_bind_password`), needed by plan/apply, not by synth.
 */
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
// In your own project: import { … } from 'cdktf-okta-ldap';
import { exitOnValidationError, jumpCloudDirectory, OktaAdminRole, OktaLdapIntegration } from './lib';

/** What the example needs from its environment. */
export interface ExampleOrgConfig {
  /** JumpCloud organization id. */
  readonly orgId: string;
  /** JumpCloud user enabled as "LDAP Bind DN". */
  readonly bindUser: string;
  /** Id of the LDAP directory app in Okta. */
  readonly ldapAppId: string;
}

/** The built-in example values (not a real org). */
export const EXAMPLE_ORG: ExampleOrgConfig = {
  orgId: '5f3c0a1b2c3d4e5f60718293',
  bindUser: 'okta-bind',
  ldapAppId: '0oa6qvmxznVl4KFXe5d7',
};

/** Reads the example's configuration from the environment; unset or empty variables keep the example values. */
export function exampleOrgConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ExampleOrgConfig {
  const pick = (name: string, fallback: string) => {
    const value = env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  return {
    orgId: pick('JUMPCLOUD_ORG_ID', EXAMPLE_ORG.orgId),
    bindUser: pick('JUMPCLOUD_BIND_USER', EXAMPLE_ORG.bindUser),
    ldapAppId: pick('OKTA_LDAP_APP_ID', EXAMPLE_ORG.ldapAppId),
  };
}

/** One Okta org, its LDAP integration with JumpCloud, and every resource the library makes. */
export class OktaOrgStack extends TerraformStack {
  public readonly integration: OktaLdapIntegration;

  constructor(scope: Construct, id: string, config: ExampleOrgConfig) {
    super(scope, id);
    // Org and credentials come from OKTA_ORG_NAME / OKTA_BASE_URL / OKTA_API_TOKEN at plan time.
    new OktaProvider(this, 'okta', {});

    const preset = jumpCloudDirectory({ orgId: config.orgId, bindUser: config.bindUser });
    const directory = {
      ...preset,
      user: { ...preset.user, extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Employee type' }] },
    };

    this.integration = new OktaLdapIntegration(this, 'JumpCloud', {
      directory,
      ldapAppId: config.ldapAppId,
      userMappings: {
        firstName: 'appuser.givenName',
        lastName: 'appuser.sn',
        email: 'appuser.mail',
        userType: 'appuser.employeeType',
      },
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
        { ldapGroup: 'sales', oktaGroup: 'Sales', description: 'Sales team, from JumpCloud' },
      ],
      roleMappings: [{ ldapGroup: 'it-helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN }],
      passwordPolicy: {
        name: 'JumpCloud LDAP users',
        description: 'Passwords of users authenticated by JumpCloud LDAP (delegated authentication)',
      },
    });
  }
}

/** Builds and synthesizes the example app; a validation error prints its message and exits 1. */
export function main(): void {
  exitOnValidationError(() => {
    const app = new App();
    new OktaOrgStack(app, 'okta-org', exampleOrgConfigFromEnv());
    app.synth();
  });
}

if (require.main === module) main();
