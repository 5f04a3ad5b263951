import { OktaUsernameFormat } from '../../settings/setting-choices';
import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { attributesReadBy } from '../app-user-profile';
import { boundedCount } from '../bounded-search';
import { valuesOf } from '../entry-values';
import { genericFaultOutcome, OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { sampleUsers } from '../sample-users';

type Need = 'every-user' | 'some-user';

interface AttributeRole {
  readonly attribute: string;
  /** What the integration uses it for, in the console's words. */
  readonly roles: string[];
  readonly need: Need;
  /** Severity when no user at all carries it. */
  readonly whenAbsent: 'fail' | 'warn';
  readonly absentHint: string;
  /** When set, a sampled user without the attribute gives a warning with this hint. */
  readonly missingOnSampleHint?: string;
  /**
   * When set, fewer than half of the sampled users carrying the attribute gives a warning with the
   * count and this hint (an attribute a mapping reads: most users would get an empty value).
   */
  readonly fewCarriersHint?: string;
}

/**
 * PF-USER-ATTRIBUTES: on up to five sample users, the unique identifier attribute, the DN attribute,
 * mail, the group user attribute, the account-disabled attribute (and the role membership attribute)
 * are readable; the extra user attributes and the attributes the user mappings read are carried by
 * at least half of them (else a warning with the count). An attribute no sampled user carries is looked for with one presence search
 * (`(&<user filter>(attr=*))`, one entry, no attributes).
 */
export const sampleUserAttributesCheck: PreflightCheck = {
  id: 'PF-USER-ATTRIBUTES',
  title: 'Sample users carry the attributes the settings name',
  requires: ['PF-USER-FILTER'],
  run: async (context): Promise<CheckOutcome> => {
    try {
      return await inspect(context);
    } catch (error) {
      return genericFaultOutcome(
        'Reading sample users',
        error,
        `Check the attribute names in ${OKTA_INTEGRATION_SETTINGS}.`,
      );
    }
  },
};

function attributeRoles(context: CheckContext): AttributeRole[] {
  const { schema, user, group, role } = context.settings;
  const list: AttributeRole[] = [];
  const add = (a: AttributeRole): void => {
    const index = list.findIndex((x) => x.attribute.toLowerCase() === a.attribute.toLowerCase());
    const existing = list[index];
    if (existing) {
      list[index] = {
        ...existing,
        roles: [...existing.roles, ...a.roles],
        ...(existing.fewCarriersHint === undefined && a.fewCarriersHint !== undefined
          ? { fewCarriersHint: a.fewCarriersHint }
          : {}),
      };
      return;
    }
    list.push(a);
  };
  add({
    attribute: schema.uniqueIdentifierAttribute,
    roles: ['unique identifier attribute'],
    need: 'every-user',
    whenAbsent: 'fail',
    absentHint: 'Okta cannot link users without it',
  });
  add({
    attribute: schema.dnAttribute,
    roles: ['DN attribute'],
    need: 'every-user',
    whenAbsent: 'fail',
    absentHint: 'Okta cannot locate users without it',
  });
  const emailUsername = context.settings.provisioning.usernameFormat === OktaUsernameFormat.EMAIL;
  add({
    attribute: 'mail',
    roles: [emailUsername ? 'email (Okta username format EMAIL)' : 'email'],
    need: 'some-user',
    whenAbsent: emailUsername ? 'fail' : 'warn',
    absentHint: 'users without mail cannot be imported with the EMAIL username format',
    ...(emailUsername
      ? { missingOnSampleHint: 'these users cannot be imported with the EMAIL username format' }
      : {}),
  });
  if (group.userAttribute) {
    add({
      attribute: group.userAttribute,
      roles: ['group user attribute'],
      need: 'some-user',
      whenAbsent: 'warn',
      absentHint:
        'the memberOf overlay is off, the attribute is not readable by the bind DN, or no user is in a group',
    });
  }
  if (user.accountDisabledAttribute) {
    add({
      attribute: user.accountDisabledAttribute,
      roles: ['account disabled attribute'],
      need: 'some-user',
      whenAbsent: 'warn',
      absentHint: 'its readability cannot be proved; fine if no user was ever disabled',
    });
  }
  for (const read of attributesTheMappingsRead(context)) add(read);
  if (role.membershipAttribute) {
    add({
      attribute: role.membershipAttribute,
      roles: ['role membership attribute'],
      need: 'some-user',
      whenAbsent: 'warn',
      absentHint: 'no user has a role, or the attribute is not readable',
    });
  }
  return list;
}

/** The extra user attributes and the attributes the user mappings read: most users should carry them. */
function attributesTheMappingsRead(context: CheckContext): AttributeRole[] {
  const list: AttributeRole[] = [];
  const add = (a: AttributeRole): number => list.push(a);
  for (const extra of context.settings.user.extraAttributes ?? []) {
    add({
      attribute: extra.ldapAttribute,
      roles: [`extra user attribute ${extra.profileProperty ?? extra.ldapAttribute}`],
      need: 'some-user',
      whenAbsent: 'warn',
      absentHint: 'its Okta profile property stays empty',
      fewCarriersHint: 'its Okta profile property stays empty for the others',
    });
  }
  for (const [oktaAttribute, ldapAttribute] of mappedAttributes(context)) {
    add({
      attribute: ldapAttribute,
      roles: [`user mapping source of ${oktaAttribute}`],
      need: 'some-user',
      whenAbsent: 'warn',
      absentHint: `Okta's ${oktaAttribute} would be empty`,
      fewCarriersHint: `Okta's ${oktaAttribute} would be empty for the others`,
    });
  }
  return list;
}

/** Okta attribute and the LDAP attribute its user mapping reads, for each `appuser.<property>` mapping. */
function mappedAttributes(context: CheckContext): [string, string][] {
  return Object.entries(context.input.userMappings ?? {}).flatMap(([oktaAttribute, expression]) => {
    const [ldapAttribute] = attributesReadBy({ [oktaAttribute]: expression }, context.settings);
    return ldapAttribute !== undefined ? [[oktaAttribute, ldapAttribute] as [string, string]] : [];
  });
}

async function inspect(context: CheckContext): Promise<CheckOutcome> {
  const sample = await sampleUsers(context);
  const roles = attributeRoles(context);
  const failures: string[] = [];
  const warnings: string[] = [];
  const attributes: Record<string, unknown> = {};
  // The presence searches (attributes no sampled user carries) go out together: one round trip.
  const presence = await Promise.all(
    roles.map(async (role) =>
      sample.some((u) => valuesOf(u, role.attribute).length > 0)
        ? false
        : (
            await boundedCount(
              context,
              context.settings.user.searchBase,
              `(&${context.settings.user.objectFilter}(${role.attribute}=*))`,
              1,
            )
          ).count > 0,
    ),
  );
  for (const [index, role] of roles.entries()) {
    const carriers = sample.filter((u) => valuesOf(u, role.attribute).length > 0);
    const missingOn = sample.filter((u) => valuesOf(u, role.attribute).length === 0).map((u) => u.dn);
    const foundByPresenceSearch = presence[index]!;
    attributes[role.attribute] = {
      usedAs: role.roles,
      onSampledUsers: carriers.length,
      ...(missingOn.length > 0 ? { missingOn } : {}),
      ...(carriers.length === 0 ? { foundByPresenceSearch } : {}),
    };
    const label = `${role.attribute} (${role.roles.join(', ')})`;
    if (role.fewCarriersHint !== undefined && sample.length > 0 && carriers.length * 2 < sample.length) {
      const elsewhere =
        carriers.length > 0 ? '' : foundByPresenceSearch ? ', other users carry it' : ', nor any other user';
      warnings.push(
        `${label} is on ${carriers.length} of ${sample.length} sampled users${elsewhere}: ${role.fewCarriersHint}`,
      );
    } else if (carriers.length === 0 && !foundByPresenceSearch) {
      const line = `${label} is on no user: ${role.absentHint}`;
      (role.whenAbsent === 'fail' ? failures : warnings).push(line);
    } else if (role.need === 'every-user' && missingOn.length > 0) {
      failures.push(`${label} is not readable on ${missingOn.join('; ')}`);
    } else if (role.missingOnSampleHint !== undefined && missingOn.length > 0) {
      warnings.push(
        `${label} is missing on ${missingOn.length} of ${sample.length} sampled users (${missingOn.join('; ')}): ${role.missingOnSampleHint}`,
      );
    }
  }
  const entryUuidOn = sample.filter((u) => valuesOf(u, 'entryUUID').length > 0).length;
  const evidence = {
    sampledUsers: sample.map((u) => u.dn),
    attributes,
    entryUUIDAvailable: sample.length > 0 && entryUuidOn === sample.length,
  };
  const fix = `Check the attribute names in ${OKTA_INTEGRATION_SETTINGS} and that the bind DN may read them.`;
  if (failures.length > 0) {
    return { status: 'fail', message: failures.join('; '), evidence, fix };
  }
  if (warnings.length > 0) {
    return { status: 'warn', message: warnings.join('; '), evidence, fix };
  }
  return {
    status: 'pass',
    message: `${roles.map((r) => r.attribute).join(', ')} readable on ${sample.length} sampled user${sample.length === 1 ? '' : 's'}`,
    evidence,
  };
}
