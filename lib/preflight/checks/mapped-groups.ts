import { escapeFilter } from 'ldapts';
import { directoryGroupKey } from '../../model/mapping-keys';
import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { boundedCount } from '../bounded-search';
import { genericFaultOutcome, OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';

/** How many group lookups are in flight at once on the one connection. */
const CONCURRENCY = 8;

interface MappedGroup {
  readonly name: string;
  readonly usedBy: string[];
}

/**
 * Distinct LDAP groups of the group and role mappings (by `directoryGroupKey`: the directory matches
 * names without case), with what names each.
 */
function mappedGroups(context: CheckContext): MappedGroup[] {
  const byName = new Map<string, MappedGroup>();
  const add = (name: string, use: string): void => {
    const key = directoryGroupKey(name);
    const existing = byName.get(key);
    if (existing) existing.usedBy.push(use);
    else byName.set(key, { name, usedBy: [use] });
  };
  for (const m of context.input.groupMappings) add(m.ldapGroup, `group mapping -> Okta group ${m.oktaGroup}`);
  for (const m of context.input.roleMappings) add(m.ldapGroup, `role mapping -> ${m.role}`);
  return [...byName.values()];
}

/**
 * PF-MAPPED-GROUP: every LDAP group named in a group or role mapping exists exactly once under the
 * group search base. One finding per distinct group (`evidence.group`). Each lookup is
 * `(&<group filter>(cn=<escaped name>))`, at most two entries, no attributes: `member` is never read.
 */
export const mappedGroupsCheck: PreflightCheck = {
  id: 'PF-MAPPED-GROUP',
  title: 'Mapped LDAP groups exist once',
  requires: ['PF-GROUP-FILTER'],
  titleOf: (outcome) => {
    const group = outcome.evidence?.group;
    return typeof group === 'string'
      ? `Mapped LDAP group ${group} exists once`
      : 'Mapped LDAP groups exist once';
  },
  run: async (context) => {
    const groups = mappedGroups(context);
    if (groups.length === 0) {
      return {
        status: 'pass',
        message: 'No group or role mapping names an LDAP group: nothing to look up',
        evidence: { mappedGroups: 0 },
      };
    }
    const outcomes = new Array<CheckOutcome>(groups.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < groups.length) {
        const index = next++;
        outcomes[index] = await lookUp(context, groups[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, groups.length) }, worker));
    return outcomes;
  },
};

async function lookUp(context: CheckContext, group: MappedGroup): Promise<CheckOutcome> {
  const base = context.settings.group.searchBase;
  const filter = `(&${context.settings.group.objectFilter}${escapeFilter`(cn=${group.name})`})`;
  const evidence = { group: group.name, usedBy: group.usedBy, base, filter };
  try {
    const result = await boundedCount(context, base, filter, 2);
    if (result.count === 0) {
      return {
        status: 'fail',
        message: `LDAP group ${group.name} (${group.usedBy.join('; ')}) not found under ${base}`,
        evidence: { ...evidence, count: 0 },
        fix: `Check the group name (cn) in the mapping, or create the group. Groups must be inside the Group search base of ${OKTA_INTEGRATION_SETTINGS}.`,
      };
    }
    if (result.count > 1) {
      return {
        status: 'fail',
        message: `LDAP group name ${group.name} is ambiguous: at least ${result.count} groups under ${base} match (${result.dns.join('; ')})`,
        evidence: { ...evidence, count: result.count, atLeast: true, dns: result.dns },
        fix: `Rename one of the groups, or narrow the Group search base / Group object filter in ${OKTA_INTEGRATION_SETTINGS} so that one group carries the name.`,
      };
    }
    return {
      status: 'pass',
      message: `LDAP group ${group.name} exists once: ${result.dns[0]!}`,
      evidence: { ...evidence, count: 1, dn: result.dns[0]! },
    };
  } catch (error) {
    return genericFaultOutcome(
      `Looking up LDAP group ${group.name}`,
      error,
      `Check the Group search base and Group object filter in ${OKTA_INTEGRATION_SETTINGS}.`,
      evidence,
    );
  }
}
