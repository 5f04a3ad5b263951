/**
 * The OpenLDAP advice of preflight findings, added to the fix of a finding when the settings name
 * the OpenLDAP preset.
 */
import { INDEX_SUSPECTED, type PreflightHint } from '../directory-profile';

/** OpenLDAP's hints, by preflight check id. */
export const OPENLDAP_HINTS: Readonly<Record<string, readonly PreflightHint[]>> = {
  'PF-INCREMENTAL': [
    {
      when: (o) => o.evidence?.[INDEX_SUSPECTED] === true,
      text: 'In OpenLDAP: "index modifyTimestamp eq" in the database, then slapindex.',
    },
  ],
};
