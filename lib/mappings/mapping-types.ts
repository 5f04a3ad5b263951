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
   * Policy priority: 1 is evaluated first. Okta places a policy at most just before the default
   * policy, which is always last; when Okta puts it elsewhere than asked, the okta provider fails
   * the apply after creating the policy (okta/policy.go:159-165, okta/utils.go:514-519, v4.20.0) and
   * the next plan wants to change it again. Use a priority from 1 to the number of password policies
   * the org has (not counting the default), or leave it unset.
   * @default - Okta places it last (before the default policy)
   */
  readonly priority?: number;

  // The settings below are the ones Okta applies to LDAP users (delegated authentication). Each is
  // always written into the plan with the default shown, the okta provider's own default, so
  // nothing is sent that the plan does not show. Complexity (length, character classes, excluded
  // names) is enforced by the LDAP server, not Okta, and is left to the provider's defaults.

  /**
   * Refuse common passwords (Okta's "Common password check", `password_dictionary_lookup`); Okta
   * checks this before passing the change to the LDAP agent.
   * @default false
   */
  readonly commonPasswordCheck?: boolean;
  /**
   * Days a password is valid before it expires (`password_max_age_days`); 0 = never. Okta ignores it
   * when the LDAP server's own setting is 0.
   * @default 0
   */
  readonly maxAgeDays?: number;
  /**
   * Days before expiry a user is warned (`password_expire_warn_days`); 0 = no warning.
   * @default 0
   */
  readonly expireWarnDays?: number;
  /**
   * Minutes a password must be kept before it can be changed again (`password_min_age_minutes`);
   * 0 = no minimum.
   * @default 0
   */
  readonly minAgeMinutes?: number;
  /**
   * Number of earlier passwords that cannot be reused (`password_history_count`); 0 = none.
   * @default 0
   */
  readonly historyCount?: number;
  /**
   * Failed Okta sign-ins before the account is locked in Okta (`password_max_lockout_attempts`);
   * 0 = never locked.
   * @default 10
   */
  readonly maxLockoutAttempts?: number;
  /**
   * Minutes until a locked account unlocks by itself (`password_auto_unlock_minutes`); 0 = only an
   * admin or self-service unlock.
   * @default 0
   */
  readonly autoUnlockMinutes?: number;
  /**
   * Tell users their account is locked (`password_show_lockout_failures`).
   * @default false
   */
  readonly showLockoutFailures?: boolean;
  /**
   * Self-service password reset by email (`email_recovery` ACTIVE / INACTIVE); the new password is
   * written to LDAP by the agent, if the LDAP server's policy allows the change.
   * @default true
   */
  readonly emailRecovery?: boolean;
  /**
   * Self-service password reset by SMS (`sms_recovery`).
   * @default false
   */
  readonly smsRecovery?: boolean;
  /**
   * Self-service password reset by voice call (`call_recovery`).
   * @default false
   */
  readonly callRecovery?: boolean;
  /**
   * Security question as a recovery step (`question_recovery`).
   * @default true
   */
  readonly questionRecovery?: boolean;
  /**
   * Minutes the recovery email's link is valid (`recovery_email_token`).
   * @default 60
   */
  readonly recoveryEmailTokenMinutes?: number;
  /**
   * Minimum length of the security question's answer (`question_min_length`).
   * @default 4
   */
  readonly questionMinLength?: number;
}
