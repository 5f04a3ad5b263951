import { defineRule } from '../../validation-rule/define-rule';
import { isHexOrgId, jumpCloudOrg } from './jumpcloud-org';
import { q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-105 (JumpCloud only): the org id is hexadecimal. Every JumpCloud org id seen is 24
 * lower-case hex characters; anything else is a copy-paste mistake (the org name, a URL, a space).
 */
export const jumpCloudOrgIdHexRule = defineRule('OKLDAP-105', {
  severity: 'error',
  title: 'The JumpCloud org id is not hexadecimal',
  check(input, report) {
    const org = jumpCloudOrg(input);
    if (org === undefined || isHexOrgId(org.orgId)) return;
    report(
      org.path,
      org.source,
      `JumpCloud org id ${q(org.orgId)} is not hexadecimal; an org id is hex digits only (0-9, a-f), e.g. '5f3c0a1b2c3d4e5f60718293'`,
      "Copy the organization id from JumpCloud's admin portal (24 hex characters) into jumpCloudDirectory({ orgId })",
    );
  },
});
