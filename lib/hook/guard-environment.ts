/** Environment variables the guard's provisioner sets for the guard runner. */

/** Non-secret: the guard's input as JSON (`jsonencode(self.output)`), i.e. exactly what the plan showed. */
export const GUARD_INPUT_ENV = 'CDKTF_OKTA_LDAP_GUARD_INPUT';

/** Secret: the bind password, the same variable the standalone `preflight` command reads. */
export const BIND_PASSWORD_ENV = 'LDAP_BIND_PASSWORD';
