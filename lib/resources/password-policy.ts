import { PolicyPassword } from '@cdktf/provider-okta/lib/policy-password';
import { Construct } from 'constructs';
import type { LdapPasswordPolicy } from '../mappings/mapping-types';
import { PASSWORD_POLICY_FIELDS, passwordPolicyArgument } from '../mappings/password-policy-fields';
import { terraformLiteral } from '../terraform/terraform-literal';

/**
 * Resolves the groups of the password policy: a name of a mapped Okta group becomes the id of the
 * group this construct creates; anything else is taken as an Okta group id. Unset means every
 * mapped Okta group.
 */
export function resolvePolicyGroups(
  policy: LdapPasswordPolicy,
  mappedGroupIds: ReadonlyMap<string, string>,
): string[] {
  if (policy.groups === undefined) return [...mappedGroupIds.values()];
  return policy.groups.map((g) => mappedGroupIds.get(g) ?? terraformLiteral(g));
}

/**
 * Adds `okta_policy_password` with `auth_provider = "LDAP"`: the password policy for users whose
 * password lives in the directory (delegated authentication). Every setting Okta applies to LDAP
 * users (`PASSWORD_POLICY_FIELDS`) is written with its value or documented default, so the plan
 * shows what the provider sends (it sends its default for every unset argument).
 */
export function addPasswordPolicy(
  scope: Construct,
  policy: LdapPasswordPolicy,
  mappedGroupIds: ReadonlyMap<string, string>,
): PolicyPassword {
  const groups = resolvePolicyGroups(policy, mappedGroupIds);
  const resource = new PolicyPassword(scope, 'PasswordPolicy', {
    name: terraformLiteral(policy.name),
    authProvider: 'LDAP',
    status: 'ACTIVE',
    ...(policy.description !== undefined ? { description: terraformLiteral(policy.description) } : {}),
    ...(groups.length > 0 ? { groupsIncluded: groups } : {}),
    ...(policy.priority !== undefined ? { priority: policy.priority } : {}),
  });
  for (const field of PASSWORD_POLICY_FIELDS) {
    resource.addOverride(field.argument, passwordPolicyArgument(field, policy));
  }
  return resource;
}
