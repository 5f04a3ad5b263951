/**
 * The Okta-side mappings of an LDAP integration: which Okta profile attributes are fed from LDAP,
 * which imported LDAP groups fill which Okta groups, which LDAP groups carry admin roles, and the
 * LDAP password policy.
 */

/** Okta admin role types accepted by `okta_group_role` (okta provider 4.20.0). */
export enum OktaAdminRole {
  API_ADMIN = 'API_ADMIN',
  APP_ADMIN = 'APP_ADMIN',
  CUSTOM = 'CUSTOM',
  GROUP_MEMBERSHIP_ADMIN = 'GROUP_MEMBERSHIP_ADMIN',
  HELP_DESK_ADMIN = 'HELP_DESK_ADMIN',
  MOBILE_ADMIN = 'MOBILE_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  READ_ONLY_ADMIN = 'READ_ONLY_ADMIN',
  REPORT_ADMIN = 'REPORT_ADMIN',
  SUPER_ADMIN = 'SUPER_ADMIN',
  USER_ADMIN = 'USER_ADMIN',
}

/**
 * One LDAP group feeding one Okta group: the library creates the Okta group and a group rule
 * `isMemberOfAnyGroup("<id of the imported LDAP group>")` that fills it.
 */
export interface LdapGroupMapping {
  /** Name (cn) of the LDAP group as imported into Okta (an `APP_GROUP`), e.g. `engineering`. */
  readonly ldapGroup: string;
  /** Name of the Okta group the rule fills, e.g. `Engineering` (at most 255 bytes in UTF-8). */
  readonly oktaGroup: string;
  /**
   * Description of the Okta group.
   * @default - "Members of LDAP group <ldapGroup> (managed by cdktf-okta-ldap)"
   */
  readonly description?: string;
  /**
   * Name of the group rule: 1 to 50 bytes in UTF-8 (the okta provider counts bytes: an accented
   * letter takes 2).
   * @default - "LDAP <ldapGroup> to <oktaGroup>", validated for length
   */
  readonly ruleName?: string;
}

/** An imported LDAP group that carries an Okta admin role. */
export interface LdapRoleMapping {
  /** Name (cn) of the LDAP group as imported into Okta. */
  readonly ldapGroup: string;
  /** The admin role given to the group. */
  readonly role: OktaAdminRole;
  /**
   * Okta group ids the role is limited to (only GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, USER_ADMIN).
   * @default - the role applies to all groups
   */
  readonly targetGroupIds?: string[];
  /**
   * App names (optionally `name.id`) the role is limited to (only APP_ADMIN).
   * @default - the role applies to all apps
   */
  readonly targetApps?: string[];
  /**
   * Turn off Okta's administrator emails for the group's members (`disable_notifications`). Okta
   * takes it only when the role is assigned, so changing it replaces the role assignment (removed,
   * then assigned again).
   * @default false
   */
  readonly disableNotifications?: boolean;
  /**
   * Id of the custom admin role (`role_id`, e.g. `cr0…`): required with `role: OktaAdminRole.CUSTOM`,
   * refused with any other role. Changing it replaces the role assignment.
   * @default - none (a standard role)
   */
  readonly roleId?: string;
  /**
   * Id of the resource set the custom role is granted on (`resource_set_id`, e.g. `iam…`): required
   * with `role: OktaAdminRole.CUSTOM`, refused with any other role. Changing it replaces the role
   * assignment.
   * @default - none (a standard role)
   */
  readonly resourceSetId?: string;
}

/** The Okta password policy for users whose passwords live in LDAP (`auth_provider = LDAP`). */
export interface LdapPasswordPolicy {
  /** Policy name. */
  readonly name: string;
  /**
   * Policy description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Okta group ids the policy applies to. Names of mapped Okta groups (`oktaGroup` of a group
   * mapping) may be used too; they are resolved to the groups this construct creates.
   * @default - the Okta groups of every group mapping
   */
  readonly groups?: string[];
  /**
   * Policy priority.
   * @default - Okta places it last
   */
  readonly priority?: number;
}
