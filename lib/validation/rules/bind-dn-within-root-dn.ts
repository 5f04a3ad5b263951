import { defineRule } from '../../validation-rule/define-rule';
import { comparableDn, isDnOutside, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-103 (warning): the bind DN lies inside the root DN. Service accounts sometimes live
 * elsewhere (the agent can still bind), so this only warns; for JumpCloud OKLDAP-104 is an error.
 */
export const bindDnWithinRootDnRule = defineRule('OKLDAP-103', {
  severity: 'warning',
  title: 'The bind DN is outside the root DN',
  check(input, report) {
    const { rootDn, bindDn } = input.settings.agent;
    const root = comparableDn(rootDn);
    if (root === undefined || !isDnOutside(bindDn, root)) return;
    report(
      'directory.agent.bindDn',
      bindDn,
      `bind DN ${q(bindDn)} is outside the root DN ${q(rootDn)}; the bind user usually lives inside the tree the agent reads`,
      `Check the bind DN; if the service account really lives outside ${q(rootDn)}, keep it and ignore this warning`,
    );
  },
});
