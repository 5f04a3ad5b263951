import type { PreflightCheck } from '../check';
import type { ConnectionDifference } from '../trusted-connection';
import { clip, showHidden } from '../../text/untrusted-text';

/** Longest value a difference shows in the message (the evidence keeps it whole). */
const SHOWN_MAX = 80;

/**
 * PF-TRUSTED-CONNECTION: the connection (host, port, connection security, bind DN, CA) came from a
 * trusted app (`--connection-from`); warns when the settings under check name another one, which
 * the preflight then did not use nor check.
 */
export const trustedConnectionCheck: PreflightCheck = {
  id: 'PF-TRUSTED-CONNECTION',
  title: 'Connection from the trusted app',
  requires: [],
  appliesTo: (context) => context.trustedConnection !== undefined,
  run: async (context) => {
    const { source, differences } = context.trustedConnection!;
    const evidence = {
      connectionFrom: source,
      differing: differences.map((d) => ({ field: d.field, used: d.used, ignored: d.ignored })),
    };
    if (differences.length === 0) {
      return {
        status: 'pass',
        message: `Host, port, connection security, bind DN and CA taken from ${source}; the checked settings name the same connection`,
        evidence,
      };
    }
    return {
      status: 'warn',
      message: `The checked settings name another connection than ${source} (${differences.map(shown).join('; ')}): the bind password went only to the connection of ${source}; the other one was neither used nor checked`,
      evidence,
      fix: `Review the connection change before approving: the bind password must only ever go to a directory you trust. Once the change is merged and ${source} holds it, the preflight checks it.`,
    };
  },
};

function shown(d: ConnectionDifference): string {
  return `${d.field}: ${value(d.ignored)} not used, ${value(d.used)} used`;
}

function value(v: unknown): string {
  if (v === undefined) return 'unset';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(clip(showHidden(text), SHOWN_MAX));
}
