/**
 * A real OpenLDAP directory for tests and benchmarks, shaped like JumpCloud's hosted LDAP.
 *
 * `startSlapd()` creates a private temp dir, a throwaway CA and server certificate (openssl), a
 * private slapd.conf, seeds the tree offline with `slapadd`, starts slapd on
 * `ldaps://127.0.0.1:<random port>/` and returns once it accepts connections. `stop()` sends
 * SIGTERM to the PID from the fixture's own pidfile, waits until it is gone and deletes the dir.
 * A missing slapd is a loud Error with the install command, never a skip. See docs/test-directory.md.
 */
import { promises as fs, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { pwdlockSchema, slapdConf } from './slapd-fixture-config';
import { escapeDnValue as escapeRdn, sshaHash } from './slapd-fixture-ldif';
import {
  canConnect,
  commandLine,
  defaultToolDirs,
  execTool,
  findTool,
  freePort,
  isRunning,
  processState,
  runDaemonizing,
  runTool,
  sleep,
  waitUntilGone,
} from './slapd-fixture-process';
import {
  DEFAULT_GROUPS,
  DEFAULT_USERS,
  FixtureGroup,
  FixtureUser,
  writeSeedLdif,
} from './slapd-fixture-seed';
import { FixtureCertificateOptions, createTlsFiles } from './slapd-fixture-tls';

export {
  BULK_USER_PASSWORD,
  DEFAULT_GROUPS,
  DEFAULT_USERS,
  DEFAULT_USER_PASSWORD,
  bulkUserUid,
} from './slapd-fixture-seed';
export type { FixtureGroup, FixtureUser } from './slapd-fixture-seed';
export type { FixtureCertificateOptions } from './slapd-fixture-tls';
export { FIXTURE_OID_ARC, PWDLOCK_OBJECT_CLASS } from './slapd-fixture-config';

/** The default JumpCloud org id of the fixture (24 lowercase hex characters). */
export const DEFAULT_ORG_ID = '5f3c0a1b2c3d4e5f60718293';
/** The default bind user's uid. */
export const DEFAULT_BIND_USER = 'okta-bind';
/** The default bind password (a test value; recognisable on purpose for secret-leak scans). */
export const DEFAULT_BIND_PASSWORD = 'Fixture-Bind-S3cret-7d41c0';
/** The fixture's suffix, as JumpCloud's. */
export const FIXTURE_SUFFIX = 'dc=jumpcloud,dc=com';

export interface SlapdFixtureOptions {
  /** JumpCloud org id: the `o=<orgId>` level. @default DEFAULT_ORG_ID */
  readonly orgId?: string;
  /**
   * The tree's suffix, above `o=<orgId>`: another one (e.g. `dc=example,dc=com`) gives a directory
   * with no JumpCloud name in any DN. @default FIXTURE_SUFFIX
   */
  readonly suffix?: string;
  /** uid of the bind user (an inetOrgPerson in ou=Users). @default DEFAULT_BIND_USER */
  readonly bindUser?: string;
  /** @default DEFAULT_BIND_PASSWORD */
  readonly bindPassword?: string;
  /** Users in ou=Users. @default DEFAULT_USERS (five users, edsger.dijkstra locked with pwdlock) */
  readonly users?: FixtureUser[];
  /**
   * Groups in ou=Users (groupOfNames). Members also come from each user's `groups`.
   * @default DEFAULT_GROUPS when `users` is unset too; otherwise only the groups the users name
   */
  readonly groups?: FixtureGroup[];
  /**
   * Syntax of `pwdlock`. 'string': case-insensitive directory string (`(pwdlock=true)` matches);
   * 'boolean': only TRUE/FALSE, and `(pwdlock=true)` silently matches nothing.
   * @default 'string'
   */
  readonly pwdlockSyntax?: 'string' | 'boolean';
  /** Server certificate knobs. @default - valid 365 days, SANs DNS:localhost, DNS:<hostname>, IP:127.0.0.1, signed by the CA */
  readonly certificate?: FixtureCertificateOptions;
  /**
   * Server size limit. A number N: soft = hard = paged total = N (a strict server).
   * @default - soft 500, hard unlimited, paged total unlimited (same as 'unlimited-paged')
   */
  readonly sizeLimit?: number | 'unlimited-paged';
  /** Extra users `bulk-user-000001`… (password BULK_USER_PASSWORD), added offline. @default - largeGroup.members, or 0 */
  readonly bulkUsers?: number;
  /** A group in ou=Users whose members are the first N bulk users. @default - none */
  readonly largeGroup?: { cn: string; members: number };
  /**
   * Attributes no one may read or search (an ACL `by * none`), e.g. `modifyTimestamp` for a directory
   * that hides it. @default - none
   */
  readonly hiddenAttributes?: string[];
  /**
   * More schema (slapd.conf `attributetype` / `objectclass` text) loaded next to the fixture's own,
   * e.g. a vendor's attributes for a directory shaped like that vendor's. @default - none
   */
  readonly extraSchema?: string;
  /** Also listen on plain `ldap://127.0.0.1:<plainPort>/` (StartTLS works there). @default false */
  readonly plainLdapPort?: boolean;
  /** Folder in which the fixture's private directory is made. @default os.tmpdir() */
  readonly parentDir?: string;
  /** Where to look for slapd, slapadd and openssl. @default - PATH, then /usr/sbin, /usr/local/sbin, /sbin */
  readonly toolDirs?: string[];
}

export interface SlapdFixture {
  readonly host: '127.0.0.1';
  /** The LDAPS port. */
  readonly port: number;
  /** `ldaps://127.0.0.1:<port>` */
  readonly url: string;
  /** The plain LDAP port, when `plainLdapPort` was set. */
  readonly plainPort?: number;
  /** `ldap://127.0.0.1:<plainPort>`, when `plainLdapPort` was set. */
  readonly plainUrl?: string;
  /** The throwaway CA's certificate file and PEM. */
  readonly caFile: string;
  readonly caPem: string;
  readonly orgId: string;
  /** `dc=jumpcloud,dc=com` */
  readonly suffix: string;
  /** `o=<orgId>,dc=jumpcloud,dc=com` */
  readonly orgDn: string;
  /** The JumpCloud recipe's Root DN: `ou=Users,o=<orgId>,dc=jumpcloud,dc=com`. */
  readonly rootDn: string;
  /** `ou=Users,o=<orgId>,dc=jumpcloud,dc=com` (users and groups live here). */
  readonly usersDn: string;
  /** `uid=<bindUser>,ou=Users,o=<orgId>,dc=jumpcloud,dc=com` */
  readonly bindDn: string;
  readonly bindPassword: string;
  /** The database's rootdn (may write, e.g. for online adds in tests). */
  readonly adminDn: string;
  readonly adminPassword: string;
  /** The server certificate as built. `subject` is Node's `X509Certificate.subject` form. */
  readonly certificate: { subject: string; notAfter: Date; sans: string[] };
  /** DN of a user by uid. */
  userDn(uid: string): string;
  /** DNs of the groups with this cn (several when `parentOu` put one elsewhere). */
  groupDns(cn: string): string[];
  /** JumpCloud-shaped settings pointing at this fixture (host 127.0.0.1, its port, LDAPS). A fresh object each call. */
  settings(): LdapDirectorySettings;
  /** Environment for ldapsearch/ldapwhoami (LDAPCONF, LDAPTLS_CACERT, LDAPTLS_REQCERT=demand): merge into process.env. */
  readonly ldapEnv: Record<string, string>;
  /** The fixture's private directory (deleted by stop). */
  readonly dir: string;
  /** PID of the slapd daemon. */
  readonly pid: number;
  /** Milliseconds spent in startSlapd, and in slapadd within it. */
  readonly timings: { totalMs: number; slapaddMs: number; entries: number };
  /**
   * Freezes slapd (SIGSTOP): new TCP connections are still accepted by the kernel and nothing
   * answers; an open session stops answering mid-operation. For timeout tests.
   */
  pause(): Promise<void>;
  /** Thaws slapd after `pause()` (SIGCONT). */
  resume(): Promise<void>;
  /** SIGTERM, wait until the process is gone (or a zombie), delete the dir. Idempotent. */
  stop(): Promise<void>;
}

const ADMIN_PASSWORD = 'Fixture-Admin-S3cret';
const START_ATTEMPTS = 6;
const running = new Map<number, { dir: string; pid: number }>();

/**
 * Kills fixtures a test forgot to stop, so no slapd outlives the test process. Installed while at
 * least one fixture of this module runs, removed when the last one stops (jest loads this module
 * once per test file in a worker; listeners must not pile up).
 */
function onExit(): void {
  for (const { pid, dir } of running.values()) {
    try {
      if (ownsPid(pid, dir)) {
        process.kill(pid, 'SIGTERM');
        process.kill(pid, 'SIGCONT'); // a paused slapd acts on SIGTERM only once continued
      }
    } catch {
      // already gone
    }
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort at exit
    }
  }
}

