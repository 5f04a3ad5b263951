/**
 * The words of a diff: areas, kinds of change, one difference, and the keys mappings are matched by.
 * Shared by the manifest diff (`app-diff.ts`) and the review of the Terraform resources.
 */
import type { LdapRoleMapping } from '../mappings/mapping-types';
import { roleMappingKey, roleMappingKeyText } from '../model/mapping-keys';

/** What happened to one keyed item between base and head. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** The part of an integration a change belongs to. */
export enum DiffArea {
  SETTING = 'Setting',
  USER_MAPPING = 'User mapping',
  GROUP_MAPPING = 'Group mapping',
  ROLE_MAPPING = 'Role mapping',
  PASSWORD_POLICY = 'Password policy',
  RESOURCE = 'Okta resource',
  WARNING = 'Validation warning',
  /**
   * An okta resource or data source of the stack's Terraform JSON (`cdk.tf.json`), read from its own
   * attributes: key and item are its address, values its attributes as canonical JSON.
   */
  TERRAFORM = 'Terraform resource',
}

/**
 * The `id` of the `IntegrationDiff` that holds the Terraform resource differences of a stack that no
 * integration's manifest accounts for.
 */
export const NO_INTEGRATION = '(no integration)';

/** One difference inside an integration. Values are display strings; `undefined` means absent. */
export interface ValueChange {
  readonly area: DiffArea;
  readonly kind: ChangeKind;
  /**
   * Stable, printed key of the change, e.g. `user.searchBase`, `engineering → Engineering: ruleName`
   * (a group mapping is shown with its LDAP group, of head when it changed).
   */
  readonly key: string;
  /**
   * Shown after the key: the console label when the key is a setting an admin enters, e.g. "User
   * Search Base"; for a manifest check, what it compares (`role_type: manifest → cdk.tf.json`).
   */
  readonly label?: string;
  readonly before?: string;
  readonly after?: string;
  /**
   * Key of the keyed item (mapping, policy, resource, warning) the change belongs to, as the item is
   * matched between base and head: `Engineering` for a group mapping (`groupMappingKey`),
   * `it-admins: ORG_ADMIN` for a role mapping (`roleMappingItem`); unset for settings and user
   * mappings, whose `key` is the item.
   */
  readonly item?: string;
  /** The field of `item` that changed, e.g. `targetGroupIds`; unset when the whole item was added or removed. */
  readonly field?: string;
  /**
   * The `item` of the base's mapping that this one replaces, when the change pairs a removed mapping
   * with an added one: an LDAP group given another role (`field` `role`), an Okta group renamed
   * (`field` `oktaGroup`).
   * @default - unset: the change is about `item` alone
   */
  readonly replaces?: string;
}

/**
 * The `item` a role mapping is matched by (and printed with) in a diff: its model key as one text,
 * the LDAP group and role, and the two ids of a custom role, e.g. `it-admins: ORG_ADMIN` or
 * `ops: CUSTOM cr0… rs0…`.
 */
export function roleMappingItem(
  r: Pick<LdapRoleMapping, 'ldapGroup' | 'role' | 'roleId' | 'resourceSetId'>,
): string {
  return roleMappingKeyText(roleMappingKey(r));
}
