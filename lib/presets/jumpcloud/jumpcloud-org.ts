/**
 * Recognizes a JumpCloud directory and finds its org id, for the JumpCloud rules (OKLDAP-104..106).
 * Not a rule itself.
 *
 * The org id is read from the `o=` RDN of the root DN (`ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com`).
 * The construct therefore needs no extra plumbing: settings made by `jumpCloudDirectory()` carry
 * `preset: 'jumpcloud'` and the org id inside their root DN.
 */
import type { ResolvedLdapDirectorySettings } from '../../settings/ldap-directory-settings';
import { JUMPCLOUD_PRESET_NAME } from './jumpcloud-directory';
import { type Rdn, tryParseDn } from '../../ldap-names/dn';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';
import { isCheckableString } from '../../validation-rule/rule-support';

/** The suffix of every JumpCloud LDAP tree. */
export const JUMPCLOUD_SUFFIX = 'dc=jumpcloud,dc=com';

/**
 * True when the settings describe JumpCloud's hosted LDAP: made by the JumpCloud preset, or pointing
 * at a `jumpcloud.com` host.
 */
export function isJumpCloudDirectory(settings: ResolvedLdapDirectorySettings): boolean {
  if (settings.preset === JUMPCLOUD_PRESET_NAME) return true;
  const host = settings.agent.host;
  return isCheckableString(host) && /(^|\.)jumpcloud\.com\.?$/i.test(host.trim());
}

/** Where the org id of a JumpCloud directory came from. */
export interface JumpCloudOrg {
  /** The org id. */
  readonly orgId: string;
  /**
   * Path of the value it was read from: `orgId` (as typed into `jumpCloudDirectory`) for the preset's
   * root DN, else `directory.agent.rootDn`.
   */
  readonly path: string;
  /** The whole value it was read from (the org id itself for `orgId`). */
  readonly source: string;
}

/**
 * The org id of a JumpCloud directory: the value of the `o=` RDN just above `dc=jumpcloud,dc=com`
 * in the root DN. `undefined` when not JumpCloud, when the root DN is a
 * token or invalid, or when it holds no org.
 */
export function jumpCloudOrg(input: IntegrationValidationInput): JumpCloudOrg | undefined {
  if (!isJumpCloudDirectory(input.settings)) return undefined;
  const rootDn = input.settings.agent.rootDn;
  if (!isCheckableString(rootDn)) return undefined;
  const { rdns } = tryParseDn(rootDn);
  if (rdns === undefined) return undefined;
  const orgId = orgIdOfRdns(rdns);
  if (orgId === undefined) return undefined;
  // Made by jumpCloudDirectory({ orgId }) (root DN and user search base as the preset writes them,
  // not overridden): point at orgId as typed.
  const fromPreset =
    input.settings.preset === JUMPCLOUD_PRESET_NAME &&
    input.settings.user.searchBase === rootDn &&
    rdns.length === 4 &&
    rdns[0]!.length === 1 &&
    rdns[0]![0]!.type.toLowerCase() === 'ou' &&
    rdns[0]![0]!.value === 'Users';
  return fromPreset
    ? { orgId, path: 'orgId', source: orgId }
    : { orgId, path: 'directory.agent.rootDn', source: rootDn };
}

/** True for an org id of hex digits only, as every JumpCloud org id is (either case). */
export function isHexOrgId(orgId: string): boolean {
  return /^[0-9a-fA-F]+$/.test(orgId);
}

/** The value of the single-valued `o=` RDN directly above `dc=jumpcloud,dc=com`, if any. */
export function orgIdOfRdns(rdns: readonly Rdn[]): string | undefined {
  const n = rdns.length;
  if (n < 3) return undefined;
  const [org, jumpcloud, com] = [rdns[n - 3], rdns[n - 2], rdns[n - 1]];
  const single = (rdn: Rdn | undefined, type: string, value?: string): boolean =>
    rdn !== undefined &&
    rdn.length === 1 &&
    rdn[0]?.type.toLowerCase() === type &&
    !rdn[0].hex &&
    (value === undefined || rdn[0].value.toLowerCase() === value);
  if (!single(jumpcloud, 'dc', 'jumpcloud') || !single(com, 'dc', 'com') || !single(org, 'o'))
    return undefined;
  return org?.[0]?.value;
}
