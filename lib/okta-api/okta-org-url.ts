/** The okta provider's `base_url` when none is given (the provider's own default). */
export const DEFAULT_OKTA_BASE_URL = 'okta.com';

/**
 * The URL of the org the okta provider reaches with `org_name` and `base_url` (in a provider block,
 * or as `OKTA_ORG_NAME` and `OKTA_BASE_URL`): `https://<org_name>.<base_url>`.
 *
 * @param orgName the org name, trimmed and not empty
 * @param baseUrl the base URL, trimmed and not empty; `okta.com` when undefined
 */
export function oktaOrgUrl(orgName: string, baseUrl: string | undefined): string {
  return `https://${orgName}.${baseUrl ?? DEFAULT_OKTA_BASE_URL}`;
}
