/** Environment variables the guard's provisioner sets for the guard runner. */

/**
 * Non-secret: the guard's input, i.e. exactly what the plan showed, as `base64gzip(jsonencode(self.output))`.
 * Compressed because Linux caps one environment string at 128 KiB and 2,000 group mappings make
 * about 260 KB of JSON (23 KB compressed). Plain JSON is accepted too (manual runs).
 */
export const GUARD_INPUT_ENV = 'CDKTF_OKTA_LDAP_GUARD_INPUT';

/** The Terraform expression the provisioner's environment gives `GUARD_INPUT_ENV`. */
export const GUARD_INPUT_EXPRESSION = '${base64gzip(jsonencode(self.output))}';
