import { TerraformResource, type TerraformResourceConfig } from 'cdktf';
import type { Construct } from 'constructs';

/**
 * Terraform's built-in `terraform_data` resource, written exactly as cdktf's `DataResource` writes
 * it, without the validation `DataResource` adds to every instance: running `terraform version` at
 * synth (about 60 ms per resource, once per replace trigger and guard, and a failed synth where no
 * terraform is installed, e.g. a job that only synthesizes). Stacks of this construct need Terraform
 * >= 1.7 anyway (README), which has `terraform_data` (>= 1.4).
 *
 * `input` and `triggers_replace` are dynamic values: callers set them with `addOverride`, verbatim.
 */
export class TerraformData extends TerraformResource {
  constructor(scope: Construct, id: string, config: Pick<TerraformResourceConfig, 'provisioners'> = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      ...config,
    });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    // As DataResource with neither set (its mappers give undefined): the keys come first, the
    // overrides fill them in.
    return { input: undefined, triggers_replace: undefined };
  }

  protected override synthesizeHclAttributes(): Record<string, unknown> {
    return { input: undefined, triggers_replace: undefined };
  }
}
