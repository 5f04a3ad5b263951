import { execFile } from 'child_process';
import { existsSync } from 'fs';
import { rm, writeFile } from 'fs/promises';
import * as path from 'path';
import * as net from 'net';
import * as tls from 'tls';
import { Client, InvalidCredentialsError } from 'ldapts';
import {
  DEFAULT_BIND_PASSWORD,
  DEFAULT_ORG_ID,
  DEFAULT_USER_PASSWORD,
  SlapdFixture,
  bulkUserUid,
  startSlapd,
} from '../support/slapd-fixture';
import * as processModule from '../support/slapd-fixture-process';
import { isRunning, waitUntilGone } from '../support/slapd-fixture-process';
import * as tlsModule from '../support/slapd-fixture-tls';
import { closedPort, startSilentServer } from '../support/network';
import { LOADED_MACHINE_SLACK_MS } from '../support/timing-bounds';
import { tempDir } from '../support/temp-dir';

function client(fixture: SlapdFixture, url = fixture.url): Client {
  // ldapts 8.2 speaks TLS from the first byte whenever tlsOptions is set, even for an ldap:// URL:
  // for StartTLS, pass the CA to startTLS() and no tlsOptions here.
  return new Client({
    url,
    connectTimeout: 3000,
    timeout: 5000,
    ...(url.startsWith('ldaps://')
      ? { tlsOptions: { ca: [fixture.caPem], minVersion: 'TLSv1.2' as const } }
      : {}),
  });
}

async function withClient<T>(fixture: SlapdFixture, fn: (c: Client) => Promise<T>, url?: string): Promise<T> {
  const c = client(fixture, url);
  try {
    return await fn(c);
  } finally {
    await c.unbind();
  }
}

async function searchDns(fixture: SlapdFixture, filter: string): Promise<string[]> {
  return withClient(fixture, async (c) => {
    await c.bind(fixture.bindDn, fixture.bindPassword);
    const { searchEntries } = await c.search(fixture.usersDn, { filter, attributes: ['1.1'] });
    return searchEntries.map((e) => e.dn).sort();
  });
}

function tlsHandshake(port: number, ca: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ca: [ca], servername: 'localhost' }, () => {
      socket.end();
      resolve();
    });
    socket.once('error', (error: Error) => {
      socket.destroy();
      reject(error);
    });
  });
}

