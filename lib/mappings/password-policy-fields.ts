import type { LdapPasswordPolicy } from './mapping-types';

/**
 * The settings of an LDAP password policy that Okta applies to LDAP users, with the `okta_policy_password`
 * argument each becomes and its default: the okta provider's own default
 * (okta/resource_okta_policy_password.go:73-161, tag v4.20.0), which it would send anyway for an
 * unset argument (:305-366). The construct writes every one into the plan.
 */
export interface PasswordPolicyField {
  readonly prop: Extract<keyof LdapPasswordPolicy, string>;
  /** The `okta_policy_password` argument. */
  readonly argument: string;
  /** `count`: a whole number >= 0; `flag`: a boolean; `status`: a boolean sent as ACTIVE / INACTIVE. */
  readonly kind: 'count' | 'flag' | 'status';
  readonly defaultValue: number | boolean;
  /** Smallest allowed count (0 unless said). */
  readonly min?: number;
}

export const PASSWORD_POLICY_FIELDS: readonly PasswordPolicyField[] = [
  { prop: 'commonPasswordCheck', argument: 'password_dictionary_lookup', kind: 'flag', defaultValue: false },
  { prop: 'maxAgeDays', argument: 'password_max_age_days', kind: 'count', defaultValue: 0 },
  { prop: 'expireWarnDays', argument: 'password_expire_warn_days', kind: 'count', defaultValue: 0 },
  { prop: 'minAgeMinutes', argument: 'password_min_age_minutes', kind: 'count', defaultValue: 0 },
  { prop: 'historyCount', argument: 'password_history_count', kind: 'count', defaultValue: 0 },
  { prop: 'maxLockoutAttempts', argument: 'password_max_lockout_attempts', kind: 'count', defaultValue: 10 },
  { prop: 'autoUnlockMinutes', argument: 'password_auto_unlock_minutes', kind: 'count', defaultValue: 0 },
  {
    prop: 'showLockoutFailures',
    argument: 'password_show_lockout_failures',
    kind: 'flag',
    defaultValue: false,
  },
  { prop: 'emailRecovery', argument: 'email_recovery', kind: 'status', defaultValue: true },
  { prop: 'smsRecovery', argument: 'sms_recovery', kind: 'status', defaultValue: false },
  { prop: 'callRecovery', argument: 'call_recovery', kind: 'status', defaultValue: false },
  { prop: 'questionRecovery', argument: 'question_recovery', kind: 'status', defaultValue: true },
  {
    prop: 'recoveryEmailTokenMinutes',
    argument: 'recovery_email_token',
    kind: 'count',
    defaultValue: 60,
    min: 1,
  },
  { prop: 'questionMinLength', argument: 'question_min_length', kind: 'count', defaultValue: 4, min: 1 },
];

/** The value of a field as written into the plan (`ACTIVE`/`INACTIVE` for a status). */
export function passwordPolicyArgument(field: PasswordPolicyField, policy: LdapPasswordPolicy): unknown {
  const value = (policy[field.prop] as number | boolean | undefined) ?? field.defaultValue;
  if (field.kind !== 'status' || typeof value !== 'boolean') return value;
  return value ? 'ACTIVE' : 'INACTIVE';
}
