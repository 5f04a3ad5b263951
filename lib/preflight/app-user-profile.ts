import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import { NormalizedEntry, valuesOf } from './entry-values';
import { compareNames } from '../text/compare-names';

/**
 * LDAP attribute behind each standard property of Okta's LDAP app user profile (OpenLDAP template).
 * A property not listed here is read from the LDAP attribute of the same name.
 */
export const APP_USER_LDAP_ATTRIBUTES: Readonly<Record<string, string>> = {
  uid: 'uid',
  email: 'mail',
  firstName: 'givenName',
  lastName: 'sn',
  displayName: 'displayName',
  title: 'title',
  employeeNumber: 'employeeNumber',
  employeeType: 'employeeType',
  primaryPhone: 'telephoneNumber',
  mobilePhone: 'mobile',
  streetAddress: 'street',
  city: 'l',
  state: 'st',
  zipCode: 'postalCode',
  countryCode: 'c',
  postalAddress: 'postalAddress',
  organization: 'o',
  department: 'departmentNumber',
  preferredLanguage: 'preferredLanguage',
  dn: 'entryDN',
  cn: 'cn',
};

/** One Okta profile attribute as a user mapping would set it for one user. */
export interface EvaluatedMapping {
  readonly expression: string;
  /** `evaluated`, or `not evaluated` for any expression other than `appuser.<property>`. */
  readonly result: 'evaluated' | 'not evaluated';
  /** The LDAP attribute read (evaluated only). */
  readonly ldapAttribute?: string;
  /** The value (first value when several), null when the user has none. */
  readonly value?: string | null;
}

const SIMPLE = /^\s*appuser\.([A-Za-z_][A-Za-z0-9_]*)\s*$/;

/** LDAP attribute a property of the LDAP app user profile reads (extra attributes included). */
export function ldapAttributeOf(property: string, settings: ResolvedLdapDirectorySettings): string {
  const extra = (settings.user.extraAttributes ?? []).find(
    (x) => (x.profileProperty ?? x.ldapAttribute) === property,
  );
  if (extra) return extra.ldapAttribute;
  return APP_USER_LDAP_ATTRIBUTES[property] ?? property;
}

/** The LDAP attributes the simple expressions of some user mappings read. */
export function attributesReadBy(
  userMappings: Readonly<Record<string, string>>,
  settings: ResolvedLdapDirectorySettings,
): string[] {
  const out: string[] = [];
  for (const expression of Object.values(userMappings)) {
    const property = SIMPLE.exec(expression)?.[1];
    if (property !== undefined) out.push(ldapAttributeOf(property, settings));
  }
  return out;
}

/**
 * Evaluates each user mapping against an entry: `appuser.<property>` is the value of the LDAP
 * attribute behind the property; any other Okta Expression Language is reported as not evaluated.
 */
export function evaluateUserMappings(
  userMappings: Readonly<Record<string, string>>,
  entry: NormalizedEntry,
  settings: ResolvedLdapDirectorySettings,
): Record<string, EvaluatedMapping> {
  const out: Record<string, EvaluatedMapping> = {};
  for (const [oktaAttribute, expression] of Object.entries(userMappings).sort(([a], [b]) =>
    compareNames(a, b),
  )) {
    const property = SIMPLE.exec(expression)?.[1];
    if (property === undefined) {
      out[oktaAttribute] = { expression, result: 'not evaluated' };
      continue;
    }
    const ldapAttribute = ldapAttributeOf(property, settings);
    const value =
      ldapAttribute.toLowerCase() === 'entrydn'
        ? (valuesOf(entry, ldapAttribute)[0] ?? entry.dn)
        : valuesOf(entry, ldapAttribute)[0];
    out[oktaAttribute] = { expression, result: 'evaluated', ldapAttribute, value: value ?? null };
  }
  return out;
}
