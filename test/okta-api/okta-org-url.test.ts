import { DEFAULT_OKTA_BASE_URL, oktaOrgUrl } from '../../lib/okta-api/okta-org-url';
import { orgUrlFromEnv } from '../../lib/okta-api/okta-api-client';

describe('oktaOrgUrl', () => {
  test('https://<org_name>.<base_url>, with okta.com when no base URL is given', () => {
    expect(oktaOrgUrl('acme', 'okta-emea.com')).toBe('https://acme.okta-emea.com');
    expect(oktaOrgUrl('acme', undefined)).toBe('https://acme.okta.com');
    expect(DEFAULT_OKTA_BASE_URL).toBe('okta.com');
  });

  test('the environment form trims both variables and reads a blank OKTA_BASE_URL as unset', () => {
    expect(orgUrlFromEnv({ OKTA_ORG_NAME: ' acme ', OKTA_BASE_URL: '  ' })).toBe('https://acme.okta.com');
    expect(orgUrlFromEnv({ OKTA_ORG_NAME: 'acme', OKTA_BASE_URL: ' oktapreview.com\n' })).toBe(
      'https://acme.oktapreview.com',
    );
    expect(orgUrlFromEnv({ OKTA_ORG_NAME: ' ' })).toBeUndefined();
  });
});
