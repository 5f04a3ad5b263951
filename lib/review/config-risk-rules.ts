/**
 * The rows of the risk table about what Terraform loads beside the integrations' own resources: files
 * and blocks the review cannot read, the deploy guard, side effects, other providers' resources,
 * privilege-granting okta types, and where the provider sends its credentials. All but the Terraform
 * settings row are high: the review cannot vouch for any of it.
 */
import { StackLoadFindingKind } from '../manifest/integration-manifest';
import { PlanAction } from './terraform-plan';
import { RiskLevel, type RiskSubject, type RiskTableRule, StackCheckKind } from './risk-rule';

/**
 * Okta types that grant, assign or change admin rights, group membership or app access. The
 * construct makes only `okta_group_role` and `okta_group_rule` of them, which the review judges by
 * their own rules (`RISK-ROLE-*`, `RISK-GROUP-RULE-CHANGED`) when a manifest accounts for them.
 */
export const PRIVILEGE_TYPE =
  /^okta_(?:admin_role_\w+|resource_set\w*|role_subscription|user_admin_roles|group_roles?|app_group_assignments?|app_user|group_memberships?|user_group_memberships|group_rule|user|app_oauth_api_scope|app_oauth_role_assignment)$/;

/** Types the construct never makes that grant privileges (see `PRIVILEGE_TYPE`). */
const CONSTRUCT_PRIVILEGE_TYPES = new Set(['okta_group_role', 'okta_group_rule']);

const load = (s: RiskSubject, ...kinds: StackLoadFindingKind[]): boolean =>
  s.kind === 'load' && kinds.includes(s.finding.kind);
const check = (s: RiskSubject, kind: StackCheckKind): boolean => s.kind === 'stack-check' && s.check === kind;

/** A block of a privilege-granting type the construct does not make, added or changed, planned, or in no manifest. */
function grantsPrivilege(s: RiskSubject): boolean {
  const foreign = (type: string): boolean =>
    PRIVILEGE_TYPE.test(type) && !CONSTRUCT_PRIVILEGE_TYPES.has(type);
  if (s.kind === 'terraform') return s.change.kind !== 'removed' && foreign(s.change.type);
  if (s.kind === 'manifest-check') return s.finding === 'unaccounted' && foreign(s.type ?? '');
  if (s.kind === 'plan') {
    const r = s.resource;
    const acts = [PlanAction.CREATE, PlanAction.UPDATE, PlanAction.REPLACE].includes(r.action);
    return acts && foreign(r.type);
  }
  return false;
}

/** A planned `forget` of an okta resource that grants access (`PRIVILEGE_TYPE`): it stays granted in Okta. */
function forgetsGrant(s: RiskSubject): boolean {
  return s.kind === 'plan' && s.resource.action === PlanAction.FORGET && PRIVILEGE_TYPE.test(s.resource.type);
}

/** A planned resource of another provider, or a `terraform_data` no integration lists, that Terraform will create or change. */
function plannedSideEffect(s: RiskSubject): boolean {
  if (s.kind !== 'plan' || s.owned === true || s.resource.type.startsWith('okta_')) return false;
  return [PlanAction.CREATE, PlanAction.UPDATE, PlanAction.REPLACE].includes(s.resource.action);
}

