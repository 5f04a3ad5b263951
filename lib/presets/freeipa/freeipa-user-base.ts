import { isDnWithin, tryParseDn } from '../../ldap-names/dn';
import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q } from '../../validation-rule/rule-support';
import { FREEIPA_PRESET_NAME, freeIpaUsersDn } from './freeipa-directory';

/**
 * OKLDAP-122 (warning, FreeIPA only): the user search base lies inside
 * `cn=users,cn=accounts,<root DN>`. Above it, the import also reaches FreeIPA's staged and preserved
 * (deleted) users under `cn=provisioning`, which are inetOrgPerson entries too: Okta would import
 * people who cannot sign in to FreeIPA.
 */
export const freeIpaUserBaseRule = defineRule('OKLDAP-122', {
  severity: 'warning',
  title: 'The FreeIPA user search base is outside cn=users,cn=accounts',
  check({ settings: { preset, agent, user } }, report) {
    if (preset !== FREEIPA_PRESET_NAME || !isCheckableString(agent.rootDn)) return;
    const searchBase = user.searchBase;
    if (!isCheckableString(searchBase) || tryParseDn(searchBase).rdns === undefined) return;
    const usersDn = freeIpaUsersDn(agent.rootDn);
    if (tryParseDn(usersDn).rdns === undefined || isDnWithin(searchBase, usersDn)) return;
    report(
      'directory.user.searchBase',
      searchBase,
      `FreeIPA user search base ${q(searchBase)} is not inside ${q(usersDn)}: the import would also reach staged and preserved users (cn=provisioning)`,
      `Set directory.user.searchBase to ${q(usersDn)} (or a container inside it), or leave it unset for the preset's value`,
    );
  },
});
