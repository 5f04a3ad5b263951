import { DataOktaGroups } from '@cdktf/provider-okta/lib/data-okta-groups';
import { TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ldapGroupLookupId } from './construct-ids';
import { appGroupSearch } from '../mappings/okta-expressions';
import { terraformLiteral } from '../terraform/terraform-literal';
import { dataSourceAddress } from './terraform-address';

/** One cdktf string token and nothing else (`${TfToken[TOKEN.12]}`). */
const WHOLE_STRING_TOKEN = /^\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}$/;

/**
 * The LDAP app id as an operand of a Terraform expression: a literal becomes a quoted HCL string
 * (`"0oa…"`, template characters escaped); a cdktf token is written bare (cdktf writes the
 * reference itself, e.g. `var.ldap_app_id`, inside the surrounding `${…}`); text mixing a token and
 * literal characters goes through a `locals` entry (construct id `LdapAppIdLocal`), since cdktf
 * cannot nest a template inside an expression.
 */
export function ldapAppIdOperand(scope: Construct, ldapAppId: string): string {
  if (!Token.isUnresolved(ldapAppId)) return terraformLiteral(JSON.stringify(ldapAppId));
  if (WHOLE_STRING_TOKEN.test(ldapAppId)) return ldapAppId;
  return new TerraformLocal(scope, 'LdapAppIdLocal', ldapAppId).asString;
}

/**
 * `[for g in <groups> : g.id if g.source == <app>]`: the ids of the groups imported from this
 * integration's LDAP app. `groups[].source` is the id of the app an APP_GROUP was imported from
 * (okta/data_source_okta_groups.go:70-74 and 152-156, v4.20.0), so a same-named group imported by
 * another LDAP integration, or by any other app that imports groups, is not a match.
 *
 * A `for` filter rather than `length(...) == 1 && ...`: HCL's `&&` evaluates both sides.
 */
function groupIdsFromApp(groups: string, appOperand: string): string {
  return `[for g in ${groups} : g.id if g.source == ${appOperand}]`;
}

/** The message Terraform shows when the lookup does not find exactly one group of this LDAP app. */
export function appGroupLookupErrorMessage(ldapGroup: string, appOperand: string): string {
  return (
    `cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named ` +
    `${terraformLiteral(JSON.stringify(ldapGroup))} imported from the LDAP app \${${appOperand}}. None means the group is not imported yet: make sure it exists under the ` +
    `group search base and is bound to the LDAP directory, then run an import in Okta ` +
    `(Directory > Directory Integrations > LDAP > Import), and check ldapAppId. Several means the name is ambiguous within that app: rename one group.`
  );
}

/**
 * Adds the exact lookup of one imported LDAP group: `data okta_groups` with an exact `search` and a
 * lifecycle postcondition that exactly one of the groups found was imported from this
 * integration's LDAP app (`source`), so a missing or ambiguous group stops the plan with a message
 * naming the group instead of wiring a rule or role to the wrong group. Same-named groups of other
 * apps are ignored.
 *
 * @param appOperand `ldapAppIdOperand(scope, ldapAppId)`
 * The group's id is `ldapAppGroupId(lookup, appOperand)`.
 */
export function addLdapAppGroupLookup(
  scope: Construct,
  ldapGroup: string,
  appOperand: string,
): DataOktaGroups {
  return new DataOktaGroups(scope, ldapGroupLookupId(ldapGroup), {
    search: terraformLiteral(appGroupSearch(ldapGroup)),
    lifecycle: {
      postcondition: [
        {
          condition: `\${length(${groupIdsFromApp('self.groups', appOperand)}) == 1}`,
          errorMessage: appGroupLookupErrorMessage(ldapGroup, appOperand),
        },
      ],
    },
  });
}

/**
 * The id of the group an exact lookup found that came from this LDAP app:
 * `${[for g in data.okta_groups.<id>.groups : g.id if g.source == <app>][0]}`. The postcondition has
 * already stopped the plan unless there is exactly one.
 */
export function ldapAppGroupId(lookup: DataOktaGroups, appOperand: string): string {
  return `\${${groupIdsFromApp(`${dataSourceAddress(lookup)}.groups`, appOperand)}[0]}`;
}
