import type { PreflightReport } from '../../../lib/preflight/finding';
import { LdapConnectionSecurity } from '../../../lib/settings/setting-choices';

/** A hand-made report with one finding of each status, and text that needs escaping. */
export function sampleReport(): PreflightReport {
  return {
    schema: 'cdktf-okta-ldap/preflight@1',
    target: 'ldaps://ldap.example.test:636',
    host: 'ldap.example.test',
    port: 636,
    connectionSecurity: LdapConnectionSecurity.LDAPS,
    bindDn: 'uid=okta-bind,ou=Users,o=abc,dc=jumpcloud,dc=com',
    startedAt: '2026-11-29T03:00:00.000Z',
    durationMs: 42,
    findings: [
      {
        id: 'PF-PASSWORD',
        title: 'Bind password present',
        status: 'pass',
        message: 'A bind password was given',
        evidence: { z: 1, a: { y: 2, b: 3 } },
      },
      {
        id: 'PF-UNIQUE-ID',
        title: 'Unique identifier survives renames',
        status: 'warn',
        message: 'entrydn | changes',
        evidence: {},
        fix: 'Use *entryuuid*',
      },
      {
        id: 'PF-BIND',
        title: 'Bind as the bind DN',
        status: 'fail',
        message: 'Bind refused (code 49)',
        evidence: { faultClass: 'auth', code: 49 },
        fix: 'Enable as LDAP Bind DN',
      },
      {
        id: 'PF-BASE-ROOT',
        title: 'Root DN exists',
        status: 'skipped',
        message: 'Skipped: PF-BIND failed',
        evidence: {},
        skippedBecause: 'PF-BIND',
      },
    ],
    summary: { pass: 1, warn: 1, fail: 1, skipped: 1 },
    ok: false,
  };
}
