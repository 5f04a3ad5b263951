import type { TerraformDataSource, TerraformResource } from 'cdktf';

// Addresses of the construct's own resources, written as text instead of through cdktf's `.fqn`
// and attribute tokens. Every cdktf token records a full stack trace when it is created, the largest
// single cost of building a large integration (about 4 tokens per group mapping); the resources
// here are created by the construct in its own stack, so their addresses are known at once and
// resolve to exactly the text the tokens would. The logical id is fixed when the address is first
// read: a later `overrideLogicalId` on such a resource has no effect, as after reading a cdktf
// attribute (`group.id`). Construct ids, and so logical ids, of the construct's resources are fixed.

/** Terraform address of a resource: `okta_group.<logical id>`. */
export function terraformAddress(
  resource: Pick<TerraformResource, 'terraformResourceType' | 'friendlyUniqueId'>,
): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/** Terraform address of a data source: `data.okta_groups.<logical id>`. */
export function dataSourceAddress(
  dataSource: Pick<TerraformDataSource, 'terraformResourceType' | 'friendlyUniqueId'>,
): string {
  return `data.${dataSource.terraformResourceType}.${dataSource.friendlyUniqueId}`;
}

/** A reference to one attribute of a resource, as an interpolation: `${okta_group.<logical id>.id}`. */
export function attributeReference(
  resource: Pick<TerraformResource, 'terraformResourceType' | 'friendlyUniqueId'>,
  attribute: string,
): string {
  return `\${${terraformAddress(resource)}.${attribute}}`;
}
