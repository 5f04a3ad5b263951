/**
 * The JumpCloud advice of preflight findings: where JumpCloud keeps what a generic check found
 * wrong. Added to the fix of a finding when the settings name the JumpCloud preset.
 */
import {
  type HintedOutcome,
  type HintSettings,
  INDEX_SUSPECTED,
  type PreflightHint,
} from '../directory-profile';
import { JUMPCLOUD_LDAP_HOSTS, JumpCloudRegion } from './jumpcloud-region';

/** Where JumpCloud grants a user the right to bind and search. */
const BIND_DN_SCREEN =
  'In the JumpCloud Admin Portal: Users > (the bind user) > User Security Settings and Permissions > "Enable as LDAP Bind DN", and bind the user to the LDAP directory (Directories tab).';

const BASE_HINTS: readonly PreflightHint[] = [
  {
    faultClasses: ['access', 'no-such-object'],
    text: 'Check the org id: the o=<ORG_ID> part must be your JumpCloud organization id (JumpCloud Admin Portal > Settings > Organization profile). If it is right, the bind user may lack "Enable as LDAP Bind DN" (such a user can bind but sees no tree).',
  },
  {
    faultClasses: ['access', 'no-such-object'],
    when: (o) => typeof o.evidence?.dn === 'string' && /(^|,)\s*ou=groups\s*(,|$)/i.test(o.evidence.dn),
    text: 'JumpCloud keeps groups in ou=Users, not ou=Groups.',
  },
  {
    when: (o) => o.evidence?.code === 34,
    text: 'JumpCloud DNs look like ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com.',
  },
];

/** A filter search that ran and matched nothing (not a syntax error, not a fault). */
const matchedNothing = (o: HintedOutcome): boolean => o.evidence?.count === 0;

/** The incremental-import search answered slowly: the index hint applies. */
const unindexed = (o: HintedOutcome): boolean => o.evidence?.[INDEX_SUSPECTED] === true;

/**
 * JumpCloud's LDAP host for these settings, from the region table: the region whose host the
 * settings name, or every region's host when the settings name another host.
 */
export function jumpCloudHostAdvice(settings: HintSettings): string {
  const regions = Object.values(JumpCloudRegion);
  const region = regions.find((r) => JUMPCLOUD_LDAP_HOSTS[r] === settings.agent.host);
  if (region !== undefined) return JUMPCLOUD_LDAP_HOSTS[region];
  return regions.map((r) => `${JUMPCLOUD_LDAP_HOSTS[r]} (region ${r})`).join(' or ');
}

/** JumpCloud's hints, by preflight check id. */
export const JUMPCLOUD_HINTS: Readonly<Record<string, readonly PreflightHint[]>> = {
  'PF-PASSWORD': [
    { text: "In JumpCloud the bind user's password is set under Users > (the bind user) > Password." },
  ],
  'PF-TLS': [
    {
      faultClasses: ['invalid-input'],
      text: (s) => `JumpCloud serves LDAPS on port 636 of ${jumpCloudHostAdvice(s)}.`,
    },
    {
      faultClasses: ['refused'],
      text: (s) => `JumpCloud serves LDAPS on port 636 and StartTLS on 389 of ${jumpCloudHostAdvice(s)}.`,
    },
    {
      faultClasses: ['tls-untrusted'],
      text: "JumpCloud's LDAP hosts use a public CA: if it is untrusted there, a TLS-inspecting proxy is in the path.",
    },
    {
      faultClasses: ['tls-hostname', 'dns'],
      text: (s) => `JumpCloud's LDAP host is ${jumpCloudHostAdvice(s)}.`,
    },
    {
      status: 'warn',
      when: (o) => o.evidence?.daysUntilExpiry !== undefined,
      text: 'JumpCloud renews the certificate of its LDAP hosts itself.',
    },
  ],
  'PF-BIND': [
    {
      faultClasses: ['auth'],
      when: (o) => o.evidence?.code === 49,
      text: 'A JumpCloud bind DN is uid=<BIND_USER>,ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com.',
    },
    { faultClasses: ['auth'], text: BIND_DN_SCREEN },
  ],
  'PF-BASE-ROOT': BASE_HINTS,
  'PF-BASE-USERS': BASE_HINTS,
  'PF-BASE-GROUPS': BASE_HINTS,
  'PF-USER-FILTER': [
    {
      when: matchedNothing,
      text: 'JumpCloud users are inetorgperson. In JumpCloud, users appear in LDAP only when bound to the LDAP directory (Directories > JumpCloud LDAP > Users or User Groups).',
    },
  ],
  'PF-GROUP-FILTER': [
    {
      when: matchedNothing,
      text: 'JumpCloud groups are groupofnames in ou=Users. In JumpCloud, a user group appears in LDAP only when bound to the LDAP directory (User Groups > (group) > Directories).',
    },
  ],
  'PF-ROLE-CLASS': [{ when: matchedNothing, text: 'JumpCloud roles are groupofnames entries.' }],
  'PF-USER-ATTRIBUTES': [
    {
      when: (o) => o.evidence?.faultClass === undefined,
      text: 'JumpCloud names them entrydn, mail, memberof and pwdlock.',
    },
  ],
  'PF-UNIQUE-ID': [
    {
      when: (o) => o.evidence?.entryUUIDAvailable === true,
      text: "JumpCloud's recipe uses entrydn; a renamed user then appears to Okta as a new user.",
    },
  ],
  'PF-INCREMENTAL': [
    { when: unindexed, text: 'JumpCloud runs its own directory: nothing to configure there.' },
  ],
  'PF-MAPPED-GROUP': [
    {
      when: matchedNothing,
      text: 'In JumpCloud, bind the group to the LDAP directory (User Groups > (group) > Directories).',
    },
  ],
  'PF-EXAMPLE-USER': [
    {
      status: 'fail',
      when: (o) => o.evidence?.dns === undefined && o.evidence?.faultClass === undefined,
      text: 'In JumpCloud, the user must be bound to the LDAP directory.',
    },
    {
      status: 'warn',
      when: (o) => o.evidence?.status === 'disabled',
      text: 'A locked JumpCloud account is unlocked under Users > (user) > unlock.',
    },
  ],
};
