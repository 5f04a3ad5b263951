import { escapeRdnValue, isRdnSequenceWithin, parseDn, tryParseDn } from '../../ldap-names/dn';
import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isJumpCloudDirectory, JUMPCLOUD_SUFFIX, jumpCloudOrg } from './jumpcloud-org';
import { dnFields, isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-104 (JumpCloud only): the root DN, bind DN and search bases all lie inside the org
 * `o=<ORG_ID>,dc=jumpcloud,dc=com`. JumpCloud serves one tree per org; a DN elsewhere finds nothing
 * (LDAP error 32, noSuchObject).
 */
export const jumpCloudOrgTreeRule: ValidationRule = {
  id: 'OKLDAP-104',
  severity: 'error',
  title: 'A JumpCloud DN is outside the org o=<ORG_ID>,dc=jumpcloud,dc=com',
  check(input) {
    if (!isJumpCloudDirectory(input.settings)) return [];
    const rootDn = input.settings.agent.rootDn;
    const org = jumpCloudOrg(input);
    if (org === undefined) {
      // No org known: the root DN itself must name one (when it is checkable and valid).
      if (!isCheckableString(rootDn) || rootDn.trim() === '' || tryParseDn(rootDn).rdns === undefined)
        return [];
      return [
        violation(
          jumpCloudOrgTreeRule,
          'directory.agent.rootDn',
          rootDn,
          `JumpCloud root DN ${q(rootDn)} is not inside an org; it must end with 'o=<ORG_ID>,${JUMPCLOUD_SUFFIX}'`,
          `Use 'ou=Users,o=<ORG_ID>,${JUMPCLOUD_SUFFIX}' with the org id from JumpCloud's LDAP settings page`,
        ),
      ];
    }
    const orgDn = `o=${escapeRdnValue(org.orgId)},${JUMPCLOUD_SUFFIX}`;
    const orgRdns = parseDn(orgDn);
    const out: Violation[] = [];
    for (const { path, value } of dnFields(input.settings)) {
      if (!isCheckableString(value)) continue;
      const rdns = tryParseDn(value).rdns;
      if (rdns === undefined || rdns.length === 0 || isRdnSequenceWithin(rdns, orgRdns)) continue;
      out.push(
        violation(
          jumpCloudOrgTreeRule,
          path,
          value,
          `${q(value)} is outside the JumpCloud org ${q(orgDn)}; every JumpCloud DN ends with 'o=<ORG_ID>,${JUMPCLOUD_SUFFIX}'`,
          `Write it under ${q(orgDn)}, e.g. ${q(`ou=Users,${orgDn}`)}`,
        ),
      );
    }
    return out;
  },
};
