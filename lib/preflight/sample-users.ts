import { attributesReadBy } from './app-user-profile';
import type { CheckContext } from './check';
import { dnEquals, LENIENT_DN } from '../ldap-names/dn';
import type { NormalizedEntry } from './entry-values';
import { SAMPLE_LIMIT } from './bounded-search';

/** The operational attribute incremental imports select changed entries by (RFC 4512 section 3.4). */
export const MODIFY_TIMESTAMP = 'modifyTimestamp';

/**
 * The attributes read on sample users: every attribute the integration settings name, the extra
 * user attributes and the LDAP attributes the user mappings read.
 */
export function sampleAttributes(context: CheckContext): string[] {
  const { schema, user, group, role } = context.settings;
  const names = [
    schema.uniqueIdentifierAttribute,
    schema.dnAttribute,
    'mail',
    ...(group.userAttribute ? [group.userAttribute] : []),
    ...(user.accountDisabledAttribute ? [user.accountDisabledAttribute] : []),
    ...(role.membershipAttribute ? [role.membershipAttribute] : []),
    ...(user.extraAttributes ?? []).map((x) => x.ldapAttribute),
    ...attributesReadBy(context.input.userMappings ?? {}, context.settings),
    'entryUUID',
    MODIFY_TIMESTAMP,
  ];
  return distinctAttributes(names);
}

/** Attribute names without repeats, compared case-insensitively (LDAP names are); first spelling kept. */
export function distinctAttributes(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Up to five users matched by the user filter, other than the bind DN (a service account), with the
 * attributes the settings name. Every check asks the same search, so the connection reads it once.
 */
export async function sampleUsers(context: CheckContext): Promise<NormalizedEntry[]> {
  const { entries } = await context.connection.search(context.settings.user.searchBase, {
    scope: 'sub',
    filter: context.settings.user.objectFilter,
    attributes: sampleAttributes(context),
    sizeLimit: SAMPLE_LIMIT + 1,
  });
  const bindDn = context.settings.agent.bindDn;
  const others = entries.filter((e) => !dnEquals(e.dn, bindDn, LENIENT_DN));
  return (others.length > 0 ? others : entries).slice(0, SAMPLE_LIMIT);
}
