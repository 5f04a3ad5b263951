import { defineRule } from '../../validation-rule/define-rule';
import { isHexOrgId, jumpCloudOrg } from './jumpcloud-org';
import { q } from '../../validation-rule/rule-support';

/** Length of every JumpCloud org id seen (inferred from public examples, not a published rule). */
export const JUMPCLOUD_ORG_ID_LENGTH = 24;

/**
 * OKLDAP-106 (JumpCloud only, warning): a hex org id that is not 24 characters long. Only a warning:
 * the length is inferred from every public example, not a published rule.
 */
export const jumpCloudOrgIdLengthRule = defineRule('OKLDAP-106', {
  severity: 'warning',
  title: 'The JumpCloud org id is not 24 characters long',
  check(input, report) {
    const org = jumpCloudOrg(input);
    if (org === undefined || !isHexOrgId(org.orgId) || org.orgId.length === JUMPCLOUD_ORG_ID_LENGTH) return;
    report(
      org.path,
      org.source,
      `JumpCloud org id ${q(org.orgId)} has ${org.orgId.length} characters; JumpCloud org ids have ${JUMPCLOUD_ORG_ID_LENGTH}`,
      "Check that the whole organization id was copied from JumpCloud's admin portal",
    );
  },
});
