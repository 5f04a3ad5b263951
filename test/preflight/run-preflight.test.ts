import { Client } from 'ldapts';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { runPreflight } from '../../lib/preflight/run-preflight';
import type { Finding } from '../../lib/preflight/finding';
import { renderJson } from '../../lib/preflight/render/json';
import { renderMarkdown } from '../../lib/preflight/render/markdown';
import { renderText } from '../../lib/preflight/render/text';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { DEFAULT_GROUPS, DEFAULT_USERS, SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { finding, patchSettings, statuses } from './preflight-test-helpers';
import { integrationModel } from '../../lib/model/integration-model';

let dir: SlapdFixture;
let usersDn: string;

beforeAll(async () => {
  dir = await startSlapd({
    plainLdapPort: true,
    users: [...DEFAULT_USERS],
    groups: [
      ...DEFAULT_GROUPS,
      { cn: 'ops', members: ['alan.turing'] },
      { cn: 'ops', members: ['ada.lovelace'], parentOu: 'Teams' },
    ],
  });
  usersDn = dir.usersDn;
});
afterAll(async () => {
  await dir?.stop();
});

function options(
  extra: Partial<Parameters<typeof runPreflight>[1]> = {},
): Parameters<typeof runPreflight>[1] {
  return { bindPassword: dir.bindPassword, ca: dir.caPem, ...extra };
}

const ALL_IDS = [
  'PF-PASSWORD',
  'PF-TLS',
  'PF-BIND',
  'PF-BASE-ROOT',
  'PF-BASE-USERS',
  'PF-BASE-GROUPS',
  'PF-USER-FILTER',
  'PF-GROUP-FILTER',
  'PF-ROLE-CLASS',
  'PF-USER-ATTRIBUTES',
  'PF-UNIQUE-ID',
  'PF-INCREMENTAL',
  'PF-MAPPED-GROUP',
];

describe('runPreflight on a JumpCloud-shaped directory', () => {
  test('all pass with entryuuid as unique identifier, mapped groups and an active example user', async () => {
    const progress: Finding[] = [];
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), { schema: { uniqueIdentifierAttribute: 'entryuuid' } }),
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
        roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }],
        userMappings: {
          firstName: 'appuser.firstName',
          email: 'appuser.email',
          login: 'appuser.email + "x"',
        },
      }),
      options({ exampleUser: 'ada.lovelace@example.com', onProgress: (f) => progress.push(f) }),
    );
    expect(statuses(report)).toEqual([
      ...ALL_IDS.map((id) => `${id} pass`),
      'PF-MAPPED-GROUP pass',
      'PF-EXAMPLE-USER pass',
    ]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ pass: 15, warn: 0, fail: 0, skipped: 0 });
    expect(report.target).toBe(`ldaps://127.0.0.1:${dir.port}`);
    expect(report).toMatchObject({ host: '127.0.0.1', port: dir.port, connectionSecurity: 'LDAPS' });
    expect(progress.map((f) => f.id)).toEqual(report.findings.map((f) => f.id));
    expect(finding(report, 'PF-USER-FILTER').message).toBe(
      `The user filter (objectclass=inetorgperson) finds at least 5 users under ${usersDn}`,
    );
    expect(finding(report, 'PF-GROUP-FILTER').message).toBe(
      `The group filter (objectclass=groupofnames) finds at least 5 groups under ${usersDn}`,
    );
    const mapped = report.findings.filter((f) => f.id === 'PF-MAPPED-GROUP');
    expect(mapped.map((f) => f.message)).toEqual([
      `LDAP group engineering exists once: cn=engineering,${usersDn}`,
      `LDAP group admins exists once: cn=admins,${usersDn}`,
    ]);
    const example = finding(report, 'PF-EXAMPLE-USER');
    expect(example.message).toBe(
      `Example user ada.lovelace@example.com is active: uid=ada.lovelace,${usersDn}, uid ada.lovelace, 3 groups within the group base; mapped profile: email=ada.lovelace@example.com, firstName=Ada, login=(not evaluated: appuser.email + "x")`,
    );
    expect([...(example.evidence.groups as string[])].sort()).toEqual(
      [`cn=engineering,${usersDn}`, `cn=admins,${usersDn}`, `cn=ops,ou=Teams,${usersDn}`].sort(),
    );
    expect(example.evidence).toMatchObject({
      status: 'active',
      uid: 'ada.lovelace',
      dn: `uid=ada.lovelace,${usersDn}`,
      fullName: 'Ada Lovelace',
      email: 'ada.lovelace@example.com',
      oktaUsername: 'ada.lovelace@example.com',
      profile: {
        email: {
          expression: 'appuser.email',
          result: 'evaluated',
          ldapAttribute: 'mail',
          value: 'ada.lovelace@example.com',
        },
        firstName: {
          expression: 'appuser.firstName',
          result: 'evaluated',
          ldapAttribute: 'givenName',
          value: 'Ada',
        },
        login: { expression: 'appuser.email + "x"', result: 'not evaluated' },
      },
    });
    expect(typeof (example.evidence as { uniqueId: unknown }).uniqueId).toBe('string');
  });

  test('the JumpCloud recipe (entrydn) warns that renames change the unique identifier', async () => {
    const report = await runPreflight(integrationModel({ settings: dir.settings() }), options());
    expect(report.ok).toBe(true);
    const f = finding(report, 'PF-UNIQUE-ID');
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      'Unique identifier entrydn changes when a user or group is renamed; entryUUID is available on every sampled user',
    );
    expect(f.fix).toContain('entryuuid');
  });

  test('wrong password: PF-BIND fails with code 49 and the Bind DN hint; later checks are skipped', async () => {
    const report = await runPreflight(
      integrationModel({ settings: dir.settings() }),
      options({ bindPassword: 'not-the-password' }),
    );
    const bind = finding(report, 'PF-BIND');
    expect(bind.status).toBe('fail');
    expect(bind.message).toBe(
      `Bind as ${dir.bindDn} refused (invalid credentials, code 49): wrong password or bind DN, or the directory does not let this user bind`,
    );
    expect(bind.fix).toContain('Enable as LDAP Bind DN');
    expect(bind.evidence).toMatchObject({ faultClass: 'auth', code: 49 });
    expect(finding(report, 'PF-BASE-ROOT')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-BIND',
      message: 'Skipped: PF-BIND failed',
    });
    expect(finding(report, 'PF-USER-ATTRIBUTES')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-BIND',
    });
    expect(report.ok).toBe(false);
  });

  test('empty password: refused before any bind', async () => {
    const report = await runPreflight(
      integrationModel({ settings: dir.settings() }),
      options({ bindPassword: '' }),
    );
    expect(finding(report, 'PF-PASSWORD')).toMatchObject({
      status: 'fail',
      message:
        'The bind password is empty: an empty password is an unauthenticated bind that many servers accept, so no bind was attempted',
    });
    expect(finding(report, 'PF-TLS').status).toBe('pass');
    expect(finding(report, 'PF-BIND')).toMatchObject({ status: 'skipped', skippedBecause: 'PF-PASSWORD' });
    expect(finding(report, 'PF-MAPPED-GROUP')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-PASSWORD',
    });
  });

  test('wrong org id: the bases do not exist (code 32), check the org id', async () => {
    const wrong = '000000000000000000000000';
    const s = dir.settings();
    const swap = (dn: string): string => dn.replace(dir.orgId, wrong);
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(s, {
          agent: { rootDn: swap(s.agent.rootDn) },
          user: { searchBase: swap(s.user.searchBase) },
          group: { searchBase: swap(s.group.searchBase) },
        }),
      }),
      options(),
    );
    expect(finding(report, 'PF-BIND').status).toBe('pass');
    const root = finding(report, 'PF-BASE-ROOT');
    expect(root).toMatchObject({
      status: 'fail',
      message: `Root DN ou=Users,o=${wrong},dc=jumpcloud,dc=com does not exist (noSuchObject, code 32)`,
      evidence: { faultClass: 'no-such-object', code: 32 },
    });
    expect(root.fix).toContain('JumpCloud organization id');
    expect(finding(report, 'PF-BASE-USERS').status).toBe('fail');
    expect(finding(report, 'PF-USER-FILTER')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-BASE-USERS',
    });
  });

  test('group base wrong (ou=Groups): fails with code 32 and says JumpCloud keeps groups in ou=Users', async () => {
    const groups = `ou=Groups,o=${dir.orgId},dc=jumpcloud,dc=com`;
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), { group: { searchBase: groups } }),
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'E' }],
      }),
      options(),
    );
    const f = finding(report, 'PF-BASE-GROUPS');
    expect(f.status).toBe('fail');
    expect(f.message).toBe(`Group search base ${groups} does not exist (noSuchObject, code 32)`);
    expect(f.fix).toContain('JumpCloud keeps groups in ou=Users, not ou=Groups.');
    expect(finding(report, 'PF-USER-FILTER').status).toBe('pass');
    expect(finding(report, 'PF-GROUP-FILTER')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-BASE-GROUPS',
    });
    expect(finding(report, 'PF-MAPPED-GROUP')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-BASE-GROUPS',
    });
  });

  test('user filter matching nothing fails PF-USER-FILTER', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), {
          user: { objectClass: 'posixaccount', objectFilter: '(objectclass=posixaccount)' },
        }),
      }),
      options(),
    );
    const f = finding(report, 'PF-USER-FILTER');
    expect(f).toMatchObject({
      status: 'fail',
      message: `The user filter (objectclass=posixaccount) matches no entry under ${usersDn}`,
      evidence: { count: 0, atLeast: false },
    });
    expect(finding(report, 'PF-USER-ATTRIBUTES')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-USER-FILTER',
    });
  });

  test('a filter that is not RFC 4515 fails without a search', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), { group: { objectFilter: '(objectclass=groupofnames' } }),
      }),
      options(),
    );
    expect(finding(report, 'PF-GROUP-FILTER')).toMatchObject({
      status: 'fail',
      message:
        'The group filter (objectclass=groupofnames is not a valid LDAP filter (RFC 4515): Unbalanced parens: (objectclass=groupofnames. Full string: (objectclass=groupofnames',
      evidence: { faultClass: 'invalid-input' },
    });
  });

  test('a mapped group missing, and two groups with the mapped name, each fail PF-MAPPED-GROUP', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: dir.settings(),
        groupMappings: [
          { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
          { ldapGroup: 'finance', oktaGroup: 'Finance' },
          { ldapGroup: 'ops', oktaGroup: 'Ops' },
        ],
        roleMappings: [{ ldapGroup: 'Finance', role: OktaAdminRole.READ_ONLY_ADMIN }],
      }),
      options(),
    );
    const mapped = report.findings.filter((f) => f.id === 'PF-MAPPED-GROUP');
    expect(mapped.map((f) => `${f.status}: ${f.message}`)).toEqual([
      `pass: LDAP group engineering exists once: cn=engineering,${usersDn}`,
      `fail: LDAP group finance (group mapping -> Okta group Finance; role mapping -> READ_ONLY_ADMIN) not found under ${usersDn}`,
      `fail: LDAP group name ops is ambiguous: at least 2 groups under ${usersDn} match (cn=ops,${usersDn}; cn=ops,ou=Teams,${usersDn})`,
    ]);
    expect(mapped[1]!.title).toBe('Mapped LDAP group finance exists once');
    expect(mapped[2]!.evidence).toMatchObject({ group: 'ops', count: 2, atLeast: true });
    expect(report.ok).toBe(false);
  });

  test('a group name with filter metacharacters is escaped, not injected', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: dir.settings(),
        groupMappings: [{ ldapGroup: '*)(cn=*', oktaGroup: 'X' }],
      }),
      options(),
    );
    const f = finding(report, 'PF-MAPPED-GROUP');
    expect(f.status).toBe('fail');
    expect(f.evidence).toMatchObject({
      filter: '(&(objectclass=groupofnames)(cn=\\2a\\29\\28cn=\\2a))',
      count: 0,
    });
  });

  test('the example user disabled via pwdlock warns with its status', async () => {
    const report = await runPreflight(
      integrationModel({ settings: dir.settings() }),
      options({ exampleUser: 'edsger.dijkstra' }),
    );
    const f = finding(report, 'PF-EXAMPLE-USER');
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      'Example user edsger.dijkstra is disabled (pwdlock=true): Okta imports this user as deactivated; uid edsger.dijkstra, 1 group within the group base',
    );
    expect(f.evidence).toMatchObject({ status: 'disabled', email: 'edsger.dijkstra@example.com' });
  });

  test('an unknown example user fails; an injection attempt matches nobody', async () => {
    const report = await runPreflight(
      integrationModel({ settings: dir.settings() }),
      options({ exampleUser: '*' }),
    );
    expect(finding(report, 'PF-EXAMPLE-USER')).toMatchObject({
      status: 'fail',
      message: `Example user * not found under ${usersDn} (no uid or mail matches with the user filter)`,
    });
  });

  test('plain LDAP against the LDAPS port: PF-BIND names the protocol mismatch', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), {
          agent: { connectionSecurity: LdapConnectionSecurity.PLAIN, allowPlainLdap: true },
        }),
      }),
      options(),
    );
    expect(finding(report, 'PF-TLS').status).toBe('warn');
    const bind = finding(report, 'PF-BIND');
    expect(bind.status).toBe('fail');
    expect(bind.message).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${dir.port} closed the connection before answering the bind: it looks like an LDAPS port spoken to in plain LDAP \\(Connection closed before message response was received`,
      ),
    );
    expect(bind.evidence).toMatchObject({ faultClass: 'protocol-mismatch' });
  });

  test('StartTLS against the LDAPS port: PF-TLS names the protocol mismatch', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), {
          agent: { connectionSecurity: LdapConnectionSecurity.STARTTLS },
        }),
      }),
      options(),
    );
    const tls = finding(report, 'PF-TLS');
    expect(tls.status).toBe('fail');
    expect(tls.message).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${dir.port} closed the connection on a plain LDAP request \\(StartTLS\\): it looks like an LDAPS port`,
      ),
    );
    expect(tls.evidence).toMatchObject({ faultClass: 'protocol-mismatch' });
    expect(finding(report, 'PF-BIND')).toMatchObject({ status: 'skipped', skippedBecause: 'PF-TLS' });
  });

  test('StartTLS on the plain port passes with a verified certificate', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), {
          agent: { connectionSecurity: LdapConnectionSecurity.STARTTLS, port: dir.plainPort! },
        }),
      }),
      options(),
    );
    expect(finding(report, 'PF-TLS').message).toMatch(
      /^StartTLS to 127\.0\.0\.1:\d+ verified \(TLSv1\.[23]\)/,
    );
    expect(report.target).toBe(`ldap://127.0.0.1:${dir.plainPort!} (StartTLS)`);
    expect(report).toMatchObject({ host: '127.0.0.1', port: dir.plainPort!, connectionSecurity: 'STARTTLS' });
    expect(report.ok).toBe(true);
  });

  test('PLAIN without allowPlainLdap is refused without connecting', async () => {
    const report = await runPreflight(
      integrationModel({
        settings: patchSettings(dir.settings(), {
          agent: { connectionSecurity: LdapConnectionSecurity.PLAIN, port: dir.plainPort! },
        }),
      }),
      options(),
    );
    expect(finding(report, 'PF-TLS')).toMatchObject({
      status: 'fail',
      message: `Plain LDAP to 127.0.0.1:${dir.plainPort!} is refused: the settings choose connectionSecurity PLAIN without allowPlainLdap`,
    });
  });

  test('the bind password never appears in any output format or progress', async () => {
    const outputs: string[] = [];
    for (const bindPassword of [dir.bindPassword, `${dir.bindPassword}-wrong`]) {
      const report = await runPreflight(
        integrationModel({
          settings: dir.settings(),
          groupMappings: [{ ldapGroup: 'nope', oktaGroup: 'N' }],
        }),
        options({
          bindPassword,
          exampleUser: 'ada.lovelace',
          onProgress: (f) => outputs.push(JSON.stringify(f)),
        }),
      );
      outputs.push(
        renderText(report, { colour: true }),
        renderJson(report),
        renderMarkdown(report),
        JSON.stringify(report),
      );
    }
    for (const out of outputs) expect(out).not.toContain(dir.bindPassword);
  });

  test('the same search goes to the server once: on JumpCloud settings user and group bases are one DN, role and group filters one filter', async () => {
    const search = jest.spyOn(Client.prototype, 'search');
    try {
      const report = await runPreflight(
        integrationModel({
          settings: dir.settings(),
          groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'E' }],
          roleMappings: [{ ldapGroup: 'engineering', role: OktaAdminRole.SUPER_ADMIN }],
        }),
        options({ exampleUser: 'ada.lovelace' }),
      );
      expect(finding(report, 'PF-BASE-GROUPS').status).toBe('pass');
      expect(finding(report, 'PF-ROLE-CLASS').message).toBe(
        `The role filter (objectclass=groupofnames) finds at least 5 roles under ${usersDn}`,
      );
      const asked = search.mock.calls.map((call) => JSON.stringify(call));
      expect(asked.length).toBeGreaterThan(5);
      expect(new Set(asked).size).toBe(asked.length);
    } finally {
      search.mockRestore();
    }
  });

  test('nothing is written: no entry carries the bind DN as modifiersName after every kind of run', async () => {
    await runPreflight(
      integrationModel({
        settings: dir.settings(),
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'E' }],
        roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }],
        userMappings: { email: 'appuser.email' },
      }),
      options({ exampleUser: 'ada.lovelace' }),
    );
    const admin = new Client({
      url: dir.url,
      tlsOptions: { ca: dir.caPem },
      connectTimeout: 2000,
      timeout: 5000,
    });
    try {
      await admin.bind(dir.adminDn, dir.adminPassword);
      const { searchEntries } = await admin.search(dir.suffix, {
        scope: 'sub',
        filter: `(modifiersName=${dir.bindDn})`,
        attributes: ['1.1'],
      });
      expect(searchEntries).toEqual([]);
      const { searchEntries: all } = await admin.search(dir.suffix, {
        scope: 'sub',
        attributes: ['modifiersName'],
      });
      expect(all.length).toBeGreaterThan(5);
      // The filter itself works: the seeding identity is found the same way.
      const seededBy = all
        .map((e) => e.modifiersName)
        .find((v) => typeof v === 'string' && v !== '') as string;
      expect(seededBy).toBeDefined();
      const { searchEntries: bySeeder } = await admin.search(dir.suffix, {
        scope: 'sub',
        filter: `(modifiersName=${seededBy})`,
        attributes: ['1.1'],
      });
      expect(bySeeder.length).toBeGreaterThan(5);
    } finally {
      await admin.unbind();
    }
  });
});
