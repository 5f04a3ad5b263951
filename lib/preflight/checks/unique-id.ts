import type { PreflightCheck } from '../check';
import { valuesOf } from '../entry-values';
import { genericFaultOutcome, OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { sampleUsers } from '../sample-users';

const RENAME_SENSITIVE = new Set(['entrydn', 'dn', 'distinguishedname']);

/**
 * PF-UNIQUE-ID: warns when the unique identifier attribute is the DN (`entrydn`), which changes when a
 * user or group is renamed, and says whether `entryUUID` (RFC 4530) is available instead.
 */
export const uniqueIdCheck: PreflightCheck = {
  id: 'PF-UNIQUE-ID',
  title: 'Unique identifier survives renames',
  requires: ['PF-USER-FILTER'],
  run: async (context) => {
    const attribute = context.settings.schema.uniqueIdentifierAttribute;
    let sample;
    try {
      sample = await sampleUsers(context);
    } catch (error) {
      return genericFaultOutcome('Reading sample users', error, `Check ${OKTA_INTEGRATION_SETTINGS}.`);
    }
    const withUuid = sample.filter((u) => valuesOf(u, 'entryUUID').length > 0).length;
    const available = sample.length > 0 && withUuid === sample.length;
    const evidence = {
      uniqueIdentifierAttribute: attribute,
      entryUUIDAvailable: available,
      sampledUsers: sample.length,
    };
    if (RENAME_SENSITIVE.has(attribute.toLowerCase())) {
      return {
        status: 'warn',
        message: available
          ? `Unique identifier ${attribute} changes when a user or group is renamed; entryUUID is available on every sampled user`
          : `Unique identifier ${attribute} changes when a user or group is renamed; entryUUID is not readable here, so keep ${attribute} and avoid renames`,
        evidence,
        fix: available
          ? `Set Unique identifier attribute to entryuuid in ${OKTA_INTEGRATION_SETTINGS} before the first import (changing it later re-links every user).`
          : `Avoid renaming users and groups in the directory, or ask the directory owner to expose entryUUID.`,
      };
    }
    return {
      status: 'pass',
      message: `Unique identifier ${attribute} does not change on rename${available ? '' : ' (entryUUID not readable)'}`,
      evidence,
    };
  },
};
