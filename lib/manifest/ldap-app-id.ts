/**
 * The LDAP app id a manifest records (`IntegrationManifest.ldapAppId`) is the id as written
 * (`0oa…`), or the Terraform expression of a token (e.g. `${var.ldap_app_id}`), whose value only
 * Terraform knows.
 */

/** True for an app id written as is: letters and digits only, as Okta's ids are (no expression). */
export function isLiteralAppId(id: string): boolean {
  return /^[A-Za-z0-9]+$/.test(id);
}
