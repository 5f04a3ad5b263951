/**
 * The FreeIPA advice of preflight findings, added to the fix of a finding when the settings name the
 * FreeIPA preset.
 */
import { INDEX_SUSPECTED, type PreflightHint } from '../directory-profile';

/** FreeIPA's hints, by preflight check id. */
export const FREEIPA_HINTS: Readonly<Record<string, readonly PreflightHint[]>> = {
  'PF-TLS': [
    {
      faultClasses: ['tls-untrusted'],
      text: 'FreeIPA certificates are issued by the IPA CA: pass its certificate (/etc/ipa/ca.crt on any enrolled host) with --ca-file.',
    },
  ],
  'PF-BIND': [
    {
      faultClasses: ['auth'],
      text: 'A FreeIPA service account is a system account, uid=<NAME>,cn=sysaccounts,cn=etc,<base DN>, added with ldapmodify as Directory Manager.',
    },
  ],
  'PF-USER-ATTRIBUTES': [
    {
      when: (o) => o.evidence?.faultClass === undefined,
      text: 'FreeIPA names them ipauniqueid, mail, memberof and nsaccountlock.',
    },
  ],
  'PF-INCREMENTAL': [
    {
      when: (o) => o.evidence?.[INDEX_SUSPECTED] === true,
      text: 'In FreeIPA (389 Directory Server): dsconf <INSTANCE> backend index add --index-type eq --attr modifyTimestamp --reindex userRoot.',
    },
  ],
  'PF-EXAMPLE-USER': [
    {
      status: 'warn',
      text: 'A disabled FreeIPA user is enabled with ipa user-enable <LOGIN>.',
    },
  ],
};
