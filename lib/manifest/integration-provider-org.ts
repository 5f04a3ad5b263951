import { oktaOrgUrl } from '../okta-api/okta-org-url';
import type { IntegrationManifest, StackManifest } from './integration-manifest';

/** The Okta org an integration's okta provider names in its synthesized stack. */
export interface ProviderOrg {
  /** The provider reference of the integration's resources: `okta`, or `okta.<alias>`. */
  readonly provider: string;
  /** `https://<org_name>.<base_url>` (base_url defaults to okta.com). */
  readonly orgUrl: string;
}

/** The provider an integration's okta resources use (`provider` argument), or `okta` (the default). */
function providerOf(stack: StackManifest, integration: IntegrationManifest): string {
  const addresses = new Set(integration.resources.map((r) => r.address));
  for (const block of stack.terraform ?? []) {
    if (!addresses.has(block.address)) continue;
    const provider = block.attributes.provider;
    return typeof provider === 'string' ? provider : 'okta';
  }
  return 'okta';
}

/** A literal string argument of a provider block (a `${…}` reference is not known before apply). */
function literal(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && !value.includes('${') ? value.trim() : undefined;
}

/**
 * The org the integration's okta provider sets in the stack (`org_name` and `base_url` of the
 * provider block its resources name, aliased or not), or undefined when that provider leaves the
 * org to the environment (`OKTA_ORG_NAME`, `OKTA_BASE_URL`) or gives it as a reference. Read from the
 * stack `readSynthesizedApp` returned (its `settings`, override files merged), not from the file again.
 */
export function integrationProviderOrg(
  stack: StackManifest,
  integration: IntegrationManifest,
): ProviderOrg | undefined {
  const provider = providerOf(stack, integration);
  const alias = provider.startsWith('okta.') ? `[${provider.slice('okta.'.length)}]` : '';
  const setting = (key: string): unknown => {
    const json = stack.settings?.[`provider.okta${alias}.${key}`];
    return json === undefined ? undefined : JSON.parse(json);
  };
  const orgName = literal(setting('org_name'));
  if (orgName === undefined) return undefined;
  return { provider, orgUrl: oktaOrgUrl(orgName, literal(setting('base_url'))) };
}
