import { isRdnSequenceWithin, tryParseDn } from '../../ldap-names/dn';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-103 (warning): the bind DN lies inside the root DN. Service accounts sometimes live
 * elsewhere (the agent can still bind), so this only warns; for JumpCloud OKLDAP-104 is an error.
 */
export const bindDnWithinRootDnRule: ValidationRule = {
  id: 'OKLDAP-103',
  severity: 'warning',
  title: 'The bind DN is outside the root DN',
  check(input) {
    const { rootDn, bindDn } = input.settings.agent;
    if (!isCheckableString(rootDn) || !isCheckableString(bindDn)) return [];
    const root = tryParseDn(rootDn).rdns;
    const bind = tryParseDn(bindDn).rdns;
    if (root === undefined || bind === undefined || root.length === 0 || bind.length === 0) return [];
    if (isRdnSequenceWithin(bind, root)) return [];
    return [
      violation(
        bindDnWithinRootDnRule,
        'directory.agent.bindDn',
        bindDn,
        `bind DN ${q(bindDn)} is outside the root DN ${q(rootDn)}; the bind user usually lives inside the tree the agent reads`,
        `Check the bind DN; if the service account really lives outside ${q(rootDn)}, keep it and ignore this warning`,
      ),
    ];
  },
};
