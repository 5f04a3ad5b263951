/**
 * The parts of Okta management API objects the adoption discovery reads, as published in Okta's
 * management OpenAPI specification (okta/okta-management-openapi-spec, release 2026.06.3:
 * `Group`, `GroupRule`, `StandardRole`, `CatalogApplication`, `Application`, `PasswordPolicy`).
 */

/** `Group` (GET /api/v1/groups). */
export interface OktaGroup {
  readonly id: string;
  /** `APP_GROUP`, `BUILT_IN`, `OKTA_GROUP`, or a type Okta adds later. */
  readonly type?: string;
  readonly profile?: { readonly name?: string; readonly description?: string | null };
  readonly _links?: { readonly source?: { readonly href?: string } };
}

/** `GroupRule` (GET /api/v1/groups/rules). */
export interface OktaGroupRule {
  readonly id: string;
  readonly name?: string;
  /** `ACTIVE`, `INACTIVE`, `INVALID`, or a status Okta adds later. */
  readonly status?: string;
  readonly conditions?: { readonly expression?: { readonly type?: string; readonly value?: string } };
  readonly actions?: { readonly assignUserToGroups?: { readonly groupIds?: readonly string[] } };
}

/** `StandardRole` / `CustomRole` (GET /api/v1/groups/{groupId}/roles). */
export interface OktaRoleAssignment {
  readonly id: string;
  readonly type?: string;
  readonly status?: string;
  readonly label?: string;
  /** CUSTOM only: the custom role's id (`cr0…`). */
  readonly role?: string;
  /** CUSTOM only: the resource set's id (`iam…`). */
  readonly 'resource-set'?: string;
}

/**
 * One app target of an APP_ADMIN assignment (GET …/roles/{roleAssignmentId}/targets/catalog/apps):
 * a whole catalog app (`CatalogApplication`: `name` is the app name, e.g. `facebook`, and no `id`), or
 * one app instance (`name` is the instance's label, not its app name, and `id` its id).
 */
export interface OktaAppTarget {
  readonly name?: string;
  /** Set only for an app instance target (not a whole catalog app). */
  readonly id?: string;
}

/** `Application` (GET /api/v1/apps/{appId}). */
export interface OktaApp {
  readonly id: string;
  /** The app name (its catalog entry), e.g. `template_swa`, `ldap_sun_one`; not the label. */
  readonly name?: string;
  readonly label?: string;
}

/** `PasswordPolicy` (GET /api/v1/policies?type=PASSWORD). */
export interface OktaPasswordPolicy {
  readonly id: string;
  readonly name?: string;
  readonly system?: boolean;
  readonly status?: string;
  readonly conditions?: { readonly authProvider?: { readonly provider?: string } };
}

/** The app an APP_GROUP was imported from: the last segment of `_links.source.href`. */
export function groupSourceAppId(group: OktaGroup): string | undefined {
  const href = group._links?.source?.href;
  if (typeof href !== 'string') return undefined;
  return href.replace(/\/+$/, '').split('/').pop();
}
