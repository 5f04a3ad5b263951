import { escapeFilter } from 'ldapts';
import { ResolvedLdapDirectorySettings } from '../../settings/ldap-directory-settings';
import { OktaUsernameFormat } from '../../settings/setting-choices';
import { attributesReadBy, EvaluatedMapping, evaluateUserMappings } from '../app-user-profile';
import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { isDnWithin, LENIENT_DN } from '../../ldap-names/dn';
import { firstValue, NormalizedEntry, valuesOf } from '../entry-values';
import { genericFaultOutcome, OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { distinctAttributes, sampleAttributes } from '../sample-users';

/** At most this many groups are listed for the example user when they are found by a member search. */
const GROUP_LIMIT = 100;

/**
 * PF-EXAMPLE-USER: like Okta's "Test configuration", for one user given by email or uid (escaped):
 * status (disabled or not), UID, unique id, DN, full name, email, groups within the group search
 * base, and the Okta profile the user mappings would produce.
 */
export const exampleUserCheck: PreflightCheck = {
  id: 'PF-EXAMPLE-USER',
  title: 'Example user',
  requires: ['PF-USER-FILTER'],
  appliesTo: (context) => context.exampleUser !== undefined,
  run: async (context) => {
    try {
      return await inspect(context, context.exampleUser ?? '');
    } catch (error) {
      return genericFaultOutcome(
        `Looking up example user ${context.exampleUser ?? ''}`,
        error,
        `Check ${OKTA_INTEGRATION_SETTINGS}.`,
        {
          exampleUser: context.exampleUser,
        },
      );
    }
  },
};

async function inspect(context: CheckContext, who: string): Promise<CheckOutcome> {
  const { settings } = context;
  const base = settings.user.searchBase;
  const filter = `(&${settings.user.objectFilter}${escapeFilter`(|(uid=${who})(mail=${who}))`})`;
  const { entries } = await context.connection.search(base, {
    scope: 'sub',
    filter,
    attributes: attributesToRead(context),
    sizeLimit: 2,
  });
  if (entries.length === 0) {
    return {
      status: 'fail',
      message: `Example user ${who} not found under ${base} (no uid or mail matches with the user filter)`,
      evidence: { exampleUser: who, base, filter },
      fix: `Check the spelling, that the user matches the User object filter of ${OKTA_INTEGRATION_SETTINGS}, and that the bind DN may see the user.`,
    };
  }
  if (entries.length > 1) {
    return {
      status: 'fail',
      message: `Example user ${who} is ambiguous: ${entries.map((e) => e.dn).join('; ')} match`,
      evidence: { exampleUser: who, base, filter, dns: entries.map((e) => e.dn) },
      fix: 'Give the uid instead of the email (or the other way round) to pick one user. Duplicate emails also confuse Okta imports.',
    };
  }
  const user = entries[0]!;
  const groups = await groupsOf(context, user);
  const status = accountStatus(settings, user);
  const profile = evaluateUserMappings(context.input.userMappings ?? {}, user, settings);
  const uid = firstValue(user, 'uid') ?? null;
  const evidence = {
    exampleUser: who,
    status: status.disabled ? 'disabled' : 'active',
    ...(status.attribute ? { disabledAttribute: status.attribute } : {}),
    uid,
    uniqueId: idValue(user, settings.schema.uniqueIdentifierAttribute),
    dn: user.dn,
    dnAttributeValue: idValue(user, settings.schema.dnAttribute),
    fullName: fullName(user),
    email: firstValue(user, 'mail') ?? null,
    oktaUsername: oktaUsername(settings, user),
    groups,
    profile,
  };
  const mapped = mappedProfileText(profile);
  const summary = `uid ${uid ?? '(none)'}, ${groups.length} group${groups.length === 1 ? '' : 's'} within the group base${mapped}`;
  const empty = Object.entries(profile).filter(([, m]) => m.result === 'evaluated' && m.value === null);
  const emptyNote =
    empty.length > 0
      ? `; the user mappings give null for ${empty.map(([okta, m]) => `${okta} (no ${m.ldapAttribute ?? ''} on the user)`).join(', ')}`
      : '';
  const emptyFix =
    empty.length > 0
      ? ` A mapping whose LDAP attribute the user lacks leaves that Okta attribute empty: check the attribute each of ${empty.map(([okta]) => `userMappings.${okta}`).join(', ')} reads, and the user's entry.`
      : '';
  if (status.disabled) {
    return {
      status: 'warn',
      message: `Example user ${who} is disabled (${status.attribute}): Okta imports this user as deactivated; ${summary}${emptyNote}`,
      evidence,
      fix: `Expected if the account is disabled in the directory. To test an active user, pass another --example-user.${emptyFix}`,
    };
  }
  if (empty.length > 0) {
    return {
      status: 'warn',
      message: `Example user ${who} is active: ${user.dn}, ${summary}${emptyNote}`,
      evidence,
      fix: emptyFix.trim(),
    };
  }
  return {
    status: 'pass',
    message: `Example user ${who} is active: ${user.dn}, ${summary}`,
    evidence,
  };
}

/**
 * The Okta profile the user mappings give the example user, as Okta's "Test configuration" shows it:
 * `; mapped profile: email=ada@example.com, firstName=Ada, title=null`; nothing without mappings.
 */
function mappedProfileText(profile: Record<string, EvaluatedMapping>): string {
  const parts = Object.entries(profile).map(([okta, m]) =>
    m.result === 'evaluated' ? `${okta}=${m.value ?? 'null'}` : `${okta}=(not evaluated: ${m.expression})`,
  );
  return parts.length > 0 ? `; mapped profile: ${parts.join(', ')}` : '';
}

function attributesToRead(context: CheckContext): string[] {
  return distinctAttributes([
    'uid',
    'cn',
    'displayName',
    'givenName',
    'sn',
    ...sampleAttributes(context),
    ...context.settings.user.extraAttributes.map((x) => x.ldapAttribute),
    ...attributesReadBy(context.input.userMappings ?? {}, context.settings),
  ]);
}

function accountStatus(
  settings: ResolvedLdapDirectorySettings,
  user: NormalizedEntry,
): { disabled: boolean; attribute?: string } {
  const attr = settings.user.accountDisabledAttribute;
  if (!attr) return { disabled: false };
  const values = valuesOf(user, attr);
  const shown = `${attr}=${values.length > 0 ? values.join('|') : '(absent)'}`;
  const disabledValue = settings.user.accountDisabledValue;
  if (disabledValue !== undefined && values.some((v) => v.toLowerCase() === disabledValue.toLowerCase())) {
    return { disabled: true, attribute: shown };
  }
  return { disabled: false, attribute: shown };
}

async function groupsOf(context: CheckContext, user: NormalizedEntry): Promise<string[]> {
  const { group } = context.settings;
  if (group.userAttribute) {
    return valuesOf(user, group.userAttribute).filter((dn) => isDnWithin(dn, group.searchBase, LENIENT_DN));
  }
  const filter = `(&${group.objectFilter}(${group.memberAttribute}=${escapeFilter`${user.dn}`}))`;
  const { entries } = await context.connection.search(group.searchBase, {
    scope: 'sub',
    filter,
    attributes: ['1.1'],
    sizeLimit: GROUP_LIMIT,
  });
  return entries.map((e) => e.dn);
}

function idValue(user: NormalizedEntry, attribute: string): string | null {
  return firstValue(user, attribute) ?? (attribute.toLowerCase() === 'entrydn' ? user.dn : null);
}

function fullName(user: NormalizedEntry): string | null {
  const display = firstValue(user, 'displayName') ?? firstValue(user, 'cn');
  if (display) return display;
  const parts = [firstValue(user, 'givenName'), firstValue(user, 'sn')].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' ') : null;
}

function oktaUsername(settings: ResolvedLdapDirectorySettings, user: NormalizedEntry): string | null {
  const uid = firstValue(user, 'uid');
  switch (settings.provisioning.usernameFormat) {
    case OktaUsernameFormat.EMAIL:
      return firstValue(user, 'mail') ?? null;
    case OktaUsernameFormat.UID:
      return uid ?? null;
    case OktaUsernameFormat.CN:
      return firstValue(user, 'cn') ?? null;
    case OktaUsernameFormat.EMPLOYEE_NUMBER:
      return firstValue(user, 'employeeNumber') ?? null;
    case OktaUsernameFormat.UID_WITH_SUFFIX:
      return uid !== undefined ? `${uid}${settings.provisioning.usernameSuffix ?? ''}` : null;
    case OktaUsernameFormat.UID_AT_DOMAIN:
      return uid !== undefined ? `${uid}@${settings.provisioning.usernameDomain ?? ''}` : null;
    case OktaUsernameFormat.FROM_SCHEMA:
      return settings.provisioning.usernameAttribute
        ? (firstValue(user, settings.provisioning.usernameAttribute) ?? null)
        : null;
    default:
      return null;
  }
}