function track(pid: number, dir: string): void {
  if (running.size === 0) process.on('exit', onExit);
  running.set(pid, { pid, dir });
}

function untrack(pid: number): void {
  if (running.delete(pid) && running.size === 0) process.off('exit', onExit);
}

/** True when `pid` is a running slapd started from this fixture's own config. */
function ownsPid(pid: number, dir: string): boolean {
  return isRunning(pid) && commandLine(pid).includes(path.join(dir, 'slapd.conf'));
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`slapd fixture: ${name} ${value} is not valid; use a whole number >= 0`);
  }
  return value;
}

/** Starts a JumpCloud-shaped slapd on 127.0.0.1 and resolves once it accepts connections. */
export async function startSlapd(options: SlapdFixtureOptions = {}): Promise<SlapdFixture> {
  const started = Date.now();
  const dirs = options.toolDirs ?? defaultToolDirs();
  const slapd = findTool('slapd', dirs);
  const slapadd = findTool('slapadd', dirs);
  const openssl = findTool('openssl', dirs);

  const orgId = options.orgId ?? DEFAULT_ORG_ID;
  const bindUser = options.bindUser ?? DEFAULT_BIND_USER;
  const bindPassword = options.bindPassword ?? DEFAULT_BIND_PASSWORD;
  if (bindPassword === '')
    throw new Error('slapd fixture: bindPassword is empty; give the bind user a password');
  const users = options.users ?? [...DEFAULT_USERS];
  const groups = options.groups ?? (options.users === undefined ? [...DEFAULT_GROUPS] : []);
  const largeGroup = options.largeGroup;
  if (largeGroup) positiveInt('largeGroup.members', largeGroup.members);
  const bulkUsers = positiveInt('bulkUsers', options.bulkUsers ?? largeGroup?.members ?? 0);
  if (largeGroup && largeGroup.members > bulkUsers) {
    throw new Error(
      `slapd fixture: largeGroup.members ${largeGroup.members} is more than bulkUsers ${bulkUsers}; the large group's members are bulk users, so set bulkUsers >= ${largeGroup.members}`,
    );
  }

  const suffix = options.suffix ?? FIXTURE_SUFFIX;
  const orgDn = `o=${escapeRdn(orgId)},${suffix}`;
  const usersDn = `ou=Users,${orgDn}`;
  const userDn = (uid: string): string => `uid=${escapeRdn(uid)},${usersDn}`;
  const adminDn = `cn=admin,${suffix}`;

  const dir = await fs.mkdtemp(path.join(options.parentDir ?? os.tmpdir(), 'slapd-fixture-'));
  try {
    const dbDir = path.join(dir, 'db');
    const schemaFile = path.join(dir, 'jumpcloud-fixture.schema');
    const confFile = path.join(dir, 'slapd.conf');
    const ldifFile = path.join(dir, 'seed.ldif');
    // The seed first: it validates users and groups before any certificate work.
    const seed = await writeSeedLdif(ldifFile, {
      suffix,
      orgId,
      usersDn,
      bindUser,
      bindPassword,
      users,
      groups,
      pwdlockSyntax: options.pwdlockSyntax ?? 'string',
      bulkUsers,
      ...(largeGroup ? { largeGroup } : {}),
    });
    const [tls] = await Promise.all([
      createTlsFiles(openssl, dir, options.certificate ?? {}),
      fs.mkdir(dbDir),
      fs.writeFile(
        schemaFile,
        pwdlockSchema(options.pwdlockSyntax ?? 'string') + (options.extraSchema ?? ''),
      ),
    ]);
    const maxSizeBytes = 256 * 1024 * 1024 + bulkUsers * 4096 + (largeGroup?.members ?? 0) * 256;
    await fs.writeFile(
      confFile,
      slapdConf({
        dir,
        schemaFile,
        dbDir,
        suffix,
        adminDn,
        adminPasswordHash: sshaHash(ADMIN_PASSWORD),
        caFile: tls.caFile,
        certFile: tls.certFile,
        keyFile: tls.keyFile,
        sizeLimit: options.sizeLimit,
        maxSizeBytes,
        ...(options.hiddenAttributes !== undefined ? { hiddenAttributes: options.hiddenAttributes } : {}),
      }),
    );
    const slapaddStarted = Date.now();
    await runTool(slapadd, ['-q', '-f', confFile, '-l', ldifFile], { timeoutMs: 600_000 });
    const slapaddMs = Date.now() - slapaddStarted;
    await fs.rm(ldifFile, { force: true });

    const ldapConf = path.join(dir, 'ldap.conf');
    await fs.writeFile(ldapConf, `TLS_CACERT ${tls.caFile}\nTLS_REQCERT demand\n`);
    const { pid, port, plainPort } = await launch(slapd, confFile, dir, options.plainLdapPort === true);
    track(pid, dir);

    let stopped: Promise<void> | undefined;
    const fixture: SlapdFixture = {
      host: '127.0.0.1',
      port,
      url: `ldaps://127.0.0.1:${port}`,
      ...(plainPort !== undefined ? { plainPort, plainUrl: `ldap://127.0.0.1:${plainPort}` } : {}),
      caFile: tls.caFile,
      caPem: tls.caPem,
      orgId,
      suffix,
      orgDn,
      rootDn: usersDn,
      usersDn,
      bindDn: userDn(bindUser),
      bindPassword,
      adminDn,
      adminPassword: ADMIN_PASSWORD,
      certificate: { subject: tls.subject, notAfter: tls.notAfter, sans: [...tls.sans] },
      userDn,
      groupDns: (cn) => [...(seed.groupDns.get(cn) ?? [])],
      settings: () => fixtureSettings(port, orgId, bindUser, userDn(bindUser), usersDn),
      ldapEnv: { LDAPCONF: ldapConf, LDAPTLS_CACERT: tls.caFile, LDAPTLS_REQCERT: 'demand' },
      dir,
      pid,
      timings: { totalMs: Date.now() - started, slapaddMs, entries: seed.entries },
      pause: () => signalOwn(pid, dir, 'SIGSTOP'),
      resume: () => signalOwn(pid, dir, 'SIGCONT'),
      stop: () => (stopped ??= stopDaemon(pid, dir)),
    };
    return fixture;
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The JumpCloud preset itself, pointed at the fixture: the preflight tests thereby prove the
 * preset's values against a JumpCloud-shaped directory. The bind DN is the fixture's own (slapd
 * spells escapes its way), which equals the preset's for ordinary user names; the bases are the
 * fixture's own too (the preset's, unless another `suffix` was chosen).
 */
function fixtureSettings(
  port: number,
  orgId: string,
  bindUser: string,
  bindDn: string,
  usersDn: string,
): LdapDirectorySettings {
  return jumpCloudDirectory({
    orgId,
    bindUser,
    agent: { host: '127.0.0.1', port, bindDn, rootDn: usersDn },
    user: { searchBase: usersDn },
    group: { searchBase: usersDn },
  });
}

/** Starts slapd on free ports, retrying when another process took a port in the meantime. */
async function launch(
  slapd: string,
  confFile: string,
  dir: string,
  withPlain: boolean,
): Promise<{ pid: number; port: number; plainPort?: number }> {
  const pidFile = path.join(dir, 'slapd.pid');
  let lastError = '';
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort();
    const plainPort = withPlain ? await freePort() : undefined;
    if (plainPort === port) continue;
    const urls = [
      `ldaps://127.0.0.1:${port}/`,
      ...(plainPort !== undefined ? [`ldap://127.0.0.1:${plainPort}/`] : []),
    ];
    const code = await runDaemonizing(slapd, ['-f', confFile, '-h', urls.join(' ')], 30_000);
    if (code === 0) {
      const pid = await readPid(pidFile);
      if (
        !(await waitForListening(port)) ||
        (plainPort !== undefined && !(await waitForListening(plainPort)))
      ) {
        await stopDaemon(pid, undefined);
        throw new Error(
          `slapd fixture: slapd (pid ${pid}) started but does not accept connections on ${urls.join(' ')}`,
        );
      }
      return { pid, port, ...(plainPort !== undefined ? { plainPort } : {}) };
    }
    // Non-zero: a port taken meanwhile (retry), or a config/TLS error (explain and stop).
    if ((await canConnect(port, 200)) || (plainPort !== undefined && (await canConnect(plainPort, 200)))) {
      lastError = `port ${port} was taken by another process`;
      continue;
    }
    const diagnosis = await diagnose(slapd, confFile, urls);
    if (/address already in use/i.test(diagnosis)) {
      lastError = diagnosis;
      continue;
    }
    throw new Error(
      `slapd fixture: slapd exited with ${code} while starting on ${urls.join(' ')}; its start-up errors (slapd -d none):\n${diagnosis}`,
    );
  }
  throw new Error(
    `slapd fixture: could not start slapd after ${START_ATTEMPTS} attempts; last: ${lastError}`,
  );
}

