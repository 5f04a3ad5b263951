import * as path from 'path';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { tempDir } from '../support/temp-dir';

/**
 * Synthesizes an app with one stack, `org`, holding an okta provider and the given integrations
 * (construct id and props); returns its outdir, in a fresh temp folder named after `prefix`.
 */
export function synthOrgApp(prefix: string, ...integrations: [string, OktaLdapIntegrationProps][]): string {
  const outdir = path.join(tempDir(prefix), 'cdktf.out');
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'org');
  new OktaProvider(stack, 'okta', {});
  for (const [id, props] of integrations) new OktaLdapIntegration(stack, id, props);
  app.synth();
  return outdir;
}
