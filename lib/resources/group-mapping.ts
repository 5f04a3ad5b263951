import { Group } from '@cdktf/provider-okta/lib/group';
import { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import { Construct } from 'constructs';
import { effectiveGroupRuleName } from '../mappings/group-rule-name';
import {
  defaultOktaGroupDescription,
  groupRuleExpression,
  OKTA_EXPRESSION_TYPE,
} from '../mappings/okta-expressions';
import type { LdapGroupMapping } from '../mappings/mapping-types';
import { groupRuleId, oktaGroupId } from './construct-ids';
import { terraformLiteral } from '../terraform/terraform-literal';
import { attributeReference } from './terraform-address';

/** Okta's expression language version for group rules. */

/** The resources of one group mapping. */
export interface GroupMappingResources {
  readonly group: Group;
  readonly rule: GroupRule;
  /** `${okta_group.<logical id>.id}`: the group's id, written without a cdktf token. */
  readonly groupId: string;
}

/**
 * Adds the Okta group of one mapping and the group rule that fills it from the imported LDAP group:
 * `isMemberOfAnyGroup("<id>")` with the id of the exact lookup (never `isMemberOfGroupName`, which
 * matches a same-named group from any source).
 *
 * @param ldapGroupId the id of the imported LDAP group (`ldapAppGroupId` of its exact lookup)
 * @param ruleDependsOn addresses the rule waits for (the previous rule, when rules are chained)
 */
export function addGroupMapping(
  scope: Construct,
  mapping: LdapGroupMapping,
  ldapGroupId: string,
  ruleDependsOn: string[],
): GroupMappingResources {
  const group = new Group(scope, oktaGroupId(mapping), {
    name: terraformLiteral(mapping.oktaGroup),
    description: terraformLiteral(mapping.description ?? defaultOktaGroupDescription(mapping)),
  });
  const groupId = attributeReference(group, 'id');
  const rule = new GroupRule(scope, groupRuleId(mapping), {
    name: terraformLiteral(effectiveGroupRuleName(mapping)),
    status: 'ACTIVE',
    expressionType: OKTA_EXPRESSION_TYPE,
    expressionValue: groupRuleExpression(ldapGroupId),
    groupAssignments: [groupId],
  });
  if (ruleDependsOn.length > 0) rule.dependsOn = ruleDependsOn;
  return { group, rule, groupId };
}