/** Re-runs slapd in the foreground (`-d none`) to capture its start-up errors, which otherwise go to syslog. */
async function diagnose(slapd: string, confFile: string, urls: string[]): Promise<string> {
  const result = await execTool(slapd, ['-d', 'none', '-f', confFile, '-h', urls.join(' ')], {
    timeoutMs: 3000,
  });
  const output = (result.stderr + result.stdout).trim();
  return output || `(no output; exit ${result.code ?? result.signal})`;
}

async function readPid(pidFile: string): Promise<number> {
  const deadline = Date.now() + 3000;
  for (;;) {
    try {
      const pid = Number((await fs.readFile(pidFile, 'utf8')).trim());
      if (Number.isInteger(pid) && pid > 0) return pid;
    } catch {
      // not written yet
    }
    if (Date.now() > deadline)
      throw new Error(`slapd fixture: slapd started but wrote no pidfile at ${pidFile}`);
    await sleep(5);
  }
}

async function waitForListening(port: number): Promise<boolean> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if (await canConnect(port, 500)) return true;
    await sleep(10);
  }
  return false;
}

/** SIGSTOP/SIGCONT to our own slapd; resolves once /proc shows the process stopped (T) or not. */
async function signalOwn(pid: number, dir: string, signal: 'SIGSTOP' | 'SIGCONT'): Promise<void> {
  if (!running.has(pid) || !ownsPid(pid, dir)) {
    throw new Error(`slapd fixture: slapd (pid ${pid}) is not running; ${signal} was not sent`);
  }
  process.kill(pid, signal);
  const deadline = Date.now() + 2000;
  while ((processState(pid) === 'T') !== (signal === 'SIGSTOP')) {
    if (Date.now() > deadline) throw new Error(`slapd fixture: slapd (pid ${pid}) did not act on ${signal}`);
    await sleep(2);
  }
}

/** SIGTERM to our own PID only, then wait (SIGKILL after 5 s); remove the dir when given. */
async function stopDaemon(pid: number, dir: string | undefined): Promise<void> {
  untrack(pid);
  const ours = dir === undefined ? isRunning(pid) : ownsPid(pid, dir);
  if (ours) {
    try {
      process.kill(pid, 'SIGTERM');
      process.kill(pid, 'SIGCONT'); // a paused slapd acts on SIGTERM only once continued
    } catch {
      // exited meanwhile
    }
    if (!(await waitUntilGone(pid, 5000))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
      await waitUntilGone(pid, 2000);
    }
  }
  if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
}
