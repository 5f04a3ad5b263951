/**
 * The one table of review risk levels: which change to an Okta LDAP integration (in the static diff
 * of two synthesized apps, or in a Terraform plan) is high, medium or low risk, and why, in the
 * admin's words. `docs/review.md` lists the same table; a test keeps the two in sync.
 */
import { LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import { LdapConnectionSecurity } from '../settings/setting-choices';
import { SettingRisk, settingPathsAt } from '../settings/settings-fields';
import { isDnWithin } from '../ldap-names/dn';
import { hiddenCharacters } from '../text/untrusted-text';
import { takesGroupTargets } from '../mappings/role-targets';
import { DiffArea, roleMappingItem, type ValueChange } from './diff-model';
import { OKTA_GROUP_FIELD, ROLE_FIELD } from './replaced-mappings';
import { differingAttributes, type TerraformChange } from './terraform-changes';
import { RISK_LEVELS, RiskLevel, type RiskRule, type RiskSubject, type RiskTableRule } from './risk-rule';
import { CONFIG_RISK_RULES } from './config-risk-rules';
import { PlanAction } from './terraform-plan';

/** The settings whose change puts each risk at risk, from the settings field table. */
const PATHS_AT: ReadonlyMap<SettingRisk, ReadonlySet<string>> = new Map(
  Object.values(SettingRisk).map((risk) => [risk, settingPathsAt(risk)]),
);
/** Keys of the settings area that are construct props, not values entered in the console. */
const NOT_CONSOLE_SETTINGS = new Set([
  'ldapAppId',
  'bindPasswordVariable',
  'deleteWhenAbsent',
  'profileMappingRemoval',
]);
const SECURITY_RANK: Record<string, number> = {
  [LdapConnectionSecurity.LDAPS]: 2,
  [LdapConnectionSecurity.STARTTLS]: 1,
  [LdapConnectionSecurity.PLAIN]: 0,
};
/** Roles whose power is org-wide whatever their targets (APP_ADMIN: listed as high by design). */
const WIDE_ROLES = new Set<string>([
  OktaAdminRole.SUPER_ADMIN,
  OktaAdminRole.ORG_ADMIN,
  OktaAdminRole.APP_ADMIN,
  OktaAdminRole.API_ADMIN,
  OktaAdminRole.CUSTOM,
]);

/**
 * Whether a role mapping gives wide admin power: SUPER_ADMIN, ORG_ADMIN, APP_ADMIN, API_ADMIN, a
 * CUSTOM role (its permissions are defined in Okta, not here), or a group-targetable role without
 * target groups (it then applies to every group).
 */
export function isWideRole(m: Pick<LdapRoleMapping, 'role' | 'targetGroupIds'>): boolean {
  if (WIDE_ROLES.has(m.role)) return true;
  return takesGroupTargets(m.role) && (m.targetGroupIds ?? []).length === 0;
}

const diff = (s: RiskSubject, area: DiffArea): ValueChange | undefined =>
  s.kind === 'diff' && s.change.area === area ? s.change : undefined;
const setting = (s: RiskSubject, keys: (key: string) => boolean): ValueChange | undefined => {
  const c = diff(s, DiffArea.SETTING);
  return c !== undefined && keys(c.key) ? c : undefined;
};
/** The change of a setting whose field the settings table marks with one of `risks`. */
const settingAt = (s: RiskSubject, ...risks: SettingRisk[]): ValueChange | undefined =>
  setting(s, (k) => risks.some((risk) => PATHS_AT.get(risk)?.has(k) === true));
/** A row's test: the subject changes a setting whose field is marked with one of `risks`. */
const changesSettingAt =
  (...risks: SettingRisk[]) =>
  (s: RiskSubject): boolean =>
    settingAt(s, ...risks) !== undefined;
/** A mapping of `area` removed as a whole (not one of its fields). */
const mappingRemoved = (s: RiskSubject, area: DiffArea): boolean =>
  diff(s, area)?.kind === 'removed' && s.kind === 'diff' && s.change.field === undefined;
const planned = (s: RiskSubject, types: readonly string[], actions: readonly PlanAction[]): boolean =>
  s.kind === 'plan' && !s.explained && types.includes(s.resource.type) && actions.includes(s.resource.action);

/** Attributes of `okta_group_role` that say which role is granted to whom. */
const GRANT_ATTRIBUTES = [
  'role_type',
  'group_id',
  'target_group_list',
  'target_app_list',
  'role_id',
  'resource_set_id',
];
const grants = (attributes: readonly string[]): boolean =>
  attributes.some((a) => GRANT_ATTRIBUTES.includes(a));

/**
 * The role an `okta_group_role`'s attributes grant; targets unknown until apply count as targets. A
 * role type that is not one literal role (an expression, unknown until apply, absent, a repeated key)
 * counts as the widest, SUPER_ADMIN; so does a block repeated by `count` or `for_each`.
 */
function roleOf(
  attrs: Readonly<Record<string, unknown>> | undefined,
  unknown: readonly string[] = [],
): Pick<LdapRoleMapping, 'role' | 'targetGroupIds'> | undefined {
  if (attrs === undefined) return undefined;
  const role = attrs.role_type;
  const literal =
    typeof role === 'string' &&
    (Object.values(OktaAdminRole) as string[]).includes(role) &&
    !unknown.includes('role_type') &&
    attrs.for_each === undefined &&
    attrs.count === undefined;
  if (!literal) return { role: OktaAdminRole.SUPER_ADMIN, targetGroupIds: [] };
  const targets = Array.isArray(attrs?.target_group_list)
    ? (attrs.target_group_list as unknown[]).map(String)
    : [];
  if (unknown.includes('target_group_list')) targets.push('(known after apply)');
  return { role: role as OktaAdminRole, targetGroupIds: targets };
}

/**
 * The admin role an `okta_group_role` is given by a resource change or a planned one (created,
 * replaced, or changed in what it grants), read from the resource's own attributes.
 */
function grantedRole(s: RiskSubject): Pick<LdapRoleMapping, 'role' | 'targetGroupIds'> | undefined {
  if (s.kind === 'terraform') {
    const c = s.change;
    if (c.type !== 'okta_group_role' || c.mode !== 'managed') return undefined;
    return c.kind === 'added' || (c.kind === 'changed' && grants(c.attributes)) ? roleOf(c.after) : undefined;
  }
  if (s.kind !== 'plan' || s.resource.type !== 'okta_group_role') return undefined;
  const r = s.resource;
  const granted =
    r.action === PlanAction.CREATE ||
    r.action === PlanAction.REPLACE ||
    (r.action === PlanAction.UPDATE && grants(differingAttributes(r.before, r.after)));
  return granted ? roleOf(r.after, r.afterUnknown) : undefined;
}

/** A resource change of one of `types` in `cdk.tf.json`. */
const resourceChange = (s: RiskSubject, type: string): TerraformChange | undefined =>
  s.kind === 'terraform' && s.change.mode === 'managed' && s.change.type === type ? s.change : undefined;
const touches = (c: TerraformChange | undefined, attributes: readonly string[]): boolean =>
  c !== undefined && c.attributes.some((a) => attributes.includes(a));

/** A password policy resource removed, re-scoped (a group left out, priority), or no longer for LDAP. */
function policyRescoped(s: RiskSubject): boolean {
  const c = resourceChange(s, 'okta_policy_password');
  if (c === undefined || c.kind === 'added') return false;
  if (c.kind === 'removed' || touches(c, ['priority', 'auth_provider', 'status'])) return true;
  const groups = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const after = new Set(groups(c.after?.groups_included));
  return groups(c.before?.groups_included).some((g) => !after.has(g));
}

/** The role mapping added (or given another role, `ROLE_FIELD`) by a change, from the head manifest. */
function addedRole(s: RiskSubject): LdapRoleMapping | undefined {
  const c = diff(s, DiffArea.ROLE_MAPPING);
  const granted = c?.kind === 'added' || (c?.kind === 'changed' && c.field === ROLE_FIELD);
  if (c === undefined || !granted || s.kind !== 'diff') return undefined;
  return s.head?.roleMappings.find((r) => roleMappingItem(r) === c.item);
}

/** A base moved to a folder that holds the old one (nothing drops out), e.g. `ou=Users,o=x` → `o=x`. */
function widened(c: ValueChange): boolean {
  if (!c.key.endsWith('.searchBase') || c.before === undefined || c.after === undefined) return false;
  try {
    return isDnWithin(c.before, c.after);
  } catch {
    return false;
  }
}
/** A change of an import scope setting that may drop entries out of the import (anything but `widened`). */
const narrows = (c: ValueChange | undefined): boolean => c !== undefined && !widened(c);

const roleTargetsChange = (s: RiskSubject): ValueChange | undefined => {
  const c = diff(s, DiffArea.ROLE_MAPPING);
  return c !== undefined && (c.field === 'targetGroupIds' || c.field === 'targetApps') ? c : undefined;
};
const targetsOf = (v: string | undefined): string[] => (v === undefined ? [] : v.split(', '));

/** How many hidden characters a text holds. */
const hiddenCount = (text: string | undefined): number =>
  text === undefined ? 0 : hiddenCharacters(text).length;

/**
 * Whether a change brings in more hidden characters than it had: in an added key or in the new
 * value of the static diff, or in the attributes of an okta resource of `cdk.tf.json`.
 */
function introducesHiddenCharacters(s: RiskSubject): boolean {
  if (s.kind === 'diff') {
    const c = s.change;
    const keyIsNew = c.kind === 'added' ? hiddenCount(c.key) : 0;
    return keyIsNew > 0 || hiddenCount(c.after) > hiddenCount(c.before);
  }
  if (s.kind === 'terraform') {
    const text = (v: unknown): string | undefined => (v === undefined ? undefined : JSON.stringify(v));
    return (
      hiddenCount(s.change.address) > 0 ||
      hiddenCount(text(s.change.after)) > hiddenCount(text(s.change.before))
    );
  }
  return false;
}

/** The risk table of the integrations' own changes, most dangerous first. */
const INTEGRATION_RISK_RULES: readonly RiskTableRule[] = [
  {
    id: 'RISK-MANIFEST-MISMATCH',
    level: RiskLevel.HIGH,
    title: 'Manifest disagrees with Terraform',
    reason:
      "the integration's manifest (a comment in cdk.tf.json that Terraform ignores, and what the rest of this review reads) says something else than the resource Terraform will apply: trust the resource, and find out what changed cdk.tf.json",
    applies: (s) => s.kind === 'manifest-check' && s.finding === 'mismatch',
  },
  {
    id: 'RISK-UNACCOUNTED-RESOURCE',
    level: RiskLevel.HIGH,
    title: 'Okta resource in no manifest',
    reason:
      "Terraform will manage this okta resource or data source, but no integration's manifest accounts for it, so nothing else in this review describes it: read its attributes in cdk.tf.json and the code that made it",
    applies: (s) => s.kind === 'manifest-check' && s.finding === 'unaccounted',
  },
  {
    id: 'RISK-INTEGRATION-REMOVED',
    level: RiskLevel.HIGH,
    title: 'Integration removed',
    reason:
      'Terraform destroys every Okta resource of the integration: its groups and rules, admin roles and password policy go, and the profile mapping is cleared (all but login)',
    applies: (s) => s.kind === 'integration' && s.change === 'removed',
  },
  {
    id: 'RISK-ROLE-CUSTOM',
    level: RiskLevel.HIGH,
    title: 'Custom admin role granted',
    reason:
      'every member of the LDAP group gets the permissions of this custom role over the resources of this resource set, both defined in Okta, not in this code: read them in the Admin Console (Security → Administrators → Roles and Resources)',
    applies: (s) => (addedRole(s) ?? grantedRole(s))?.role === OktaAdminRole.CUSTOM,
  },
  {
    id: 'RISK-ROLE-WIDE',
    level: RiskLevel.HIGH,
    title: 'Wide admin role granted',
    reason:
      'every member of the LDAP group becomes this Okta admin over the whole org (or all groups / all apps): whoever can add members to the group in the directory grants it',
    applies: (s) => {
      const r = addedRole(s) ?? grantedRole(s);
      return r !== undefined && isWideRole(r);
    },
  },
  {
    id: 'RISK-ROLE-WIDENED',
    level: RiskLevel.HIGH,
    title: 'Admin role widened to all',
    reason: "the role's targets were removed: it now applies to every group (or every app) of the org",
    applies: (s) => {
      const c = roleTargetsChange(s);
      return c !== undefined && c.before !== undefined && c.after === undefined;
    },
  },
  {
    id: 'RISK-LDAP-APP',
    level: RiskLevel.HIGH,
    title: 'Okta LDAP app changed',
    reason:
      'every Okta resource is pointed at another directory app: group lookups, the profile mapping and schema properties now act on that app',
    applies: (s) => setting(s, (k) => k === 'ldapAppId')?.kind === 'changed',
  },
  {
    id: 'RISK-UNIQUE-ID',
    level: RiskLevel.HIGH,
    title: 'Unique identifier attribute changed',
    reason:
      'Okta links each LDAP entry to its Okta user by this attribute: at the next import every user is re-linked, and users it cannot match are duplicated or deactivated',
    applies: changesSettingAt(SettingRisk.USER_IDENTITY),
  },
  {
    id: 'RISK-USER-SCOPE',
    level: RiskLevel.HIGH,
    title: 'Users may drop out of the import',
    reason:
      'users outside the new search base, object class or filter are unassigned and deactivated at the next import, unless the import safeguard stops it',
    applies: (s) => narrows(settingAt(s, SettingRisk.USER_SCOPE)),
  },
  {
    id: 'RISK-GROUP-SCOPE',
    level: RiskLevel.HIGH,
    title: 'Groups may drop out of the import',
    reason:
      'LDAP groups outside the new search base, object class or filter are removed from Okta at the next import: their group rules stop matching and members lose the mapped groups and roles',
    applies: (s) => narrows(settingAt(s, SettingRisk.GROUP_SCOPE)),
  },
  {
    id: 'RISK-USERNAME-FORMAT',
    level: RiskLevel.HIGH,
    title: 'Okta username format changed',
    reason: "every imported user's Okta username (their sign-in name) changes at the next import",
    applies: changesSettingAt(SettingRisk.USERNAME),
  },
  {
    id: 'RISK-SECURITY-WEAKENED',
    level: RiskLevel.HIGH,
    title: 'Connection security weakened',
    reason:
      'the agent talks to the directory with less protection (LDAPS → StartTLS → plain): bind password and user data may cross the network readable',
    applies: (s) => {
      const c = settingAt(s, SettingRisk.CONNECTION_SECURITY);
      return c !== undefined && (SECURITY_RANK[c.after ?? ''] ?? 0) < (SECURITY_RANK[c.before ?? ''] ?? 0);
    },
  },
  {
    id: 'RISK-BIND-DN',
    level: RiskLevel.HIGH,
    title: 'Bind DN changed',
    reason:
      'the agent binds as another account: enter it and its password on the agent; an account that cannot see every user and group makes the next import unassign the ones it misses',
    applies: (s) => settingAt(s, SettingRisk.BIND_ACCOUNT)?.kind === 'changed',
  },
  {
    id: 'RISK-DELETE-WHEN-ABSENT',
    level: RiskLevel.HIGH,
    title: 'deleteWhenAbsent turned on',
    reason:
      'profile mapping properties set in the Admin Console but not listed in userMappings are deleted at apply',
    applies: (s) => {
      const c = setting(s, (k) => k === 'deleteWhenAbsent');
      return c !== undefined && c.after === 'true';
    },
  },
  {
    id: 'RISK-GROUP-RENAMED',
    level: RiskLevel.HIGH,
    title: 'Okta group renamed',
    reason:
      'the group is replaced: Terraform deletes it and creates one of the new name with a new id, so its app assignments and memberships are lost (the group rule fills the new one again at the next import)',
    applies: (s) => diff(s, DiffArea.GROUP_MAPPING)?.field === OKTA_GROUP_FIELD,
  },
  {
    id: 'RISK-GROUP-MAPPING-REMOVED',
    level: RiskLevel.HIGH,
    title: 'Group mapping removed',
    reason:
      'the Okta group and its group rule are deleted: members lose the group and every app assigned to it (the LDAP group stays)',
    applies: (s) => mappingRemoved(s, DiffArea.GROUP_MAPPING),
  },
  {
    id: 'RISK-PROFILE-EXPRESSION',
    level: RiskLevel.HIGH,
    title: 'Profile mapping expression changed',
    reason: "every user's attribute is rewritten from the new expression at the next import",
    applies: (s) => diff(s, DiffArea.USER_MAPPING)?.kind === 'changed',
  },
  {
    id: 'RISK-PROFILE-PROPERTY-DELETED',
    level: RiskLevel.HIGH,
    title: 'Profile mapping property deleted',
    reason:
      'with deleteWhenAbsent the property is removed from the profile mapping: Okta stops filling it from LDAP',
    applies: (s) =>
      diff(s, DiffArea.USER_MAPPING)?.kind === 'removed' &&
      s.kind === 'diff' &&
      s.head?.deleteWhenAbsent === true &&
      // With no mapping left the profile mapping resource is gone, so nothing is written to it.
      Object.keys(s.head.userMappings).length > 0,
  },
  {
    id: 'RISK-PROFILE-MAPPING-DESTROYED',
    level: RiskLevel.HIGH,
    title: 'Profile mapping destroyed',
    reason:
      'on destroy the okta provider sets every property of the mapping except login to null: users keep their values but nothing is filled from LDAP any more',
    applies: (s) =>
      planned(s, ['okta_profile_mapping'], [PlanAction.DELETE, PlanAction.REPLACE]) ||
      // With the default profileMappingRemoval (PROTECT) a mapping gone from the code is forgotten
      // by a `removed` block, not destroyed: only CLEAR lets Terraform destroy it.
      (diff(s, DiffArea.RESOURCE)?.kind === 'removed' &&
        s.kind === 'diff' &&
        s.change.key.startsWith('okta_profile_mapping.') &&
        s.head?.profileMappingRemoval === 'CLEAR'),
  },
  {
    id: 'RISK-PROFILE-MAPPING-CHANGED',
    level: RiskLevel.HIGH,
    title: 'Profile mapping resource changed',
    reason:
      "the okta_profile_mapping is created, destroyed or changed (expressions, apps, delete_when_absent) with no user mapping change of the manifest to explain it: every user's attributes are rewritten from it at the next import, or all but login cleared when it is destroyed",
    applies: (s) => {
      const c = resourceChange(s, 'okta_profile_mapping');
      return (
        c !== undefined &&
        s.kind === 'terraform' &&
        !s.explained &&
        (c.kind !== 'changed' || touches(c, ['mappings', 'delete_when_absent', 'source_id', 'target_id']))
      );
    },
  },
  {
    id: 'RISK-RULE-REPLACED',
    level: RiskLevel.HIGH,
    title: 'Group rule replaced',
    reason:
      'Terraform deletes the rule and creates a new one (group_assignments forces replacement): members can briefly drop out of the group (okta/terraform-provider-okta#2641)',
    applies: (s) => planned(s, ['okta_group_rule'], [PlanAction.REPLACE]),
  },
  {
    id: 'RISK-GROUP-RULE-CHANGED',
    level: RiskLevel.HIGH,
    title: 'Group rule expression or target group changed',
    reason:
      'who the rule puts into which Okta group changes: members can gain or lose the group and every app assigned to it, and a new group_assignments replaces the rule (members can briefly drop out, okta/terraform-provider-okta#2641)',
    applies: (s) => {
      const c = resourceChange(s, 'okta_group_rule');
      return c?.kind === 'changed' && touches(c, ['expression_value', 'group_assignments']);
    },
  },
  {
    id: 'RISK-GROUP-DESTROYED',
    level: RiskLevel.HIGH,
    title: 'Okta group destroyed',
    reason:
      'the Okta group is deleted (and re-created when replaced, with a new id): members lose it and every app assigned to it',
    applies: (s) => planned(s, ['okta_group'], [PlanAction.DELETE, PlanAction.REPLACE]),
  },
  {
    id: 'RISK-SCHEMA-PROPERTY-DESTROYED',
    level: RiskLevel.HIGH,
    title: 'App user schema property destroyed',
    reason:
      "the LDAP app user attribute is deleted (index, type, external name or scope changes force it): every user's value of it is lost",
    applies: (s) => planned(s, ['okta_app_user_schema_property'], [PlanAction.DELETE, PlanAction.REPLACE]),
  },
  {
    id: 'RISK-HIDDEN-CHARACTERS',
    level: RiskLevel.HIGH,
    title: 'Hidden characters introduced',
    reason:
      'a name or value now holds characters a reader cannot see (shown as <U+XXXX>): bidi controls reorder what the review shows, zero-width characters make two different names look equal, controls can rewrite a log; Okta and the directory act on the hidden text',
    applies: (s) => introducesHiddenCharacters(s),
  },
  {
    id: 'RISK-ROLE-GRANT',
    level: RiskLevel.MEDIUM,
    title: 'Limited admin role granted',
    reason:
      'every member of the LDAP group becomes this Okta admin, limited to its targets or to read-only, report or mobile tasks',
    // A planned limited role stays a planned change: the static review ranks the grant.
    applies: (s) => addedRole(s) !== undefined || (s.kind === 'terraform' && grantedRole(s) !== undefined),
  },
  {
    id: 'RISK-ROLE-TARGETS-ADDED',
    level: RiskLevel.MEDIUM,
    title: 'Admin role targets added',
    reason: 'the role now also applies to the added groups or apps',
    applies: (s) => {
      const c = roleTargetsChange(s);
      if (c === undefined) return false;
      const before = new Set(targetsOf(c.before));
      return targetsOf(c.after).some((t) => !before.has(t));
    },
  },
  {
    id: 'RISK-ROLE-REMOVED',
    level: RiskLevel.MEDIUM,
    title: 'Admin role removed',
    reason: 'members of the LDAP group lose this Okta admin role at apply',
    applies: (s) =>
      mappingRemoved(s, DiffArea.ROLE_MAPPING) || resourceChange(s, 'okta_group_role')?.kind === 'removed',
  },
  {
    id: 'RISK-SCOPE-WIDENED',
    level: RiskLevel.MEDIUM,
    title: 'Search base widened',
    reason: 'the new base holds the old one: nobody drops out, but more users or groups may be imported',
    applies: (s) => {
      const c = settingAt(s, SettingRisk.USER_SCOPE, SettingRisk.GROUP_SCOPE);
      return c !== undefined && widened(c);
    },
  },
  {
    id: 'RISK-ACCOUNT-STATUS',
    level: RiskLevel.MEDIUM,
    title: 'Account status attributes changed',
    reason: 'users whose entries now read as disabled are deactivated in Okta at the next import',
    applies: changesSettingAt(SettingRisk.ACCOUNT_STATUS),
  },
  {
    id: 'RISK-GROUP-MEMBERSHIP',
    level: RiskLevel.MEDIUM,
    title: 'Group membership attributes changed',
    reason:
      'group memberships are read differently at the next import: members can be added to or dropped from groups and the roles they carry',
    applies: changesSettingAt(SettingRisk.MEMBERSHIP),
  },
  {
    id: 'RISK-AGENT-CONNECTION',
    level: RiskLevel.MEDIUM,
    title: 'Agent connection changed',
    reason:
      'the LDAP agent must be re-configured on its host; until then (or with a wrong value) imports and delegated sign-in fail',
    applies: changesSettingAt(SettingRisk.AGENT_CONNECTION, SettingRisk.BIND_ACCOUNT),
  },
  {
    id: 'RISK-PROFILE-PROPERTY-ADDED',
    level: RiskLevel.MEDIUM,
    title: 'Profile mapping property added',
    reason: "every user's attribute is set from LDAP at the next import, overwriting values edited in Okta",
    applies: (s) => diff(s, DiffArea.USER_MAPPING)?.kind === 'added',
  },
  {
    id: 'RISK-PASSWORD-POLICY',
    level: RiskLevel.MEDIUM,
    title: 'LDAP password policy removed or re-scoped',
    reason: 'LDAP users it no longer covers fall back to the next password policy (often the default one)',
    applies: (s) => {
      const c = diff(s, DiffArea.PASSWORD_POLICY);
      return (
        (c !== undefined && (c.kind === 'removed' || c.field === 'groups' || c.field === 'priority')) ||
        policyRescoped(s)
      );
    },
  },
  {
    id: 'RISK-DRIFT',
    level: RiskLevel.MEDIUM,
    title: 'Changed outside Terraform',
    reason:
      'the resource was changed in Okta (console or API) since the last apply: this apply puts it back as the code says',
    applies: (s) => s.kind === 'plan' && s.resource.drifted,
  },
  {
    id: 'RISK-PLAN-DESTROY',
    level: RiskLevel.MEDIUM,
    title: 'Okta resource destroyed',
    reason:
      'Terraform deletes (or deletes and re-creates) it although the static diff shows no removal: check why (a moved construct id, drift)',
    applies: (s) =>
      s.kind === 'plan' &&
      !s.explained &&
      s.resource.type.startsWith('okta_') &&
      (s.resource.action === PlanAction.DELETE || s.resource.action === PlanAction.REPLACE),
  },
  {
    id: 'RISK-UNEXPLAINED-CHANGE',
    level: RiskLevel.MEDIUM,
    title: 'Okta resource change the manifest does not explain',
    reason:
      "Terraform will create, change or delete it, but no change of the integration's manifest (what the rest of this review reads) accounts for it: read the attribute change",
    applies: (s) => s.kind === 'terraform' && !s.explained,
  },
  {
    id: 'RISK-GUARD-RERUN',
    level: RiskLevel.LOW,
    title: 'Preflight guard runs again',
    reason:
      'the settings or mappings changed, so the preflight checks the directory again before Okta is touched',
    applies: (s) => s.kind === 'plan' && s.resource.type === 'terraform_data',
  },
  {
    id: 'RISK-PLAN-ADOPT',
    level: RiskLevel.LOW,
    title: 'Existing Okta object adopted',
    reason:
      'an import block (adoption file) brings the object made by hand under Terraform; the import itself changes nothing in Okta',
    applies: (s) =>
      s.kind === 'plan' && s.resource.importId !== undefined && s.resource.action === PlanAction.NO_OP,
  },
  {
    id: 'RISK-PLAN-CHANGE',
    level: RiskLevel.LOW,
    title: 'Planned as the code says',
    reason:
      'Terraform creates it, updates it in place, forgets it (kept in Okta), or deletes it for a mapping removed in the code',
    applies: (s) => s.kind === 'plan',
  },
  {
    id: 'RISK-SETTING',
    level: RiskLevel.LOW,
    title: 'Setting changed',
    reason:
      'an admin re-enters it by hand in the agent installer or the Admin Console (Okta has no API for it)',
    applies: (s) => setting(s, (k) => !NOT_CONSOLE_SETTINGS.has(k)) !== undefined,
  },
  {
    id: 'RISK-OTHER',
    level: RiskLevel.LOW,
    title: 'Other change',
    reason: 'no access or account changes follow from it alone',
    applies: () => true,
  },
];

/**
 * The risk table, most dangerous first: for each level, the rows about what Terraform loads beside the
 * integrations (`config-risk-rules.ts`), then those of the integrations' changes. The last rule
 * applies to everything.
 */
export const RISK_RULES: readonly RiskTableRule[] = RISK_LEVELS.flatMap((level) => [
  ...CONFIG_RISK_RULES.filter((r) => r.level === level),
  ...INTEGRATION_RISK_RULES.filter((r) => r.level === level),
]);

/** The rule that decides the risk of a subject: the first of the table that applies. */
export function riskRuleFor(subject: RiskSubject): RiskRule {
  return RISK_RULES.find((r) => r.applies(subject))!;
}
