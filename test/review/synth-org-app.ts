import * as fs from 'fs';
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
  return synthEditedOrgApp(prefix, integrations, () => undefined);
}

/**
 * As {@link synthOrgApp}, with `edit` given the stack after the integrations are added and before
 * synth (an `addOverride`, an extra construct: what a user's app code can do).
 */
export function synthEditedOrgApp(
  prefix: string,
  integrations: readonly [string, OktaLdapIntegrationProps][],
  edit: (stack: TerraformStack) => void,
): string {
  const outdir = path.join(tempDir(prefix), 'cdktf.out');
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'org');
  new OktaProvider(stack, 'okta', {});
  for (const [id, props] of integrations) new OktaLdapIntegration(stack, id, props);
  edit(stack);
  app.synth();
  return outdir;
}

/** A copy of a synthesized app's outdir in a fresh temp folder named after `prefix`, to forge its files. */
export function copyOfApp(outdir: string, prefix: string): string {
  const copy = path.join(tempDir(prefix), 'cdktf.out');
  fs.cpSync(outdir, copy, { recursive: true });
  return copy;
}
