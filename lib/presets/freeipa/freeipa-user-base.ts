import { isDnWithin, tryParseDn } from '../../ldap-names/dn';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { FREEIPA_PRESET_NAME, freeIpaUsersDn } from './freeipa-directory';

/**
 * OKLDAP-122 (warning, FreeIPA only): the user search base lies inside
 * `cn=users,cn=accounts,<root DN>`. Above it, the import also reaches FreeIPA's staged and preserved
 * (deleted) users under `cn=provisioning`, which are inetOrgPerson entries too: Okta would import
 * people who cannot sign in to FreeIPA.
 */
export const freeIpaUserBaseRule: ValidationRule = {
  id: 'OKLDAP-122',
  severity: 'warning',
  title: 'The FreeIPA user search base is outside cn=users,cn=accounts',
  check(input) {
    const { preset, agent, user } = input.settings;
    if (preset !== FREEIPA_PRESET_NAME || !isCheckableString(agent.rootDn)) return [];
    if (!isCheckableString(user.searchBase) || tryParseDn(user.searchBase).rdns === undefined) return [];
    const usersDn = freeIpaUsersDn(agent.rootDn);
    if (tryParseDn(usersDn).rdns === undefined || isDnWithin(user.searchBase, usersDn)) return [];
    return [
      violation(
        freeIpaUserBaseRule,
        'directory.user.searchBase',
        user.searchBase,
        `FreeIPA user search base ${q(user.searchBase)} is not inside ${q(usersDn)}: the import would also reach staged and preserved users (cn=provisioning)`,
        `Set directory.user.searchBase to ${q(usersDn)} (or a container inside it), or leave it unset for the preset's value`,
      ),
    ];
  },
};
