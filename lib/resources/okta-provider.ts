import { TerraformDataSource, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { OktaLdapConfigurationError } from '../errors';

/** `terraformResourceType` of the okta provider (and the provider name of its resources). */
export const OKTA_PROVIDER_TYPE = 'okta';

/**
 * Checks that `provider` is an okta provider (`OktaProvider`, with or without an alias).
 * @throws OktaLdapConfigurationError naming the provider given and what is expected
 */
export function checkOktaProvider(integrationPath: string, provider: TerraformProvider): void {
  if (provider.terraformResourceType !== OKTA_PROVIDER_TYPE) {
    throw new OktaLdapConfigurationError(
      integrationPath,
      `OktaLdapIntegration '${integrationPath}': provider '${provider.node.path}' is a '${provider.terraformResourceType}' provider, not an okta provider. Fix: pass an OktaProvider (e.g. new OktaProvider(stack, 'okta-preview', { alias: 'preview' })).`,
    );
  }
}

/**
 * Points every okta resource and data source under `scope` at `provider`. Built-in resources (the
 * preflight guard's `terraform_data`) keep Terraform's own provider.
 */
export function useOktaProvider(scope: Construct, provider: TerraformProvider): void {
  for (const child of scope.node.findAll()) {
    if (
      (child instanceof TerraformResource || child instanceof TerraformDataSource) &&
      child.terraformGeneratorMetadata?.providerName === OKTA_PROVIDER_TYPE
    ) {
      child.provider = provider;
    }
  }
}
