/**
 * The OpenLDAP advice of preflight findings, added to the fix of a finding when the settings name
 * the OpenLDAP preset.
 */
import type { PreflightHint } from '../directory-profile';

/** OpenLDAP's hints, by preflight check id. */
export const OPENLDAP_HINTS: Readonly<Record<string, readonly PreflightHint[]>> = {
  'PF-INCREMENTAL': [
    {
      when: (o) => /\bnot indexed\b/.test(o.message),
      text: 'In OpenLDAP: "index modifyTimestamp eq" in the database, then slapindex.',
    },
  ],
};
