import type { PreflightCheck } from '../check';
import { hintedCheck } from '../profile-hints';
import { bindCheck } from './bind';
import { exampleUserCheck } from './example-user';
import { groupFilterCheck } from './group-filter';
import { incrementalImportCheck } from './incremental-import';
import { mappedGroupsCheck } from './mapped-groups';
import { passwordPresentCheck } from './password-present';
import { roleClassCheck } from './role-class';
import { sampleUserAttributesCheck } from './sample-user-attributes';
import { groupBaseCheck, rootBaseCheck, userBaseCheck } from './search-bases';
import { tlsCheck } from './tls';
import { trustedConnectionCheck } from './trusted-connection';
import { uniqueIdCheck } from './unique-id';
import { userFilterCheck } from './user-filter';

/**
 * Every check, in dependency order (a check only requires checks listed before it), each with the
 * hints of the settings' directory profile added to its findings.
 */
export const ALL_CHECKS: readonly PreflightCheck[] = [
  trustedConnectionCheck,
  passwordPresentCheck,
  tlsCheck,
  bindCheck,
  rootBaseCheck,
  userBaseCheck,
  groupBaseCheck,
  userFilterCheck,
  groupFilterCheck,
  roleClassCheck,
  sampleUserAttributesCheck,
  uniqueIdCheck,
  incrementalImportCheck,
  mappedGroupsCheck,
  exampleUserCheck,
].map(hintedCheck);

/** The stable ids of every check, in order. */
export const CHECK_IDS: readonly string[] = ALL_CHECKS.map((c) => c.id);
