import { DataOktaGroups } from '@cdktf/provider-okta/lib/data-okta-groups';
import { Construct } from 'constructs';
import { ldapGroupLookupId } from './construct-ids';
import { terraformLiteral } from '../shared/terraform-literal';

/**
 * Quotes a value as a string literal of Okta's `search` expression language (SCIM-like filter):
 * backslashes and double quotes are escaped with a backslash.
 */
export function oktaSearchString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The Okta `search` expression that finds exactly the imported LDAP group named `ldapGroup`:
 * `type eq "APP_GROUP" and profile.name eq "<name>"`. Unlike `data okta_group` by name (a prefix
 * search that accepts one non-exact hit with only a warning), `eq` on `profile.name` is exact.
 */
export function appGroupSearch(ldapGroup: string): string {
  return `type eq "APP_GROUP" and profile.name eq ${oktaSearchString(ldapGroup)}`;
}

/** The message Terraform shows when the lookup does not find exactly one group. */
export function appGroupLookupErrorMessage(ldapGroup: string): string {
  return (
    `cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named ` +
    `${JSON.stringify(ldapGroup)}. None means the group is not imported yet: make sure it exists under the ` +
    `group search base and is bound to the LDAP directory, then run an import in Okta ` +
    `(Directory > Directory Integrations > LDAP > Import). Several means the name is ambiguous: rename one group.`
  );
}

/**
 * Adds the exact lookup of one imported LDAP group: `data okta_groups` with an exact `search` and a
 * lifecycle postcondition that exactly one group matched, so a missing or ambiguous group stops the
 * plan with a message naming the group instead of wiring a rule or role to the wrong group.
 *
 * The group's id is `ldapAppGroupId(lookup)`.
 */
export function addLdapAppGroupLookup(scope: Construct, ldapGroup: string): DataOktaGroups {
  return new DataOktaGroups(scope, ldapGroupLookupId(ldapGroup), {
    search: terraformLiteral(appGroupSearch(ldapGroup)),
    lifecycle: {
      postcondition: [
        {
          condition: '${length(self.groups) == 1}',
          errorMessage: terraformLiteral(appGroupLookupErrorMessage(ldapGroup)),
        },
      ],
    },
  });
}

/**
 * The id of the group an exact lookup found: `${data.okta_groups.<id>.groups[0].id}`, the same
 * reference as `lookup.groups.get(0).id` but made with one token instead of two (each cdktf token
 * records a stack trace, which dominates construction time at thousands of mappings).
 */
export function ldapAppGroupId(lookup: DataOktaGroups): string {
  return lookup.getStringAttribute('groups[0].id');
}
