import { TerraformElement } from 'cdktf';
import { Construct } from 'constructs';

/**
 * What happens to the LDAP app's profile mapping when this stack would destroy its
 * `okta_profile_mapping`: on `cdktf destroy`, when `userMappings` is emptied or removed, or when a
 * new `ldapAppId` replaces it.
 *
 * The provider cannot delete a profile mapping: its delete sets **every** property except `login`
 * to null, including those the stack never managed (okta/resource_okta_profile_mapping.go:177-197,
 * tag v4.20.0), so a destroy silently wipes the mappings Okta made with the integration.
 */
export enum ProfileMappingRemoval {
  /**
   * Keep the mapping in Okta. The resource has `lifecycle.prevent_destroy`, so a plan that would
   * destroy it stops with "Instance cannot be destroyed"; with no `userMappings` the construct adds a
   * `removed` block (`destroy = false`), so a mapping managed before is forgotten by Terraform and
   * left as it is in Okta. Needs Terraform >= 1.7 (`removed` blocks).
   */
  PROTECT = 'PROTECT',
  /**
   * Let Terraform destroy the resource: the provider clears every property of the mapping except
   * `login`. Choose it only to really clear the mappings (or to move to a new `ldapAppId` in one
   * deploy, clearing the old app's mapping).
   */
  CLEAR = 'CLEAR',
}

/**
 * A Terraform `removed` block (`destroy = false`) for the profile mapping of an integration that
 * has none in its configuration. It has the construct id the `okta_profile_mapping` has when there
 * are `userMappings` (`ProfileMapping`), so it names exactly that resource's address. For an
 * address not in the state, Terraform does nothing.
 */
export class ProfileMappingRemovedBlock extends TerraformElement {
  constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /** The address the block releases: `okta_profile_mapping.<logical id>`. */
  public get from(): string {
    return `okta_profile_mapping.${this.friendlyUniqueId}`;
  }

  public override toTerraform(): Record<string, unknown> {
    return { removed: [{ from: this.from, lifecycle: { destroy: false } }] };
  }

  public override toHclTerraform(): Record<string, unknown> {
    return this.toTerraform();
  }
}