function exec(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('startSlapd with the default JumpCloud-shaped seed', () => {
  let fixture: SlapdFixture;
  beforeAll(async () => {
    fixture = await startSlapd();
  });
  afterAll(async () => {
    await fixture.stop();
  });

  test('exposes the JumpCloud DNs and an LDAPS URL on 127.0.0.1', () => {
    expect(fixture.orgId).toBe(DEFAULT_ORG_ID);
    expect(fixture.url).toBe(`ldaps://127.0.0.1:${fixture.port}`);
    expect(fixture.suffix).toBe('dc=jumpcloud,dc=com');
    expect(fixture.rootDn).toBe('ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com');
    expect(fixture.usersDn).toBe(fixture.rootDn);
    expect(fixture.bindDn).toBe('uid=okta-bind,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com');
    expect(fixture.bindPassword).toBe(DEFAULT_BIND_PASSWORD);
    expect(fixture.plainPort).toBeUndefined();
    expect(fixture.certificate.sans).toEqual(expect.arrayContaining(['DNS:localhost', 'IP:127.0.0.1']));
    expect(fixture.certificate.notAfter.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  });

  test('settings() are the JumpCloud recipe pointed at the fixture', () => {
    const settings = fixture.settings();
    expect(settings.agent).toEqual({
      host: '127.0.0.1',
      port: fixture.port,
      connectionSecurity: 'LDAPS',
      rootDn: fixture.rootDn,
      bindDn: fixture.bindDn,
      fipsOnly: false,
    });
    expect(settings.schema).toEqual({
      ldapVersion: 'OpenLDAP',
      uniqueIdentifierAttribute: 'entrydn',
      dnAttribute: 'entrydn',
    });
    expect(settings.user).toMatchObject({
      searchBase: fixture.usersDn,
      objectFilter: '(objectclass=inetorgperson)',
      accountDisabledAttribute: 'pwdlock',
      accountDisabledValue: 'true',
    });
    expect(settings.group).toEqual({
      searchBase: fixture.usersDn,
      objectClass: 'groupofnames',
      objectFilter: '(objectclass=groupofnames)',
      memberAttribute: 'member',
      userAttribute: 'memberof',
    });
    expect(settings.role).toEqual({ objectClass: 'groupofnames', membershipAttribute: 'memberof' });
    expect(fixture.settings()).not.toBe(settings);
  });

  test('the bind DN binds over LDAPS with the throwaway CA', async () => {
    const whoami = await withClient(fixture, async (c) => {
      await c.bind(fixture.bindDn, fixture.bindPassword);
      return c.exop('1.3.6.1.4.1.4203.1.11.3');
    });
    expect(whoami.value).toBe(`dn:${fixture.bindDn}`);
  });

  test('a wrong password is InvalidCredentialsError, code 49', async () => {
    const error = await withClient(fixture, (c) => c.bind(fixture.bindDn, 'not-the-password')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidCredentialsError);
    expect((error as InvalidCredentialsError).code).toBe(49);
  });

  test('a seed user binds with DEFAULT_USER_PASSWORD', async () => {
    await expect(
      withClient(fixture, (c) => c.bind(fixture.userDn('ada.lovelace'), DEFAULT_USER_PASSWORD)),
    ).resolves.toBeUndefined();
  });

  test('users carry memberOf, entryDN, entryUUID and pwdlock; userPassword is never readable', async () => {
    const entry = await withClient(fixture, async (c) => {
      await c.bind(fixture.bindDn, fixture.bindPassword);
      const { searchEntries } = await c.search(fixture.userDn('ada.lovelace'), {
        scope: 'base',
        attributes: ['*', 'entrydn', 'entryuuid', 'memberof', 'userpassword'],
      });
      return searchEntries[0];
    });
    expect(entry).toBeDefined();
    expect(entry?.objectClass).toEqual([
      'top',
      'person',
      'organizationalPerson',
      'inetOrgPerson',
      'jumpCloudUser',
    ]);
    expect(entry?.mail).toBe('ada.lovelace@example.com');
    expect(entry?.cn).toBe('Ada Lovelace');
    expect(entry?.pwdlock).toBe('false');
    expect(entry?.entryDN).toBe(fixture.userDn('ada.lovelace'));
    expect(entry?.entryUUID).toMatch(/^[0-9a-f-]{36}$/);
    expect([...(entry?.memberOf as string[])].sort()).toEqual([
      ...fixture.groupDns('admins'),
      ...fixture.groupDns('engineering'),
    ]);
    expect(entry?.userPassword).toBeUndefined();
  });

  test('groups are groupOfNames in ou=Users with member DNs', async () => {
    expect(await searchDns(fixture, '(objectclass=groupofnames)')).toEqual(
      ['admins', 'engineering', 'support'].map((cn) => `cn=${cn},${fixture.usersDn}`),
    );
    expect(await searchDns(fixture, `(member=${fixture.userDn('alan.turing')})`)).toEqual([
      `cn=support,${fixture.usersDn}`,
    ]);
  });

  test('the user filter finds the five seed users and the bind user', async () => {
    expect(await searchDns(fixture, '(objectclass=inetorgperson)')).toHaveLength(6);
  });

  test("pwdlock 'string' syntax: (pwdlock=true) matches the locked user", async () => {
    expect(await searchDns(fixture, '(pwdlock=true)')).toEqual([fixture.userDn('edsger.dijkstra')]);
    expect(await searchDns(fixture, '(pwdlock=TRUE)')).toEqual([fixture.userDn('edsger.dijkstra')]);
  });

  test('memberOf is maintained by the overlay for online adds', async () => {
    const dn = fixture.userDn('online.user');
    const memberOf = await withClient(fixture, async (c) => {
      await c.bind(fixture.adminDn, fixture.adminPassword);
      await c.add(dn, {
        objectClass: ['top', 'person', 'organizationalPerson', 'inetOrgPerson'],
        uid: 'online.user',
        cn: 'Online User',
        sn: 'User',
      });
      await c.add(`cn=online,${fixture.usersDn}`, {
        objectClass: ['top', 'groupOfNames'],
        cn: 'online',
        member: dn,
      });
      const { searchEntries } = await c.search(dn, { scope: 'base', attributes: ['memberOf'] });
      return searchEntries[0]?.memberOf;
    });
    expect(memberOf).toBe(`cn=online,${fixture.usersDn}`);
  });

  test('anonymous search is refused (disallow bind_anon)', async () => {
    const result = await exec(
      'ldapsearch',
      ['-x', '-H', fixture.url, '-b', fixture.usersDn, '-LLL', '(uid=*)', 'dn'],
      fixture.ldapEnv,
    );
    expect(result.code).toBe(48);
  });

  test('ldapEnv makes ldapwhoami trust the CA', async () => {
    const result = await exec(
      'ldapwhoami',
      ['-x', '-H', fixture.url, '-D', fixture.bindDn, '-w', fixture.bindPassword],
      fixture.ldapEnv,
    );
    expect(result).toMatchObject({ code: 0, stdout: `dn:${fixture.bindDn}\n` });
  });

  test('a paged search walks every page', async () => {
    // Pages of 2 over the five seed users and the bind user (the only entries with mail).
    const count = await withClient(fixture, async (c) => {
      await c.bind(fixture.bindDn, fixture.bindPassword);
      const { searchEntries } = await c.search(fixture.usersDn, {
        filter: '(mail=*@example.com)',
        attributes: ['1.1'],
        paged: { pageSize: 2 },
      });
      return searchEntries.length;
    });
    expect(count).toBe(6);
  });
});

describe('startSlapd options', () => {
  test("pwdlock 'boolean' syntax: (pwdlock=true) silently matches nothing, (pwdlock=TRUE) matches", async () => {
    const fixture = await startSlapd({ pwdlockSyntax: 'boolean' });
    try {
      expect(await searchDns(fixture, '(pwdlock=true)')).toEqual([]);
      expect(await searchDns(fixture, '(pwdlock=TRUE)')).toEqual([fixture.userDn('edsger.dijkstra')]);
    } finally {
      await fixture.stop();
    }
  });

  test('custom users, groups, org id, bind user and a group in a sub-OU', async () => {
    const fixture = await startSlapd({
      orgId: '0123456789abcdef01234567',
      bindUser: 'svc-okta',
      bindPassword: 'another secret, with comma',
      users: [
        { uid: 'x,y', mail: 'xy@example.com', groups: ['ops'] },
        { uid: 'z', password: 'z-password', pwdlock: true },
      ],
      groups: [{ cn: 'ops', members: ['z'], parentOu: 'Legacy' }],
    });
    try {
      expect(fixture.bindDn).toBe('uid=svc-okta,ou=Users,o=0123456789abcdef01234567,dc=jumpcloud,dc=com');
      expect(fixture.userDn('x,y')).toBe(
        'uid=x\\2Cy,ou=Users,o=0123456789abcdef01234567,dc=jumpcloud,dc=com',
      );
      expect(fixture.groupDns('ops')).toEqual([`cn=ops,ou=Legacy,${fixture.usersDn}`]);
      expect(await searchDns(fixture, '(objectclass=groupofnames)')).toEqual([
        `cn=ops,ou=Legacy,${fixture.usersDn}`,
      ]);
      expect(await searchDns(fixture, `(memberof=cn=ops,ou=Legacy,${fixture.usersDn})`)).toEqual(
        [fixture.userDn('x,y'), fixture.userDn('z')].sort(),
      );
      await expect(
        withClient(fixture, (c) => c.bind(fixture.userDn('z'), 'z-password')),
      ).resolves.toBeUndefined();
    } finally {
      await fixture.stop();
    }
  });

  test('plainLdapPort: StartTLS works on the plain listener; LDAPS to the plain port fails', async () => {
    const fixture = await startSlapd({ plainLdapPort: true });
    try {
      expect(fixture.plainPort).toEqual(expect.any(Number));
      expect(fixture.plainUrl).toBe(`ldap://127.0.0.1:${fixture.plainPort}`);
      const whoami = await withClient(
        fixture,
        async (c) => {
          await c.startTLS({ ca: [fixture.caPem], servername: 'localhost' });
          await c.bind(fixture.bindDn, fixture.bindPassword);
          return c.exop('1.3.6.1.4.1.4203.1.11.3');
        },
        fixture.plainUrl,
      );
      expect(whoami.value).toBe(`dn:${fixture.bindDn}`);
      await expect(
        withClient(
          fixture,
          (c) => c.bind(fixture.bindDn, fixture.bindPassword),
          `ldaps://127.0.0.1:${fixture.plainPort}`,
        ),
      ).rejects.toThrow();
    } finally {
      await fixture.stop();
    }
  });

  test('an expired certificate is rejected by Node TLS with CERT_HAS_EXPIRED', async () => {
    const fixture = await startSlapd({ certificate: { expired: true } });
    try {
      expect(fixture.certificate.notAfter.getTime()).toBeLessThan(Date.now());
      await expect(tlsHandshake(fixture.port, fixture.caPem)).rejects.toMatchObject({
        code: 'CERT_HAS_EXPIRED',
      });
    } finally {
      await fixture.stop();
    }
  });

  test('expiresInDays sets notAfter; the certificate is still valid', async () => {
    const fixture = await startSlapd({ certificate: { expiresInDays: 10 } });
    try {
      const days = (fixture.certificate.notAfter.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(9.9);
      expect(days).toBeLessThan(10.1);
      await expect(tlsHandshake(fixture.port, fixture.caPem)).resolves.toBeUndefined();
    } finally {
      await fixture.stop();
    }
  });

  test('a certificate without 127.0.0.1 in its SANs fails hostname verification', async () => {
    const fixture = await startSlapd({ certificate: { sans: ['DNS:ldap.example.com'] } });
    try {
      const error = await withClient(fixture, (c) => c.bind(fixture.bindDn, fixture.bindPassword)).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    } finally {
      await fixture.stop();
    }
  });

  test('selfSignedUntrusted: the fixture CA does not verify the server certificate', async () => {
    const fixture = await startSlapd({ certificate: { selfSignedUntrusted: true } });
    try {
      await expect(tlsHandshake(fixture.port, fixture.caPem)).rejects.toMatchObject({
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      });
    } finally {
      await fixture.stop();
    }
  });

  test('without the CA, Node rejects the chain (SELF_SIGNED_CERT_IN_CHAIN)', async () => {
    const fixture = await startSlapd();
    try {
      const c = new Client({ url: fixture.url, connectTimeout: 3000, timeout: 5000 });
      const error = await c.bind(fixture.bindDn, fixture.bindPassword).catch((e: unknown) => e);
      await c.unbind();
      expect(error).toMatchObject({ code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    } finally {
      await fixture.stop();
    }
  });

  test('sizeLimit N: an unpaged search past N fails with code 4', async () => {
    const fixture = await startSlapd({ sizeLimit: 3 });
    try {
      await expect(searchDns(fixture, '(objectclass=inetorgperson)')).rejects.toMatchObject({ code: 4 });
    } finally {
      await fixture.stop();
    }
  });

  test('bulkUsers and largeGroup: memberOf written offline, the group holds N members', async () => {
    const fixture = await startSlapd({ bulkUsers: 1200, largeGroup: { cn: 'everyone', members: 1000 } });
    try {
      expect(fixture.timings.entries).toBe(1 + 1 + 1 + 1 + 5 + 3 + 1200 + 1);
      const result = await withClient(fixture, async (c) => {
        await c.bind(fixture.bindDn, fixture.bindPassword);
        const members = await c.search(fixture.groupDns('everyone')[0] ?? '', {
          scope: 'base',
          attributes: ['member'],
        });
        const inGroup = await c.search(fixture.usersDn, {
          filter: `(memberof=cn=everyone,${fixture.usersDn})`,
          attributes: ['1.1'],
          paged: { pageSize: 500 },
        });
        const all = await c.search(fixture.usersDn, {
          filter: '(objectclass=inetorgperson)',
          attributes: ['1.1'],
          paged: { pageSize: 500 },
        });
        return {
          members: members.searchEntries[0]?.member,
          inGroup: inGroup.searchEntries.length,
          all: all.searchEntries.length,
        };
      });
      expect(result.members).toHaveLength(1000);
      expect(result.inGroup).toBe(1000);
      expect(result.all).toBe(1 + 5 + 1200);
      // The default soft limit (500) still applies to an unpaged search without a client limit.
      await expect(searchDns(fixture, '(objectclass=inetorgperson)')).rejects.toMatchObject({ code: 4 });
      await expect(
        withClient(fixture, (c) => c.bind(fixture.userDn(bulkUserUid(1200)), 'Fixture-Bulk-Passw0rd')),
      ).resolves.toBeUndefined();
    } finally {
      await fixture.stop();
    }
  });

  test('option errors are reported before anything starts', async () => {
    await expect(startSlapd({ bulkUsers: 10, largeGroup: { cn: 'big', members: 20 } })).rejects.toThrow(
      "slapd fixture: largeGroup.members 20 is more than bulkUsers 10; the large group's members are bulk users, so set bulkUsers >= 20",
    );
    await expect(
      startSlapd({ users: [{ uid: 'a' }], groups: [{ cn: 'g', members: ['nobody'] }] }),
    ).rejects.toThrow(
      'slapd fixture: group "g" lists member "nobody", which is not a fixture user; add it to users',
    );
    await expect(startSlapd({ users: [{ uid: 'a' }], groups: [{ cn: 'g', members: [] }] })).rejects.toThrow(
      'slapd fixture: group "g" has no members; groupOfNames needs at least one (add a user or the bind user \'okta-bind\')',
    );
  });

  test('works from a temp dir whose path holds a space', async () => {
    const parent = tempDir('with space-');
    try {
      const fixture = await startSlapd({ parentDir: parent });
      try {
        expect(fixture.dir.startsWith(parent)).toBe(true);
        const result = await exec(
          'ldapwhoami',
          ['-x', '-H', fixture.url, '-D', fixture.bindDn, '-w', fixture.bindPassword],
          fixture.ldapEnv,
        );
        expect(result).toMatchObject({ code: 0, stdout: `dn:${fixture.bindDn}\n` });
      } finally {
        await fixture.stop();
      }
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  test('a missing slapd is a loud Error with the install command', async () => {
    await expect(startSlapd({ toolDirs: ['/nonexistent'] })).rejects.toThrow(
      new Error("slapd not found: install it with 'apt-get install -y slapd ldap-utils openssl'"),
    );
  });
});

describe('a large directory (the benchmark shape, scaled down)', () => {
  // 20k here (about 1 s); the 100k shape costs 3.5 s idle and 11 s on a loaded 2-core machine, so
  // it runs in the benchmarks and in `npx tsx test/support/slapd-fixture-timings.ts`, not in every `npm test`.
  test('bulkUsers 20000 + largeGroup 20000: every member written, memberOf on each bulk user', async () => {
    const fixture = await startSlapd({
      bulkUsers: 20_000,
      largeGroup: { cn: 'all-staff', members: 20_000 },
    });
    try {
      expect(fixture.timings.entries).toBe(20_013);
      const groupDn = `cn=all-staff,${fixture.usersDn}`;
      expect(fixture.groupDns('all-staff')).toEqual([groupDn]);
      const bind = [
        '-x',
        '-H',
        fixture.url,
        '-D',
        fixture.bindDn,
        '-w',
        fixture.bindPassword,
        '-LLL',
        '-o',
        'ldif-wrap=no',
      ];
      const members = await exec(
        'ldapsearch',
        [...bind, '-b', groupDn, '-s', 'base', 'member'],
        fixture.ldapEnv,
      );
      expect(members.code).toBe(0);
      expect(members.stdout.split('\n').filter((line) => line.startsWith('member: '))).toHaveLength(20_000);
      const last = await exec(
        'ldapsearch',
        [...bind, '-b', fixture.userDn(bulkUserUid(20_000)), '-s', 'base', 'memberOf', 'pwdlock'],
        fixture.ldapEnv,
      );
      expect(last.stdout).toContain(`memberOf: ${groupDn}\n`);
      expect(last.stdout).toContain('pwdlock: false\n');
    } finally {
      await fixture.stop();
    }
  }, 120_000);
});

describe('pause() and resume()', () => {
  test('a paused server stops answering mid-session; resume() brings it back', async () => {
    const fixture = await startSlapd();
    try {
      const c = new Client({
        url: fixture.url,
        connectTimeout: 1000,
        timeout: 400,
        tlsOptions: { ca: [fixture.caPem] },
      });
      await c.bind(fixture.bindDn, fixture.bindPassword);
      await fixture.pause();
      const started = Date.now();
      await expect(c.search(fixture.usersDn, { filter: '(uid=ada.lovelace)' })).rejects.toThrow(
        'SearchRequest: Operation timed out',
      );
      expect(Date.now() - started).toBeLessThan(400 + LOADED_MACHINE_SLACK_MS);
      await fixture.resume();
      await c.unbind().catch(() => undefined);
      expect(await searchDns(fixture, '(uid=ada.lovelace)')).toEqual([fixture.userDn('ada.lovelace')]);
    } finally {
      await fixture.stop();
    }
  });

  test('stop() ends a paused server', async () => {
    const fixture = await startSlapd();
    await fixture.pause();
    await fixture.stop();
    expect(isRunning(fixture.pid)).toBe(false);
    await expect(fixture.resume()).rejects.toThrow(
      `slapd fixture: slapd (pid ${fixture.pid}) is not running; SIGCONT was not sent`,
    );
  });
});

describe('stop()', () => {
  test('leaves no process, no listener and no directory; is idempotent', async () => {
    const fixture = await startSlapd();
    expect(isRunning(fixture.pid)).toBe(true);
    await Promise.all([fixture.stop(), fixture.stop()]);
    await fixture.stop();
    expect(isRunning(fixture.pid)).toBe(false);
    expect(existsSync(fixture.dir)).toBe(false);
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: fixture.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });

  test('one exit listener while fixtures run, none after the last stops', async () => {
    const baseline = process.listenerCount('exit');
    const [a, b] = await Promise.all([startSlapd(), startSlapd()]);
    expect(process.listenerCount('exit')).toBe(baseline + 1);
    await a.stop();
    expect(process.listenerCount('exit')).toBe(baseline + 1);
    await b.stop();
    expect(process.listenerCount('exit')).toBe(baseline);
  });

  test('parallel fixtures get distinct ports and all stop', async () => {
    const fixtures = await Promise.all([startSlapd(), startSlapd(), startSlapd()]);
    expect(new Set(fixtures.map((f) => f.port)).size).toBe(3);
    await Promise.all(fixtures.map((f) => f.stop()));
    expect(fixtures.map((f) => isRunning(f.pid))).toEqual([false, false, false]);
  });
});

describe('a process that never calls stop()', () => {
  test('its exit hook stops slapd and removes the directory', async () => {
    const dir = tempDir('forgetful-');
    const script = path.join(dir, 'forgetful.ts');
    await writeFile(
      script,
      `import { startSlapd } from ${JSON.stringify(path.resolve(__dirname, '../support/slapd-fixture'))};\n` +
        `startSlapd().then((f) => console.log(JSON.stringify({ pid: f.pid, dir: f.dir })));\n`,
    );
    try {
      const result = await exec(process.execPath, ['--import', 'tsx', script], {});
      expect(result.code).toBe(0);
      const { pid, dir: fixtureDir } = JSON.parse(result.stdout) as { pid: number; dir: string };
      expect(await waitUntilGone(pid, 5000)).toBe(true);
      expect(existsSync(fixtureDir)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('network helpers', () => {
  test('startSilentServer accepts TCP and never answers (ldapts connectTimeout fires)', async () => {
    const silent = await startSilentServer();
    try {
      const c = new Client({ url: `ldaps://127.0.0.1:${silent.port}`, connectTimeout: 300, timeout: 300 });
      const started = Date.now();
      await expect(c.bind('cn=x', 'y')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(300 + LOADED_MACHINE_SLACK_MS);
      expect(silent.connections()).toBeGreaterThanOrEqual(1);
      await c.unbind();
    } finally {
      await silent.close();
    }
  });

  test('closedPort gives ECONNREFUSED', async () => {
    const port = await closedPort();
    const c = new Client({ url: `ldaps://127.0.0.1:${port}`, connectTimeout: 1000 });
    await expect(c.bind('cn=x', 'y')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await c.unbind();
  });
});

describe('start-up failures', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('a port taken between picking and binding is retried on another port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    const realFreePort = processModule.freePort;
    const spy = jest.spyOn(processModule, 'freePort').mockImplementationOnce(async () => taken);
    spy.mockImplementation(realFreePort);
    try {
      const fixture = await startSlapd();
      try {
        expect(fixture.port).not.toBe(taken);
        expect(spy).toHaveBeenCalledTimes(2);
      } finally {
        await fixture.stop();
      }
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  test("a slapd that cannot start says why, in slapd's own words", async () => {
    const realCreateTlsFiles = tlsModule.createTlsFiles;
    jest.spyOn(tlsModule, 'createTlsFiles').mockImplementation(async (...args) => ({
      ...(await realCreateTlsFiles(...args)),
      keyFile: '/nonexistent/server.key',
    }));
    const error = await startSlapd().catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^slapd fixture: slapd exited with 1 while starting on ldaps:\/\/127\.0\.0\.1:\d+\/; its start-up errors \(slapd -d none\):\n/,
    );
    expect((error as Error).message).toContain(
      'TLS: could not use private key file `/nonexistent/server.key`',
    );
  });
});
