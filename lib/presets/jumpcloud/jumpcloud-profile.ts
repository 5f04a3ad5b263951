import type { DirectoryProfile } from '../directory-profile';
import { JUMPCLOUD_PRESET_NAME } from './jumpcloud-directory';
import { JUMPCLOUD_HINTS } from './jumpcloud-hints';
import { jumpCloudOrgIdHexRule } from './jumpcloud-org-id-hex';
import { jumpCloudOrgIdLengthRule } from './jumpcloud-org-id-length';
import { jumpCloudOrgTreeRule } from './jumpcloud-org-tree';
import { jumpCloudBindUserRule } from './jumpcloud-bind-user';

/**
 * The JumpCloud profile: settings made by `jumpCloudDirectory()` (`preset: 'jumpcloud'`), the org
 * rules OKLDAP-104 to OKLDAP-106, the bind user rule OKLDAP-121, and JumpCloud's advice on preflight findings.
 */
export const JUMPCLOUD_PROFILE: DirectoryProfile = {
  presetName: JUMPCLOUD_PRESET_NAME,
  vendorName: 'JumpCloud',
  rules: [jumpCloudOrgTreeRule, jumpCloudOrgIdHexRule, jumpCloudOrgIdLengthRule, jumpCloudBindUserRule],
  hints: JUMPCLOUD_HINTS,
};