/** The rows, most dangerous first; `risk-rules.ts` places them in the one table. */
export const CONFIG_RISK_RULES: readonly RiskTableRule[] = [
  {
    id: 'RISK-GUARD',
    level: RiskLevel.HIGH,
    title: 'Deploy guard changed or bypassed',
    reason:
      "the preflight guard that checks the directory before Okta is touched does not do what the integration's manifest says: read what the deploy will do instead",
    applies: (s) => check(s, StackCheckKind.GUARD),
  },
  {
    id: 'RISK-SIDE-EFFECT',
    level: RiskLevel.HIGH,
    title: 'Command or outside call added',
    reason:
      'Terraform runs a command (provisioner, local-exec, a terraform_data or null_resource) or calls out (external, http) where the deploy runs, with the Okta token and the bind password in its environment',
    applies: (s) => check(s, StackCheckKind.SIDE_EFFECT) || plannedSideEffect(s),
  },
  {
    id: 'RISK-PRIVILEGE-GRANT',
    level: RiskLevel.HIGH,
    title: 'Admin rights, membership or app access granted outside the integration',
    reason:
      'an okta resource that grants admin roles, group membership or app access, which OktaLdapIntegration never makes: no mapping explains it, so read who gets what',
    applies: grantsPrivilege,
  },
  {
    id: 'RISK-STATE-BLOCK',
    level: RiskLevel.HIGH,
    title: 'Import, moved or removed block the integration did not write',
    reason:
      'Terraform takes over, renames or forgets an Okta object without a resource change to review: a removed block with destroy = false leaves the object in Okta (a role stays granted), a moved block applies another resource to it, an import takes over an existing one',
    applies: (s) => load(s, StackLoadFindingKind.STATE_BLOCK),
  },
  {
    id: 'RISK-PLAN-FORGET-GRANT',
    level: RiskLevel.HIGH,
    title: 'Admin role or access forgotten, not revoked',
    reason:
      'Terraform will forget it (a removed block with destroy = false) without revoking it in Okta: the admin role, group membership or app access stays granted and no longer appears in this code',
    applies: forgetsGrant,
  },
  {
    id: 'RISK-CREDENTIALS',
    level: RiskLevel.HIGH,
    title: 'Where the Okta credentials go changed',
    reason:
      "the okta provider's org, base URL, proxy or source changed: the API token is sent to that host, or another program runs with it",
    applies: (s) => check(s, StackCheckKind.CREDENTIALS),
  },
  {
    id: 'RISK-POLICY-SCOPE',
    level: RiskLevel.HIGH,
    title: 'Password policy scope widened or reordered',
    reason:
      'the LDAP password policy now covers another group (Everyone: every user of the org), or its priority or status changed: their passwords are checked by the LDAP directory, or another policy wins',
    applies: (s) => check(s, StackCheckKind.POLICY_SCOPE),
  },
  {
    id: 'RISK-DUPLICATE-KEY',
    level: RiskLevel.HIGH,
    title: 'Repeated JSON key',
    reason:
      'an object of the stack JSON repeats a key: Terraform reads every copy (a second resource block, or an error) while JSON tools read only the last, so the file says two things',
    applies: (s) => load(s, StackLoadFindingKind.DUPLICATE_KEY),
  },
  {
    id: 'RISK-EXTRA-CONFIG',
    level: RiskLevel.HIGH,
    title: 'Extra or override file in the stack',
    reason:
      'Terraform loads every *.tf.json of the stack folder and merges override files over cdk.tf.json: what the code synthesized is not all Terraform will do',
    applies: (s) => load(s, StackLoadFindingKind.EXTRA_FILE, StackLoadFindingKind.OVERRIDE_FILE),
  },
  {
    id: 'RISK-UNREVIEWED-CONFIG',
    level: RiskLevel.HIGH,
    title: 'Configuration the review cannot read',
    reason:
      'Terraform loads it (an HCL file, a variables file, a module, an unknown block, provider binaries) but this review cannot tell what it does: read it, or remove it',
    applies: (s) =>
      load(
        s,
        StackLoadFindingKind.UNREADABLE_FILE,
        StackLoadFindingKind.MODULE,
        StackLoadFindingKind.UNKNOWN_BLOCK,
        StackLoadFindingKind.PROVIDER_FILES,
      ),
  },
  {
    id: 'RISK-STACK-PATH',
    level: RiskLevel.HIGH,
    title: 'Stack folder not where Terraform runs',
    reason:
      'manifest.json points at a file or folder other than the one Terraform loads, or a stack folder is listed nowhere: a deploy acts on what this review may not show',
    applies: (s) => load(s, StackLoadFindingKind.STACK_PATH, StackLoadFindingKind.UNLISTED_STACK),
  },
  {
    id: 'RISK-OTHER-RESOURCE',
    level: RiskLevel.HIGH,
    title: 'Resource of another provider',
    reason:
      'a resource or data source the review does not know (not okta, not the guard), added or changed: its provider runs with the Okta token in its environment and may act on anything',
    applies: (s) => check(s, StackCheckKind.OTHER_RESOURCE),
  },
  {
    id: 'RISK-TERRAFORM-SETTING',
    level: RiskLevel.MEDIUM,
    title: 'Provider or Terraform setting changed',
    reason:
      "a provider's version or settings, the backend (where the state is kept) or the Terraform version changed: check it is intended",
    applies: (s) => check(s, StackCheckKind.TERRAFORM_SETTING),
  },
];
