import { adoptionRoleKey, keyPath } from '../../adoption/adoption-file';
import { isObject } from '../../settings/value-checks';
import { groupMappingKey, ldapGroupKey } from '../../model/mapping-keys';
import { type AdoptionReport, adoptionCheck } from '../../validation-rule/adoption-check';
import { defineRule } from '../../validation-rule/define-rule';
import { q } from '../../validation-rule/rule-support';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';

/** `'a', 'b'`, or `(none)`. */
function known(names: ReadonlySet<string>): string {
  return [...names].map(q).join(', ') || '(none)';
}

/** The keys of `groupMappings` that name no Okta group of a group mapping. */
function unusedGroupEntries(
  groups: unknown,
  input: IntegrationValidationInput,
  report: AdoptionReport,
): void {
  if (!isObject(groups)) return;
  const oktaGroups = new Set(input.groupMappings.map(groupMappingKey));
  for (const name of Object.keys(groups)) {
    if (oktaGroups.has(name)) continue;
    report.entry(
      keyPath('groupMappings', name),
      name,
      `no group mapping has oktaGroup ${q(name)}; known: ${known(oktaGroups)}`,
      `Rename the key to the oktaGroup of the mapping it belongs to, or remove it`,
    );
  }
}

/** The fix for a role assignment of the file that no role mapping gives: the mapping to add. */
function addRoleMapping(ldapGroup: string, role: string): string {
  const [, roleId, resourceSetId] = role.split(' ');
  return role.startsWith('CUSTOM ')
    ? `Add the role mapping { ldapGroup: ${q(ldapGroup)}, role: OktaAdminRole.CUSTOM, roleId: ${q(roleId)}, resourceSetId: ${q(resourceSetId)} }, or remove the key`
    : `Add the role mapping { ldapGroup: ${q(ldapGroup)}, role: OktaAdminRole.${role} }, or remove the key`;
}

/** The LDAP groups of `roleMappings`, and their roles, that no role mapping gives. */
function unusedRoleEntries(roles: unknown, input: IntegrationValidationInput, report: AdoptionReport): void {
  if (!isObject(roles)) return;
  const roleKeys = new Set(
    input.roleMappings.map((m) => `${ldapGroupKey(m.ldapGroup)}\u0000${adoptionRoleKey(m)}`),
  );
  const roleGroups = new Set(input.roleMappings.map((m) => ldapGroupKey(m.ldapGroup)));
  for (const [ldapGroup, entry] of Object.entries(roles)) {
    const at = keyPath('roleMappings', ldapGroup);
    if (!roleGroups.has(ldapGroup)) {
      report.entry(
        at,
        ldapGroup,
        `no role mapping has ldapGroup ${q(ldapGroup)}; known: ${known(roleGroups)}`,
        `Rename the key to the ldapGroup of the role mapping it belongs to, or remove it`,
      );
      continue;
    }
    const assignments = isObject(entry) ? entry['roles'] : undefined;
    if (!isObject(assignments)) continue;
    for (const role of Object.keys(assignments)) {
      if (roleKeys.has(`${ldapGroup}\u0000${role}`)) continue;
      report.entry(
        keyPath(`${at}.roles`, role),
        role,
        `no role mapping gives ${q(role)} to LDAP group ${q(ldapGroup)}`,
        addRoleMapping(ldapGroup, role),
      );
    }
  }
}

/**
 * OKLDAP-304: every entry of the adoption file belongs to a mapping of this integration (an Okta
 * group of a group mapping, an LDAP group and role of a role mapping, the password policy). An
 * entry nothing uses is a renamed or removed mapping, or the file of another integration: its
 * object would silently stay unmanaged, and the mapping it was meant for would create a copy.
 * Names are compared exactly, as the construct does.
 */
export const adoptionUnusedEntryRule = defineRule('OKLDAP-304', {
  severity: 'error',
  title: 'An adoption file entry matches no mapping of the integration',
  check: adoptionCheck((src, input, report) => {
    if (!isObject(src.value)) return;
    unusedGroupEntries(src.value['groupMappings'], input, report);
    unusedRoleEntries(src.value['roleMappings'], input, report);
    if (src.value['passwordPolicy'] !== undefined && input.passwordPolicy === undefined) {
      report.entry(
        'passwordPolicy',
        src.value['passwordPolicy'],
        'the integration has no passwordPolicy',
        'Set the passwordPolicy prop (with the name of the policy in Okta), or remove the key',
      );
    }
  }),
});
