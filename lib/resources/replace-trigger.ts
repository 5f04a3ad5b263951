import { Lazy, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform/terraform-data';
import { terraformAddress } from './terraform-address';

/**
 * Adds a built-in `terraform_data` holding `value` (as `input`): resources given to
 * `replaceWhenTriggerChanges` are replaced when `value` changes (Terraform updates the
 * `terraform_data`, which triggers their `lifecycle.replace_triggered_by`). For arguments the okta
 * provider does not treat as ForceNew although an in-place update cannot do what the change means.
 *
 * Adding a trigger to an existing resource only creates the `terraform_data` (a create does not
 * trigger a replacement; tested with Terraform), so upgrading replaces nothing.
 */
export function addReplaceTrigger(
  scope: Construct,
  id: string,
  value: Record<string, unknown>,
): TerraformData {
  const trigger = new TerraformData(scope, id);
  // terraform_data's input is a dynamic value: set verbatim (cdktf would otherwise drop or re-case it).
  trigger.addOverride('input', value);
  return trigger;
}

/** Lists `trigger` in `lifecycle.replace_triggered_by` of `resource`. */
export function replaceWhenTriggerChanges(resource: TerraformResource, trigger: TerraformData): void {
  // A bare address, produced at synth (so an `overrideLogicalId` is seen): Terraform reads each entry
  // of `replace_triggered_by` as a reference, not a template, and refuses cdktf's `${…}` form there.
  resource.addOverride('lifecycle.replace_triggered_by', [
    Lazy.stringValue({ produce: () => terraformAddress(trigger) }),
  ]);
}

/** `addReplaceTrigger` for one resource, listed in its `replace_triggered_by`. */
export function replaceWhenChanged(
  scope: Construct,
  id: string,
  resource: TerraformResource,
  value: Record<string, unknown>,
): TerraformData {
  const trigger = addReplaceTrigger(scope, id, value);
  replaceWhenTriggerChanges(resource, trigger);
  return trigger;
}
