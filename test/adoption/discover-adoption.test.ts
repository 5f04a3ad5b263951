/**
 * `discoverAdoption` against the Okta API stand-in (test/support/okta-api-server.ts): the app targets of
 * an APP_ADMIN assignment are compared in the form the okta provider keeps in `target_app_list`
 * (`<app name>.<instance id>` for an instance, `<app name>` for a whole catalog app), although Okta
 * lists an instance target by its label.
 */
import * as fs from 'fs';
import { discoverAdoption } from '../../lib/adoption/discover-adoption';
import type { LdapRoleMapping } from '../../lib/mappings/mapping-types';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaApiClient } from '../../lib/okta-api/okta-api-client';
import { OktaApiServer, startOktaApiServer } from '../support/okta-api-server';
import { sampleManifest } from '../review/synthesized-app-fixture';

const TOKEN = 'discover-test-token-4k1';
const LDAP_APP = '0oaLdapDirectoryApp1';
const APP_ADMINS = '00gLdapAppAdmins0001';
const NO_TARGETS = '00gLdapAllApps000002';
const EXPENSES = '0oaExpenseTool000003';
const WIKI = '0oaWikiBookmark00004';
const ASSIGNMENT = 'IFIFAX2BIRGUSTQ';

let server: OktaApiServer;

beforeAll(async () => {
  server = await startOktaApiServer({
    token: TOKEN,
    apps: [
      // Labels unlike the app names, and a label with a dot in it.
      { id: EXPENSES, name: 'template_swa', label: 'Expense tool' },
      { id: WIKI, name: 'bookmark', label: 'wiki.example.com' },
    ],
    groups: [
      { id: APP_ADMINS, type: 'APP_GROUP', name: 'app-admins', sourceAppId: LDAP_APP },
      { id: NO_TARGETS, type: 'APP_GROUP', name: 'all-apps', sourceAppId: LDAP_APP },
    ],
    rules: [],
    roles: {
      [APP_ADMINS]: [
        {
          id: ASSIGNMENT,
          type: 'APP_ADMIN',
          appTargets: [`template_swa.${EXPENSES}`, 'facebook', `bookmark.${WIKI}`],
        },
      ],
      [NO_TARGETS]: [{ id: ASSIGNMENT, type: 'APP_ADMIN' }],
    },
    policies: [],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.pageSize = 2;
});

function discover(...roleMappings: LdapRoleMapping[]) {
  const api = new OktaApiClient({
    orgUrl: server.url,
    token: TOKEN,
    ca: fs.readFileSync(server.caFile, 'utf8'),
  });
  return discoverAdoption(
    sampleManifest({ ldapAppId: LDAP_APP, groupMappings: [], passwordPolicy: undefined, roleMappings }),
    api,
  );
}

const paths = () => server.requests.map((r) => r.url);

describe('APP_ADMIN app targets, as the okta provider keeps them', () => {
  test('instances as <app name>.<id> (the app read once), a catalog app by its name: the same targets adopt', async () => {
    const targetApps = [`bookmark.${WIKI}`, 'facebook', `template_swa.${EXPENSES}`];
    const { findings, adoption } = await discover(
      { ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps },
      // A second mapping of the same group reads each app once only.
      { ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps },
    );
    expect(findings.map((f) => [f.status, f.id, f.detail])).toEqual([
      ['adopt', ASSIGNMENT, 'existing APP_ADMIN assignment with the same targets'],
      ['adopt', ASSIGNMENT, 'existing APP_ADMIN assignment with the same targets'],
    ]);
    expect(adoption.roleMappings).toEqual({
      'app-admins': { group: APP_ADMINS, roles: { APP_ADMIN: ASSIGNMENT } },
    });
    // As the provider reads: ACTIVE targets only, every page, then each instance's app.
    const listings = paths().filter((p) => p.includes('/targets/catalog/apps'));
    expect(listings[0]).toBe(
      `/api/v1/groups/${APP_ADMINS}/roles/${ASSIGNMENT}/targets/catalog/apps?limit=200&status=ACTIVE`,
    );
    expect(listings).toHaveLength(4); // three targets, two per page, twice
    expect(
      paths()
        .filter((p) => p.startsWith('/api/v1/apps/'))
        .sort(),
    ).toEqual([`/api/v1/apps/${EXPENSES}`, `/api/v1/apps/${WIKI}`]);
    expect(server.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  test('different targets are a conflict that lists them in the provider form, never by label', async () => {
    const { findings } = await discover({
      ldapGroup: 'app-admins',
      role: OktaAdminRole.APP_ADMIN,
      targetApps: [`template_swa.${EXPENSES}`],
    });
    const has = `template_swa.${EXPENSES}, facebook, bookmark.${WIKI}`;
    expect(findings).toEqual([
      {
        resource: 'okta_group_role',
        mapping: 'roleMappings[0]',
        name: 'app-admins APP_ADMIN',
        status: 'conflict',
        id: ASSIGNMENT,
        detail: `assignment ${ASSIGNMENT} has app targets ${has}; the mapping has template_swa.${EXPENSES}; adopting it changes the targets on apply`,
        fix: `Set targetApps to ${JSON.stringify([`template_swa.${EXPENSES}`, 'facebook', `bookmark.${WIKI}`])} to adopt it as it is and run adopt again, or put ${ASSIGNMENT} in the file by hand to change the targets`,
      },
    ]);
    expect(JSON.stringify(findings)).not.toContain('Expense tool');
  });

  test('an assignment without targets (all apps) matches a mapping without targetApps, and reads no app', async () => {
    const { findings } = await discover({ ldapGroup: 'all-apps', role: OktaAdminRole.APP_ADMIN });
    expect(findings.map((f) => [f.status, f.detail])).toEqual([
      ['adopt', 'existing APP_ADMIN assignment with the same targets'],
    ]);
    expect(paths().some((p) => p.startsWith('/api/v1/apps/'))).toBe(false);
  });

  test('an instance target whose app cannot be read stops adopt with the request named (as the provider stops its read)', async () => {
    server.answers.set(`/api/v1/apps/${WIKI}`, (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          errorCode: 'E0000007',
          errorSummary: `Not found: Resource not found: ${WIKI} (AppInstance)`,
        }),
      );
    });
    try {
      await expect(
        discover({ ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps: ['facebook'] }),
      ).rejects.toThrow(
        `[OKTA-HTTP] GET /api/v1/apps/${WIKI}: Okta answered 404 (E0000007 Not found: Resource not found: ${WIKI} (AppInstance)).`,
      );
    } finally {
      server.answers.clear();
    }
  });

  test('an app answered without its app name is a bad response naming the request', async () => {
    server.answers.set(`/api/v1/apps/${EXPENSES}`, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: EXPENSES, label: 'Expense tool' }));
    });
    try {
      await expect(
        discover({ ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps: ['facebook'] }),
      ).rejects.toThrow(
        `[OKTA-BAD-RESPONSE] GET /api/v1/apps/${EXPENSES}: the app an APP_ADMIN role targets has no app name; run adopt again (the app may have been deleted meanwhile)`,
      );
    } finally {
      server.answers.clear();
    }
  });
});
