/**
 * How the deploy guard's `terraform_data` hands the check its bind password and its input: the
 * environment variables and the Terraform expression its `local-exec` provisioner sets. Shared by the guard that writes them
 * (lib/guard) and the review that checks a stack still does (lib/review).
 */
import type { IntegrationManifest } from './integration-manifest';

/**
 * The environment variable that carries the bind password, for the `preflight` command and the deploy
 * guard alike (never a command-line argument).
 */
export const BIND_PASSWORD_ENV = 'LDAP_BIND_PASSWORD';

/**
 * Non-secret: the guard's input, i.e. exactly what the plan showed, as `base64gzip(jsonencode(self.output))`.
 * Compressed because Linux caps one environment string at 128 KiB and 2,000 group mappings make
 * about 260 KB of JSON (23 KB compressed). Plain JSON is accepted too (manual runs).
 */
export const GUARD_INPUT_ENV = 'CDKTF_OKTA_LDAP_GUARD_INPUT';

/** The Terraform expression the provisioner's environment gives `GUARD_INPUT_ENV`. */
export const GUARD_INPUT_EXPRESSION = '${base64gzip(jsonencode(self.output))}';

/** The interpreter the provisioner starts the runner with. */
export const GUARD_INTERPRETER: readonly string[] = ['node'];

/** Construct id of the guard inside an integration: its address is `terraform_data.<…>_PreflightGuard_<hash>`. */
export const GUARD_CONSTRUCT_ID = 'PreflightGuard';

/** The address of the guard an integration's manifest lists, if any. */
export function guardAddress(m: IntegrationManifest): string | undefined {
  return m.resources.find((r) => r.type === 'terraform_data' && r.address.includes(`_${GUARD_CONSTRUCT_ID}_`))
    ?.address;
}
