import { tryParseDn } from '../../ldap-names/dn';
import { defineRule } from '../../validation-rule/define-rule';
import { comparableDn, q } from '../../validation-rule/rule-support';
import { isJumpCloudDirectory } from './jumpcloud-org';

/**
 * OKLDAP-121 (JumpCloud only): the bind user is a user name, not a DN. `jumpCloudDirectory({
 * bindUser })` writes `uid=<bindUser>,ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com`; a DN given as
 * `bindUser` gives `uid=uid=ldap-bind\,ou=Users…`, which JumpCloud answers only with "invalid
 * credentials" (LDAP 49). Caught by the first RDN value of the bind DN being a DN itself.
 */
export const jumpCloudBindUserRule = defineRule('OKLDAP-121', {
  severity: 'error',
  title: 'The JumpCloud bind user is a DN instead of a user name',
  check({ settings }, report) {
    const bindDn = settings.agent.bindDn;
    const first = isJumpCloudDirectory(settings) ? comparableDn(bindDn)?.[0] : undefined;
    if (first === undefined || first.length !== 1 || first[0]!.hex) return;
    const value = first[0]!.value;
    const user = value.includes('=') ? tryParseDn(value).rdns?.[0]?.[0]?.value : undefined;
    if (user === undefined) return;
    report(
      'directory.agent.bindDn',
      bindDn,
      `the bind DN ${q(bindDn)} holds the DN ${q(value)} as its ${first[0]!.type} value: a DN was given where the user name belongs (jumpCloudDirectory's bindUser becomes uid=<bindUser>,ou=Users,…)`,
      `Give the user name alone: jumpCloudDirectory({ bindUser: ${q(user)} })`,
    );
  },
});
