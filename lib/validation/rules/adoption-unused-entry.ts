import { adoptionName, adoptionPath, keyPath, isRecord, adoptionRoleKey } from '../../adoption/adoption-file';
import { groupMappingKey, ldapGroupKey } from '../../model/mapping-keys';
import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-304: every entry of the adoption file belongs to a mapping of this integration (an Okta
 * group of a group mapping, an LDAP group and role of a role mapping, the password policy). An
 * entry nothing uses is a renamed or removed mapping, or the file of another integration: its
 * object would silently stay unmanaged, and the mapping it was meant for would create a copy.
 * Names are compared exactly, as the construct does.
 */
export const adoptionUnusedEntryRule: ValidationRule = {
  id: 'OKLDAP-304',
  severity: 'error',
  title: 'An adoption file entry matches no mapping of the integration',
  check(input) {
    const src = input.adoption;
    if (src === undefined || !isRecord(src.value)) return [];
    const out: Violation[] = [];
    const unused = (key: string, value: unknown, what: string, fix: string) =>
      out.push(
        violation(
          adoptionUnusedEntryRule,
          adoptionPath(src, key),
          value,
          `${adoptionName(src)}, key ${key}: ${what}`,
          fix,
        ),
      );
    const oktaGroups = new Set(input.groupMappings.map(groupMappingKey));
    const groups = src.value['groupMappings'];
    if (isRecord(groups)) {
      for (const name of Object.keys(groups)) {
        if (oktaGroups.has(name)) continue;
        unused(
          keyPath('groupMappings', name),
          name,
          `no group mapping has oktaGroup ${q(name)}; known: ${[...oktaGroups].map(q).join(', ') || '(none)'}`,
          `Rename the key to the oktaGroup of the mapping it belongs to, or remove it`,
        );
      }
    }
    const roleKeys = new Set(
      input.roleMappings.map((m) => `${ldapGroupKey(m.ldapGroup)}\u0000${adoptionRoleKey(m)}`),
    );
    const roleGroups = new Set(input.roleMappings.map((m) => ldapGroupKey(m.ldapGroup)));
    const roles = src.value['roleMappings'];
    if (isRecord(roles)) {
      for (const [ldapGroup, entry] of Object.entries(roles)) {
        const at = keyPath('roleMappings', ldapGroup);
        if (!roleGroups.has(ldapGroup)) {
          unused(
            at,
            ldapGroup,
            `no role mapping has ldapGroup ${q(ldapGroup)}; known: ${[...roleGroups].map(q).join(', ') || '(none)'}`,
            `Rename the key to the ldapGroup of the role mapping it belongs to, or remove it`,
          );
          continue;
        }
        const assignments = isRecord(entry) ? entry['roles'] : undefined;
        if (!isRecord(assignments)) continue;
        for (const role of Object.keys(assignments)) {
          if (roleKeys.has(`${ldapGroup}\u0000${role}`)) continue;
          unused(
            keyPath(`${at}.roles`, role),
            role,
            `no role mapping gives ${q(role)} to LDAP group ${q(ldapGroup)}`,
            role.startsWith('CUSTOM ')
              ? `Add the role mapping { ldapGroup: ${q(ldapGroup)}, role: OktaAdminRole.CUSTOM, roleId: ${q(role.split(' ')[1])}, resourceSetId: ${q(role.split(' ')[2])} }, or remove the key`
              : `Add the role mapping { ldapGroup: ${q(ldapGroup)}, role: OktaAdminRole.${role} }, or remove the key`,
          );
        }
      }
    }
    if (src.value['passwordPolicy'] !== undefined && input.passwordPolicy === undefined) {
      unused(
        'passwordPolicy',
        src.value['passwordPolicy'],
        'the integration has no passwordPolicy',
        'Set the passwordPolicy prop (with the name of the policy in Okta), or remove the key',
      );
    }
    return out;
  },
};
