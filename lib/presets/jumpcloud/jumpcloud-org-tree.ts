import { escapeRdnValue, parseDn } from '../../ldap-names/dn';
import { defineRule } from '../../validation-rule/define-rule';
import { isJumpCloudDirectory, JUMPCLOUD_SUFFIX, jumpCloudOrg } from './jumpcloud-org';
import { comparableDn, dnFields, isDnOutside, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-104 (JumpCloud only): the root DN, bind DN and search bases all lie inside the org
 * `o=<ORG_ID>,dc=jumpcloud,dc=com`. JumpCloud serves one tree per org; a DN elsewhere finds nothing
 * (LDAP error 32, noSuchObject).
 */
export const jumpCloudOrgTreeRule = defineRule('OKLDAP-104', {
  severity: 'error',
  title: 'A JumpCloud DN is outside the org o=<ORG_ID>,dc=jumpcloud,dc=com',
  check(input, report) {
    const org = jumpCloudOrg(input);
    if (org === undefined) {
      // No org known: the root DN itself must name one (when it is checkable and valid).
      const rootDn = input.settings.agent.rootDn;
      if (!isJumpCloudDirectory(input.settings) || comparableDn(rootDn) === undefined) return;
      report(
        'directory.agent.rootDn',
        rootDn,
        `JumpCloud root DN ${q(rootDn)} is not inside an org; it must end with 'o=<ORG_ID>,${JUMPCLOUD_SUFFIX}'`,
        `Use 'ou=Users,o=<ORG_ID>,${JUMPCLOUD_SUFFIX}' with the org id from JumpCloud's LDAP settings page`,
      );
      return;
    }
    const orgDn = `o=${escapeRdnValue(org.orgId)},${JUMPCLOUD_SUFFIX}`;
    const orgRdns = parseDn(orgDn);
    for (const { path, value } of dnFields(input.settings)) {
      if (!isDnOutside(value, orgRdns)) continue;
      report(
        path,
        value,
        `${q(value)} is outside the JumpCloud org ${q(orgDn)}; every JumpCloud DN ends with 'o=<ORG_ID>,${JUMPCLOUD_SUFFIX}'`,
        `Write it under ${q(orgDn)}, e.g. ${q(`ou=Users,${orgDn}`)}`,
      );
    }
  },
});
