import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { classifyFault } from '../fault-class';
import {
  faultEvidence,
  genericFaultOutcome,
  OKTA_AGENT_SETTINGS,
  OKTA_INTEGRATION_SETTINGS,
} from '../fault-outcome';
import { CONSOLE_ENTRY_KIND, EntryKind } from './filter-check';

const MISSING_BASE_FIX =
  'Check the DN: every RDN must name an existing entry, spelled as in the directory. If it is right, the bind DN may lack the right to read it (a user can be allowed to bind and see no tree).';

interface BaseSpec {
  readonly id: string;
  readonly title: string;
  /** How the message names the base, e.g. "Root DN". */
  readonly label: string;
  readonly dn: (context: CheckContext) => string;
  /** Where the admin changes it. */
  readonly setting: string;
}

function baseCheck(spec: BaseSpec): PreflightCheck {
  return {
    id: spec.id,
    title: spec.title,
    requires: ['PF-BIND'],
    run: async (context): Promise<CheckOutcome> => {
      const dn = spec.dn(context);
      try {
        const { entries } = await context.connection.search(dn, {
          scope: 'base',
          filter: '(objectClass=*)',
          attributes: ['1.1'],
          sizeLimit: 1,
        });
        if (entries.length === 0) {
          return {
            status: 'fail',
            message: `${spec.label} ${dn} is not visible to the bind DN`,
            evidence: { dn, faultClass: 'access' },
            fix: `${MISSING_BASE_FIX} Change it in ${spec.setting}.`,
          };
        }
        return { status: 'pass', message: `${spec.label} ${dn} exists`, evidence: { dn } };
      } catch (error) {
        const fault = classifyFault(error);
        if (fault.code === 32) {
          return {
            status: 'fail',
            message: `${spec.label} ${dn} does not exist (noSuchObject, code 32)`,
            evidence: { dn, ...faultEvidence(fault) },
            fix: `${MISSING_BASE_FIX} Change it in ${spec.setting}.`,
          };
        }
        if (fault.code === 34) {
          return {
            status: 'fail',
            message: `${spec.label} '${dn}' is not a valid DN (invalidDNSyntax, code 34)`,
            evidence: { dn, ...faultEvidence(fault) },
            fix: `Write the DN as RFC 4514 (e.g. ou=people,dc=example,dc=com) in ${spec.setting}.`,
          };
        }
        return genericFaultOutcome(`Reading ${spec.label} ${dn}`, error, `Change it in ${spec.setting}.`, {
          dn,
        });
      }
    },
  };
}

/** PF-BASE-ROOT: the root DN exists (base-scope search, no attributes). */
export const rootBaseCheck = baseCheck({
  id: 'PF-BASE-ROOT',
  title: 'Root DN exists',
  label: 'Root DN',
  dn: (c) => c.settings.agent.rootDn,
  setting: `directory.agent.rootDn, and in ${OKTA_AGENT_SETTINGS}`,
});

/** The check that the search base of one kind of entry (`directory.<kind>.searchBase`) exists. */
function searchBaseCheck(kind: EntryKind, id: string): PreflightCheck {
  const label = `${CONSOLE_ENTRY_KIND[kind]} search base`;
  return baseCheck({
    id,
    title: `${label} exists`,
    label,
    dn: (c) => c.settings[kind].searchBase,
    setting: `directory.${kind}.searchBase, and in ${OKTA_INTEGRATION_SETTINGS} > ${label}`,
  });
}

/** PF-BASE-USERS: the user search base exists. */
export const userBaseCheck = searchBaseCheck('user', 'PF-BASE-USERS');

/** PF-BASE-GROUPS: the group search base exists. */
export const groupBaseCheck = searchBaseCheck('group', 'PF-BASE-GROUPS');
