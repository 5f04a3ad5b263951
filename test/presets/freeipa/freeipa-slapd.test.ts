/**
 * The FreeIPA preset against a real slapd shaped like a FreeIPA domain: active accounts in
 * cn=users,cn=accounts, groups in cn=groups,cn=accounts, a staged user under cn=provisioning, and
 * stand-ins for FreeIPA's own attributes (ipaUniqueID, nsAccountLock). 389 Directory Server itself
 * is not available here; its LDAP shape is what the preset relies on, and that shape is reproduced.
 */
import { Client } from 'ldapts';
import { integrationModel } from '../../../lib/model/integration-model';
import { runPreflight } from '../../../lib/preflight/run-preflight';
import { freeIpaDirectory } from '../../../lib/presets/freeipa/freeipa-directory';
import { FIXTURE_OID_ARC, SlapdFixture, startSlapd } from '../../support/slapd-fixture';

const BASE = 'dc=example,dc=com';
const USERS = `cn=users,cn=accounts,${BASE}`;
const GROUPS = `cn=groups,cn=accounts,${BASE}`;

/** Stand-ins for the FreeIPA / 389 Directory Server schema the preset reads (private OID arc). */
const FREEIPA_SCHEMA = `
attributetype ( ${FIXTURE_OID_ARC}.1.101 NAME 'ipaUniqueID'
  DESC 'FreeIPA stand-in: stable unique id'
  EQUALITY caseIgnoreMatch
  SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )

attributetype ( ${FIXTURE_OID_ARC}.1.102 NAME 'nsAccountLock'
  DESC '389 Directory Server stand-in: account disabled (TRUE)'
  EQUALITY caseIgnoreMatch
  SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )

objectclass ( ${FIXTURE_OID_ARC}.2.101 NAME 'ipaObject'
  DESC 'FreeIPA stand-in: auxiliary class of users and groups'
  SUP top AUXILIARY
  MAY ( ipaUniqueID $ nsAccountLock ) )

objectclass ( ${FIXTURE_OID_ARC}.2.102 NAME 'nsContainer'
  DESC '389 Directory Server stand-in: a plain container'
  SUP top STRUCTURAL
  MUST cn )
`;

let dir: SlapdFixture;

async function seedFreeIpaTree(fixture: SlapdFixture): Promise<void> {
  const admin = new Client({ url: fixture.url, tlsOptions: { ca: fixture.caPem } });
  await admin.bind(fixture.adminDn, fixture.adminPassword);
  try {
    const container = (dn: string) =>
      admin.add(dn, { objectClass: ['nsContainer'], cn: dn.split(',')[0]!.slice(3) });
    for (const dn of [
      `cn=accounts,${BASE}`,
      USERS,
      GROUPS,
      `cn=provisioning,${BASE}`,
      `cn=accounts,cn=provisioning,${BASE}`,
      `cn=staged users,cn=accounts,cn=provisioning,${BASE}`,
    ])
      await container(dn);
    const person = (uid: string, extra: Record<string, string> = {}) => ({
      objectClass: ['inetOrgPerson', 'ipaObject'],
      uid,
      cn: uid,
      sn: uid,
      mail: `${uid}@example.com`,
      ipaUniqueID: `ipa-${uid}`,
      ...extra,
    });
    await admin.add(`uid=alice,${USERS}`, person('alice'));
    await admin.add(`uid=bob,${USERS}`, person('bob', { nsAccountLock: 'TRUE' }));
    await admin.add(`uid=carol,cn=staged users,cn=accounts,cn=provisioning,${BASE}`, person('carol'));
    await admin.add(`cn=engineering,${GROUPS}`, {
      objectClass: ['groupOfNames', 'ipaObject'],
      cn: 'engineering',
      ipaUniqueID: 'ipa-engineering',
      member: [`uid=alice,${USERS}`, `uid=bob,${USERS}`],
    });
  } finally {
    await admin.unbind();
  }
}

beforeAll(async () => {
  dir = await startSlapd({ suffix: BASE, extraSchema: FREEIPA_SCHEMA, users: [], groups: [] });
  await seedFreeIpaTree(dir);
});
afterAll(async () => {
  await dir?.stop();
});

function settings() {
  return freeIpaDirectory({ host: '127.0.0.1', baseDn: BASE, bindDn: dir.bindDn, agent: { port: dir.port } });
}

test('the preset finds the FreeIPA users and groups; no check fails', async () => {
  const report = await runPreflight(
    integrationModel({
      settings: settings(),
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    }),
    { bindPassword: dir.bindPassword, ca: dir.caPem },
  );
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  expect(report.summary.fail).toBe(0);
  expect(byId.get('PF-USER-FILTER')?.status).toBe('pass');
  expect(byId.get('PF-GROUP-FILTER')?.status).toBe('pass');
  expect(byId.get('PF-MAPPED-GROUP')?.status).toBe('pass');
  // The two accounts of cn=users; not the staged user under cn=provisioning, nor the bind account.
  expect(byId.get('PF-USER-FILTER')?.evidence.count).toBe(2);
});

test('a disabled FreeIPA user (nsAccountLock TRUE) is reported disabled, with the FreeIPA advice', async () => {
  const report = await runPreflight(integrationModel({ settings: settings() }), {
    bindPassword: dir.bindPassword,
    ca: dir.caPem,
    exampleUser: 'bob',
  });
  const example = report.findings.find((f) => f.id === 'PF-EXAMPLE-USER');
  expect(example?.status).toBe('warn');
  expect(example?.message).toContain('is disabled (nsaccountlock=TRUE)');
  expect(example?.fix).toContain('A disabled FreeIPA user is enabled with ipa user-enable <LOGIN>.');
});

test('an untrusted certificate gets the IPA CA advice', async () => {
  const report = await runPreflight(integrationModel({ settings: settings() }), {
    bindPassword: dir.bindPassword,
  });
  const tls = report.findings.find((f) => f.id === 'PF-TLS');
  expect(tls?.status).toBe('fail');
  expect(tls?.fix).toContain('FreeIPA certificates are issued by the IPA CA');
});
