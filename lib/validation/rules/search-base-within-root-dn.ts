import { defineRule } from '../../validation-rule/define-rule';
import { comparableDn, isDnOutside, q, settingValues } from '../../validation-rule/rule-support';

/**
 * OKLDAP-102: the user and group search bases lie inside the root DN (the agent reads nothing
 * outside it). Skipped when a DN is a token or invalid (OKLDAP-101 reports that).
 */
export const searchBaseWithinRootDnRule = defineRule('OKLDAP-102', {
  severity: 'error',
  title: 'A user or group search base is outside the root DN',
  check({ settings }, report) {
    const rootDn = settings.agent.rootDn;
    const root = comparableDn(rootDn);
    if (root === undefined) return;
    for (const { path, value } of settingValues(settings, ['user.searchBase', 'group.searchBase'])) {
      if (!isDnOutside(value, root)) continue;
      report(
        path,
        value,
        `search base ${q(value)} is outside the root DN ${q(rootDn)}; a search base must equal the root DN or end with it`,
        `Use a search base that ends with ',${rootDn}' (or the root DN itself), or widen directory.agent.rootDn`,
      );
    }
  },
});
