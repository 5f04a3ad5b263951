import { DataResource, Lazy, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Adds a built-in `terraform_data` holding `value` (as `input`) and makes `resource` list it in
 * `lifecycle.replace_triggered_by`: when `value` changes, Terraform updates the `terraform_data`
 * and therefore replaces `resource`. For arguments the okta provider does not treat as ForceNew
 * although an in-place update cannot do what the change means.
 *
 * Adding the trigger to an existing resource only creates the `terraform_data` (a create does not
 * trigger a replacement; tested with Terraform), so upgrading replaces nothing.
 */
export function replaceWhenChanged(
  scope: Construct,
  id: string,
  resource: TerraformResource,
  value: Record<string, unknown>,
): DataResource {
  const trigger = new DataResource(scope, id, {});
  // terraform_data's input is a dynamic value: set verbatim (cdktf would otherwise drop or re-case it).
  trigger.addOverride('input', value);
  // A bare address, produced at synth (so an `overrideLogicalId` is seen): Terraform reads each entry
  // of `replace_triggered_by` as a reference, not a template, and refuses cdktf's `${…}` form there.
  resource.addOverride('lifecycle.replace_triggered_by', [
    Lazy.stringValue({ produce: () => `${trigger.terraformResourceType}.${trigger.friendlyUniqueId}` }),
  ]);
  return trigger;
}
