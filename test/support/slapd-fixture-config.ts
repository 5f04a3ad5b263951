/**
 * slapd.conf and the custom `pwdlock` schema for the slapd test fixture. Internal to test/support.
 */

/**
 * Private OID arc for the fixture's schema: a UUID-derived OID under `2.25` (ITU-T X.667), which
 * needs no registration and cannot collide with a real arc.
 */
export const FIXTURE_OID_ARC = '2.25.122935966968643458472576695798564665063';

/** The auxiliary object class that carries `pwdlock` on every fixture user. */
export const PWDLOCK_OBJECT_CLASS = 'jumpCloudUser';

/**
 * The schema for `pwdlock`. `string`: a case-insensitive directory string, so `(pwdlock=true)`
 * matches a stored `true` or `TRUE`. `boolean`: RFC 4517 Boolean syntax, which only accepts
 * `TRUE`/`FALSE`; the filter `(pwdlock=true)` is then Undefined and silently matches nothing.
 */
export function pwdlockSchema(syntax: 'string' | 'boolean'): string {
  const attributeType =
    syntax === 'boolean'
      ? `attributetype ( ${FIXTURE_OID_ARC}.1.1 NAME 'pwdlock'
  DESC 'JumpCloud stand-in: account locked (Boolean syntax: TRUE or FALSE only)'
  EQUALITY booleanMatch
  SYNTAX 1.3.6.1.4.1.1466.115.121.1.7
  SINGLE-VALUE )`
      : `attributetype ( ${FIXTURE_OID_ARC}.1.1 NAME 'pwdlock'
  DESC 'JumpCloud stand-in: account locked (case-insensitive string, e.g. true)'
  EQUALITY caseIgnoreMatch
  SUBSTR caseIgnoreSubstringsMatch
  SYNTAX 1.3.6.1.4.1.1466.115.121.1.15
  SINGLE-VALUE )`;
  return `# cdktf-okta-ldap test fixture schema (private OID arc ${FIXTURE_OID_ARC})
${attributeType}

objectclass ( ${FIXTURE_OID_ARC}.2.1 NAME '${PWDLOCK_OBJECT_CLASS}'
  DESC 'JumpCloud stand-in: auxiliary class carrying pwdlock'
  SUP top AUXILIARY
  MAY ( pwdlock ) )
`;
}

export interface SlapdConfigInput {
  readonly dir: string;
  readonly schemaFile: string;
  readonly dbDir: string;
  readonly suffix: string;
  readonly adminDn: string;
  readonly adminPasswordHash: string;
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly sizeLimit: number | 'unlimited-paged' | undefined;
  readonly maxSizeBytes: number;
  /** Attributes no one may read or search (an ACL). */
  readonly hiddenAttributes?: readonly string[];
}

function sizeLimitLine(sizeLimit: SlapdConfigInput['sizeLimit']): string {
  if (typeof sizeLimit === 'number') {
    if (!Number.isInteger(sizeLimit) || sizeLimit < 1) {
      throw new Error(
        `slapd fixture: sizeLimit ${sizeLimit} is not valid; use a positive integer or 'unlimited-paged'`,
      );
    }
    // A strict server, like stock OpenLDAP's `sizelimit N`: paged searches past N fail with code 4 too.
    return `sizelimit size.soft=${sizeLimit} size.hard=${sizeLimit} size.prtotal=${sizeLimit}`;
  }
  // The default ('unlimited-paged'): unpaged searches without a client limit stop at 500 (code 4);
  // paged searches and explicit client limits are not capped.
  return 'sizelimit size.soft=500 size.hard=unlimited size.prtotal=unlimited';
}

function hiddenAttributesAcl(names: readonly string[] | undefined): string {
  if (names === undefined || names.length === 0) return '';
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
      throw new Error(`slapd fixture: hiddenAttributes ${JSON.stringify(name)} is not an attribute name`);
    }
  }
  return `access to attrs=${names.join(',')}\n  by * none\n`;
}

/** Quotes a slapd.conf argument (paths may hold spaces). */
function q(value: string): string {
  if (/["\\\n]/.test(value)) {
    throw new Error(
      `slapd fixture: ${JSON.stringify(value)} cannot be written into slapd.conf; use a path without quotes or backslashes`,
    );
  }
  return `"${value}"`;
}

/** A private slapd.conf: one mdb database, memberof + refint overlays, LDAPS, JumpCloud-like ACLs. */
export function slapdConf(input: SlapdConfigInput): string {
  return `# cdktf-okta-ldap slapd test fixture (generated; deleted on stop)
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
include ${q(input.schemaFile)}

pidfile ${q(`${input.dir}/slapd.pid`)}
argsfile ${q(`${input.dir}/slapd.args`)}
loglevel none

modulepath /usr/lib/ldap
moduleload back_mdb
moduleload memberof
moduleload refint

disallow bind_anon
require none

TLSCACertificateFile ${q(input.caFile)}
TLSCertificateFile ${q(input.certFile)}
TLSCertificateKeyFile ${q(input.keyFile)}
TLSProtocolMin 3.3
TLSVerifyClient never

database mdb
suffix ${q(input.suffix)}
rootdn ${q(input.adminDn)}
rootpw ${input.adminPasswordHash}
directory ${q(input.dbDir)}
maxsize ${input.maxSizeBytes}
dbnosync
${sizeLimitLine(input.sizeLimit)}
index objectClass eq
index uid,mail,cn eq
index member,memberOf eq

overlay memberof
memberof-group-oc groupOfNames
memberof-member-ad member
memberof-memberof-ad memberOf
memberof-refint TRUE

overlay refint
refint_attributes member

access to attrs=userPassword
  by anonymous auth
  by * none
${hiddenAttributesAcl(input.hiddenAttributes)}access to *
  by users read
  by * none
`;
}
