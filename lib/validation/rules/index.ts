import type { ValidationRule } from '../../validation-rule/validation-rule';
import { dnSyntaxRule } from './dn-syntax';
import { searchBaseWithinRootDnRule } from './search-base-within-root-dn';
import { bindDnWithinRootDnRule } from './bind-dn-within-root-dn';
import { ldapFilterSyntaxRule } from './ldap-filter-syntax';
import { portRangeRule } from './port-range';
import { plainLdapRefusedRule } from './plain-ldap-refused';
import { portTlsConsistencyRule } from './port-tls-consistency';
import { entryDnUniqueIdentifierRule } from './entrydn-unique-identifier';
import { extraAttributesLimitRule } from './extra-attributes-limit';
import { requiredSettingsRule } from './required-settings';
import { usernameFormatParametersRule } from './username-format-parameters';
import { oktaOrgUrlRule } from './okta-org-url';
import { proxyUrlRule } from './proxy-url';
import { attributeNameSyntaxRule } from './attribute-name-syntax';
import { duplicateExtraAttributesRule } from './duplicate-extra-attributes';
import { hostSyntaxRule } from './host-syntax';
import { accountDisabledPairRule } from './account-disabled-pair';
import { groupRuleNameLengthRule } from './group-rule-name-length';
import { duplicateOktaGroupRule } from './duplicate-okta-group';
import { duplicateGroupRuleNameRule } from './duplicate-group-rule-name';
import { duplicateRoleMappingRule } from './duplicate-role-mapping';
import { roleOnRuleFilledGroupRule } from './role-on-rule-filled-group';
import { ldapAndOktaGroupSameNameRule } from './ldap-and-okta-group-same-name';
import { duplicateUserMappingTargetRule } from './duplicate-user-mapping-target';
import { requiredMappingStringsRule } from './required-mapping-strings';
import { roleTargetAllowedRule } from './role-target-allowed';
import { groupRuleLimitRule } from './group-rule-limit';
import { passwordPolicyPriorityRule } from './password-policy-priority';
import { oktaGroupNameLengthRule } from './okta-group-name-length';
import { customRoleIdsRule } from './custom-role-ids';
import { passwordPolicySettingsRule } from './password-policy-settings';
import { hiddenCharactersRule } from './hidden-characters';
import { adoptionFileShapeRule } from './adoption-file-shape';
import { adoptionIdShapeRule } from './adoption-id-shape';
import { adoptionDuplicateIdRule } from './adoption-duplicate-id';
import { adoptionUnusedEntryRule } from './adoption-unused-entry';
import { suppressionValidRuleFor } from './suppression-valid';
import { guardTimeoutRule } from './guard-timeout';
import { safeIdsRule } from './safe-ids';
import { terraformNameCollisionRule } from './terraform-name-collision';
import { ldapAppIdShapeRule } from './ldap-app-id-shape';

/**
 * The generic rules but OKLDAP-401 (which `rulesWith` makes for each list), in id order: OKLDAP-1xx
 * check the directory settings, OKLDAP-2xx the mappings (OKLDAP-215, hidden characters, every string
 * the integration takes), OKLDAP-3xx the adoption file, OKLDAP-4xx the construct's own options and
 * ids. The rules of a directory profile (lib/presets/<vendor>) are not here.
 */
const GENERIC_CHECKS: readonly ValidationRule[] = [
  dnSyntaxRule,
  searchBaseWithinRootDnRule,
  bindDnWithinRootDnRule,
  ldapFilterSyntaxRule,
  portRangeRule,
  plainLdapRefusedRule,
  portTlsConsistencyRule,
  entryDnUniqueIdentifierRule,
  extraAttributesLimitRule,
  requiredSettingsRule,
  usernameFormatParametersRule,
  oktaOrgUrlRule,
  proxyUrlRule,
  attributeNameSyntaxRule,
  duplicateExtraAttributesRule,
  hostSyntaxRule,
  accountDisabledPairRule,
  groupRuleNameLengthRule,
  duplicateOktaGroupRule,
  duplicateGroupRuleNameRule,
  duplicateRoleMappingRule,
  roleOnRuleFilledGroupRule,
  ldapAndOktaGroupSameNameRule,
  duplicateUserMappingTargetRule,
  requiredMappingStringsRule,
  roleTargetAllowedRule,
  groupRuleLimitRule,
  passwordPolicyPriorityRule,
  oktaGroupNameLengthRule,
  customRoleIdsRule,
  passwordPolicySettingsRule,
  hiddenCharactersRule,
  adoptionFileShapeRule,
  adoptionIdShapeRule,
  adoptionDuplicateIdRule,
  adoptionUnusedEntryRule,
  guardTimeoutRule,
  safeIdsRule,
  terraformNameCollisionRule,
  ldapAppIdShapeRule,
];

/** Orders rules by id (`OKLDAP-101` before `OKLDAP-104` before `OKLDAP-201`). */
function byId(a: ValidationRule, b: ValidationRule): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A complete rule list: the generic rules and `extraRules` (a directory profile's), in id order,
 * with OKLDAP-401 checking suppressions against every rule of the list (itself included).
 */
export function rulesWith(extraRules: readonly ValidationRule[]): readonly ValidationRule[] {
  const rules: ValidationRule[] = [...GENERIC_CHECKS, ...extraRules, suppressionValidRuleFor(() => rules)];
  return rules.sort(byId);
}

/**
 * The generic rules, in id order: every rule that applies whatever the directory. RULES.md lists
 * them under "Generic rules" (kept in sync by test/validation/rules/rules-md.test.ts). Its OKLDAP-401
 * knows only these rules; `ALL_RULES` (lib/validation/all-rules.ts) adds the directory profiles'.
 */
export const GENERIC_RULES: readonly ValidationRule[] = rulesWith([]);
