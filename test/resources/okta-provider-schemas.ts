/**
 * Argument and attribute names (nested block fields included) of the okta resources and data
 * sources this library emits, read from the okta provider's source: the keys of each schema map in
 * the files below (github.com/okta/terraform-provider-okta; v4.20.0 under okta/, v6.12.0 under
 * okta/services/idaas/; `okta_policy_password` adds policy.go, `okta_app_user_schema_property`
 * adds user_schema_property.go; `okta_group_rule`'s `status` is the shared `statusSchema`, written
 * `"status": statusSchema`). v7.0.0 is not in the source snapshot available here.
 */
/** v4.20.0 (okta/). */
const V4_20_0: Record<string, readonly string[]> = {
  okta_group: ['custom_profile_attributes', 'description', 'name', 'skip_users'],
  okta_group_rule: [
    'expression_type',
    'expression_value',
    'group_assignments',
    'name',
    'remove_assigned_users',
    'status',
    'users_excluded',
  ],
  okta_group_role: [
    'disable_notifications',
    'group_id',
    'resource_set_id',
    'role_id',
    'role_type',
    'target_app_list',
    'target_group_list',
  ],
  okta_profile_mapping: [
    'always_apply',
    'delete_when_absent',
    'expression',
    'id',
    'mappings',
    'push_status',
    'source_id',
    'source_name',
    'source_type',
    'target_id',
    'target_name',
    'target_type',
  ],
  okta_policy_password: [
    'auth_provider',
    'call_recovery',
    'default_included_group_id',
    'description',
    'email_recovery',
    'groups_included',
    'name',
    'password_auto_unlock_minutes',
    'password_dictionary_lookup',
    'password_exclude_first_name',
    'password_exclude_last_name',
    'password_exclude_username',
    'password_expire_warn_days',
    'password_history_count',
    'password_lockout_notification_channels',
    'password_max_age_days',
    'password_max_lockout_attempts',
    'password_min_age_minutes',
    'password_min_length',
    'password_min_lowercase',
    'password_min_number',
    'password_min_symbol',
    'password_min_uppercase',
    'password_show_lockout_failures',
    'priority',
    'question_min_length',
    'question_recovery',
    'recovery_email_token',
    'skip_unlock',
    'sms_recovery',
    'status',
  ],
  okta_app_user_schema_property: [
    'app_id',
    'array_enum',
    'array_one_of',
    'array_type',
    'const',
    'description',
    'enum',
    'external_name',
    'external_namespace',
    'index',
    'master',
    'max_length',
    'min_length',
    'one_of',
    'pattern',
    'permissions',
    'required',
    'scope',
    'title',
    'type',
    'union',
    'unique',
    'user_type',
  ],
  'data.okta_groups': [
    'custom_profile_attributes',
    'description',
    'groups',
    'id',
    'limit',
    'name',
    'q',
    'search',
    'source',
    'type',
  ],
  'data.okta_user_type': ['description', 'display_name', 'id', 'name'],
};

/**
 * v6.12.0 (okta/services/idaas/): read the same way, every list is the same as at v4.20.0 except
 * `okta_policy_password`, which adds the `breached_password_*` arguments.
 */
const V6_12_0: Record<string, readonly string[]> = {
  ...V4_20_0,
  okta_policy_password: [
    ...V4_20_0.okta_policy_password!,
    'breached_password_delegated_workflow_id',
    'breached_password_expire_after_days',
    'breached_password_logout_enabled',
  ],
};

export const PROVIDER_SCHEMAS: Record<string, Record<string, readonly string[]>> = {
  '4.20.0': V4_20_0,
  '6.12.0': V6_12_0,
};
