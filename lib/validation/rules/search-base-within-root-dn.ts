import { isRdnSequenceWithin, tryParseDn } from '../../ldap-names/dn';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-102: the user and group search bases lie inside the root DN (the agent reads nothing
 * outside it). Skipped when a DN is a token or invalid (OKLDAP-101 reports that).
 */
export const searchBaseWithinRootDnRule: ValidationRule = {
  id: 'OKLDAP-102',
  severity: 'error',
  title: 'A user or group search base is outside the root DN',
  check(input) {
    const rootDn = input.settings.agent.rootDn;
    if (!isCheckableString(rootDn)) return [];
    const root = tryParseDn(rootDn).rdns;
    if (root === undefined || root.length === 0) return [];
    const bases = [
      { path: 'directory.user.searchBase', value: input.settings.user.searchBase },
      { path: 'directory.group.searchBase', value: input.settings.group.searchBase },
    ];
    return bases.flatMap(({ path, value }) => {
      if (!isCheckableString(value)) return [];
      const rdns = tryParseDn(value).rdns;
      if (rdns === undefined || rdns.length === 0 || isRdnSequenceWithin(rdns, root)) return [];
      return [
        violation(
          searchBaseWithinRootDnRule,
          path,
          value,
          `search base ${q(value)} is outside the root DN ${q(rootDn)}; a search base must equal the root DN or end with it`,
          `Use a search base that ends with ',${rootDn}' (or the root DN itself), or widen directory.agent.rootDn`,
        ),
      ];
    });
  },
};
