import type { PreflightCheck } from '../check';

/** PF-PASSWORD: an empty bind password is an unauthenticated bind that many servers accept, so it is refused here. */
export const passwordPresentCheck: PreflightCheck = {
  id: 'PF-PASSWORD',
  title: 'Bind password present',
  requires: [],
  run: async (context) => {
    if (context.bindPassword.length === 0) {
      return {
        status: 'fail',
        message:
          'The bind password is empty: an empty password is an unauthenticated bind that many servers accept, so no bind was attempted',
        evidence: { bindDn: context.settings.agent.bindDn },
        fix:
          context.bindPasswordSource !== undefined
            ? `Give the password of ${context.settings.agent.bindDn} in ${context.bindPasswordSource}.`
            : `Give the password of ${context.settings.agent.bindDn} in the environment variable LDAP_BIND_PASSWORD or on stdin with --password-stdin (library: options.bindPassword).`,
      };
    }
    return {
      status: 'pass',
      message: 'A bind password was given (its value is never shown)',
      evidence: { bindDn: context.settings.agent.bindDn },
    };
  },
};
