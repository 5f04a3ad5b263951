import { AppUserSchemaProperty } from '@cdktf/provider-okta/lib/app-user-schema-property';
import { DataOktaUserType } from '@cdktf/provider-okta/lib/data-okta-user-type';
import { ProfileMapping } from '@cdktf/provider-okta/lib/profile-mapping';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { extraAttributeKey } from '../model/mapping-keys';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';
import { schemaPropertyId } from './construct-ids';
import { terraformLiteral } from '../terraform/terraform-literal';

/**
 * Adds `okta_app_user_schema_property` on the LDAP app for one extra LDAP attribute. `external_name`
 * binds it to the LDAP attribute; `scope = NONE` (the value comes from the directory, not from the
 * user); `master = PROFILE_MASTER` (LDAP is the profile master of its own attributes).
 */
export function addExtraAttribute(
  scope: Construct,
  ldapAppId: string,
  attribute: LdapExtraUserAttribute,
): AppUserSchemaProperty {
  const index = extraAttributeKey(attribute);
  return new AppUserSchemaProperty(scope, schemaPropertyId(attribute), {
    appId: ldapAppId,
    index: terraformLiteral(index),
    title: terraformLiteral(attribute.title ?? attribute.ldapAttribute),
    type: 'string',
    externalName: terraformLiteral(attribute.ldapAttribute),
    scope: 'NONE',
    master: 'PROFILE_MASTER',
    description: terraformLiteral(`LDAP attribute ${attribute.ldapAttribute} (managed by cdktf-okta-ldap)`),
  });
}

/** Options of `addProfileMapping`. */
export interface ProfileMappingOptions {
  readonly ldapAppId: string;
  /** Okta profile attribute -> LDAP app user expression. */
  readonly userMappings: Record<string, string>;
  readonly deleteWhenAbsent: boolean;
  /** The guard, and the schema properties the expressions may read (created first, deleted last). */
  readonly dependsOn: ITerraformDependable[];
  /** `lifecycle.prevent_destroy` (see `ProfileMappingRemoval.PROTECT`). */
  readonly preventDestroy: boolean;
}

/** Construct id of the profile mapping (and of its `removed` block when there is none). */
export const PROFILE_MAPPING_ID = 'ProfileMapping';

/**
 * Adds the `okta_profile_mapping` from the LDAP app user profile to the default Okta user type
 * (`data okta_user_type` named `user`). The resource adopts the mapping Okta created with the
 * integration; see `OktaLdapIntegrationProps.userMappings` for its semantics.
 */
export function addProfileMapping(
  scope: Construct,
  options: ProfileMappingOptions,
): { userType: DataOktaUserType; mapping: ProfileMapping } {
  const userType = new DataOktaUserType(scope, 'DefaultUserType', { name: 'user' });
  const mappings = Object.entries(options.userMappings)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([oktaAttribute, expression]) => ({
      id: terraformLiteral(oktaAttribute),
      expression: terraformLiteral(expression),
      pushStatus: 'PUSH',
    }));
  const mapping = new ProfileMapping(scope, PROFILE_MAPPING_ID, {
    sourceId: options.ldapAppId,
    targetId: userType.id,
    deleteWhenAbsent: options.deleteWhenAbsent,
    mappings,
    ...(options.dependsOn.length > 0 ? { dependsOn: options.dependsOn } : {}),
    ...(options.preventDestroy ? { lifecycle: { preventDestroy: true } } : {}),
  });
  return { userType, mapping };
}
