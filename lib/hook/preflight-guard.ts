import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import type { IntegrationManifest } from '../manifest/integration-manifest';

/** Props of `PreflightGuard`. */
export interface PreflightGuardProps {
  /** The non-secret settings and mappings to check (the integration's manifest without resources/warnings). */
  readonly manifest: Omit<IntegrationManifest, 'resources' | 'warnings'>;
  /** The sensitive variable holding the bind password; passed to the check through the environment only. */
  readonly bindPassword: TerraformVariable;
}

/**
 * A built-in `terraform_data` resource whose `local-exec` provisioner runs the preflight before any
 * Okta resource of the integration is created. PLACEHOLDER: the deploy-hook work fills this in.
 */
export class PreflightGuard extends Construct {
  /** The `terraform_data` resource Okta resources depend on (undefined until implemented). */
  public readonly resource: import('cdktf').TerraformResource | undefined = undefined;

  constructor(scope: Construct, id: string, props: PreflightGuardProps) {
    super(scope, id);
    void props;
  }
}
