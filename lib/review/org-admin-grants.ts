/**
 * The grants of the two roles that own the whole org, SUPER_ADMIN and ORG_ADMIN: the review calls
 * them out first, on their own line of the summary, wherever they come from (a role mapping of the
 * manifest, an okta resource of `cdk.tf.json`, a planned resource).
 */
import { type LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import { DiffArea, roleMappingItem } from './diff-model';
import { ROLE_FIELD } from './replaced-mappings';
import type { Review, ReviewedChange } from './review';

/** The roles whose grant the summary names on a line of its own. */
export const ORG_ADMIN_ROLES: readonly string[] = [OktaAdminRole.SUPER_ADMIN, OktaAdminRole.ORG_ADMIN];

/** One grant of SUPER_ADMIN or ORG_ADMIN. */
export interface OrgAdminGrant {
  /** Stack of the grant. */
  readonly stack: string;
  /** Construct id of the integration; empty for a resource of no integration. */
  readonly integration: string;
  /** `SUPER_ADMIN` or `ORG_ADMIN`. */
  readonly role: string;
  /**
   * The LDAP group whose members get it (a role mapping).
   * @default - unset when a Terraform resource grants it (see `address`)
   */
  readonly ldapGroup?: string;
  /**
   * The Terraform address of the resource that grants it.
   * @default - unset for a role mapping (see `ldapGroup`)
   */
  readonly address?: string;
}

/**
 * Every SUPER_ADMIN or ORG_ADMIN grant among the review's changes, in rank order. A planned grant is
 * left out when the static review already names the same role in the same integration.
 */
export function orgAdminGrants(review: Review): OrgAdminGrant[] {
  const roles = new Map<string, LdapRoleMapping>();
  for (const i of review.integrations) {
    for (const r of i.head?.roleMappings ?? []) roles.set(roleKey(i.stack, i.id, roleMappingItem(r)), r);
  }
  const found = review.changes.flatMap((c) =>
    grantsOf(roles, c).map((g) => ({ g, plan: c.source === 'plan' })),
  );
  const key = (g: OrgAdminGrant): string => `${g.stack}\u0000${g.integration}\u0000${g.role}`;
  const statics = new Set(found.filter((f) => !f.plan).map((f) => key(f.g)));
  return found.filter((f) => !f.plan || !statics.has(key(f.g))).map((f) => f.g);
}

function roleKey(stack: string, integration: string, item: string): string {
  return `${stack}\u0000${integration}\u0000${item}`;
}

/** The grants of one change; `roles`: the head's role mappings by `roleKey`. */
function grantsOf(roles: ReadonlyMap<string, LdapRoleMapping>, c: ReviewedChange): OrgAdminGrant[] {
  const at = { stack: c.stack, integration: c.integration };
  const ch = c.change;
  if (c.source === 'diff' && ch?.area === DiffArea.ROLE_MAPPING) {
    if (!(ch.kind === 'added' || (ch.kind === 'changed' && ch.field === ROLE_FIELD))) return [];
    const mapping = roles.get(roleKey(c.stack, c.integration, ch.item ?? ''));
    return mapping !== undefined && ORG_ADMIN_ROLES.includes(mapping.role)
      ? [{ ...at, role: mapping.role, ldapGroup: mapping.ldapGroup }]
      : [];
  }
  if (c.source === 'terraform' && ch?.area === DiffArea.TERRAFORM && ch.kind !== 'removed') {
    return rolesIn(parsed(ch.after)).map((role) => ({ ...at, role, address: ch.key }));
  }
  if (c.source === 'plan' && c.resource !== undefined) {
    const r = c.resource;
    return rolesIn(r.after).map((role) => ({ ...at, role, address: r.address }));
  }
  return [];
}

/** The org-wide roles named by a resource's attributes (`role_type`, `admin_roles`, `role`). */
function rolesIn(attrs: unknown): string[] {
  if (typeof attrs !== 'object' || attrs === null) return [];
  const a = attrs as Record<string, unknown>;
  const listed: unknown[] = Array.isArray(a.admin_roles) ? (a.admin_roles as unknown[]) : [];
  const named = [a.role_type, a.role, ...listed];
  return [...new Set(named.filter((v): v is string => typeof v === 'string' && ORG_ADMIN_ROLES.includes(v)))];
}

function parsed(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
