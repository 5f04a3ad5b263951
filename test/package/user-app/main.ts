// An org app as a user writes it, built by the package tests outside the repository: two stacks,
// one with two integrations (the second on an aliased okta provider for a preview org).
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  exitOnValidationError,
  jumpCloudDirectory,
  LdapDirectorySettings,
  OktaAdminRole,
  OktaLdapIntegration,
} from 'cdktf-okta-ldap';

function directory(): LdapDirectorySettings {
  return jumpCloudDirectory({
    orgId: process.env.ORG_ID ?? '5f3c0a1b2c3d4e5f60718293',
    bindUser: 'okta-bind',
    agent: {
      host: process.env.LDAP_HOST ?? 'ldap.jumpcloud.com',
      port: Number(process.env.LDAP_PORT ?? 636),
    },
  });
}

class ProdStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OktaProvider(this, 'okta', {});
    const preview = new OktaProvider(this, 'okta-preview', { alias: 'preview' });
    new OktaLdapIntegration(this, 'JumpCloud', {
      directory: directory(),
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
      userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.mail' },
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
      roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
      passwordPolicy: { name: 'JumpCloud LDAP users' },
    });
    new OktaLdapIntegration(this, 'JumpCloudPreview', {
      directory: directory(),
      ldapAppId: '0oa6qvmxznVl4KFXe5d8',
      provider: preview,
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    });
  }
}

class CorpStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OktaProvider(this, 'okta', {});
    new OktaLdapIntegration(this, 'Corp', {
      directory: directory(),
      ldapAppId: '0oa6qvmxznVl4KFXe5d9',
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Corp Engineering' },
        ...(process.env.EXTRA_MAPPING ? [{ ldapGroup: 'support', oktaGroup: 'Corp Support' }] : []),
      ],
    });
  }
}

exitOnValidationError(() => {
  const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
  new ProdStack(app, 'okta-prod');
  new CorpStack(app, 'okta-corp');
  app.synth();
});
