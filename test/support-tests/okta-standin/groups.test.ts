/**
 * Groups as okta_group, data okta_group(s) and the password policy's Everyone lookup drive them
 * (recorded: POST 200, GET, PUT with the whole profile, DELETE 204, then GET 404 E0000007).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseSeed } from '../../support/okta-standin/seed';
import { call, listAll, oktaError, standinFor, type Json } from './provider-client';

const SEED_FILE = path.join(__dirname, '..', '..', 'support', 'okta-standin', 'example-seed.json');
const LDAP_APP = '0oa6qvmxznVl4KFXe5d7';
const standin = standinFor({ seed: parseSeed(JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')), SEED_FILE) });

test('okta_group create, read, update, delete, then the read that finds it gone', async () => {
  const created = await call(standin(), 'POST', '/api/v1/groups', {
    body: { profile: { name: 'Engineering', description: 'Members of LDAP group engineering' } },
  });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({
    id: expect.stringMatching(/^00g\w{17}$/),
    type: 'OKTA_GROUP',
    objectClass: ['okta:user_group'],
    profile: { name: 'Engineering', description: 'Members of LDAP group engineering' },
    created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
  });
  const id: string = created.body.id;
  expect((await call(standin(), 'GET', `/api/v1/groups/${id}`)).body).toEqual(created.body);

  const updated = await call(standin(), 'PUT', `/api/v1/groups/${id}`, {
    body: { profile: { name: 'Engineering', description: 'changed' } },
  });
  expect(updated.status).toBe(200);
  expect(updated.body.profile).toEqual({ name: 'Engineering', description: 'changed' });
  expect(standin().state.groups.get(id)!.profile.description).toBe('changed');

  const deleted = await call(standin(), 'DELETE', `/api/v1/groups/${id}`);
  expect(deleted).toMatchObject({ status: 204, body: undefined });
  const gone = await call(standin(), 'GET', `/api/v1/groups/${id}`);
  expect(gone.status).toBe(404);
  expect(gone.body).toEqual(oktaError('E0000007', `Not found: Resource not found: ${id} (UserGroup)`));
  expect(standin().state.groups.has(id)).toBe(false);
});

test('a second Okta group of the same name (any case) is refused with the field named', async () => {
  const first = await call(standin(), 'POST', '/api/v1/groups', { body: { profile: { name: 'Sales' } } });
  expect(first.status).toBe(200);
  const again = await call(standin(), 'POST', '/api/v1/groups', { body: { profile: { name: 'SALES' } } });
  expect(again.status).toBe(400);
  expect(again.body).toEqual(
    oktaError('E0000001', 'Api validation failed: name', [
      'name: An object with this field already exists in the current organization',
    ]),
  );
  // An APP_GROUP of the same name does not count (LDAP groups may share a name with an Okta group).
  expect(
    (await call(standin(), 'POST', '/api/v1/groups', { body: { profile: { name: 'engineering' } } })).status,
  ).toBe(200);
});

test('a group name over 255 UTF-8 bytes, or none, is refused', async () => {
  const long = await call(standin(), 'POST', '/api/v1/groups', {
    body: { profile: { name: 'é'.repeat(128) } },
  });
  expect(long.status).toBe(400);
  expect(long.body.errorCauses).toEqual([
    { errorSummary: 'name: The field is too long (at most 255 bytes)' },
  ]);
  const none = await call(standin(), 'POST', '/api/v1/groups', { body: { profile: { description: 'x' } } });
  expect(none.body.errorCauses).toEqual([{ errorSummary: 'name: The field cannot be left blank' }]);
});

test('the Everyone lookup (q=Everyone, limit=1) finds the BUILT_IN group', async () => {
  const a = await call(standin(), 'GET', '/api/v1/groups?limit=1&q=Everyone');
  expect(a.status).toBe(200);
  expect(a.body).toHaveLength(1);
  expect(a.body[0]).toMatchObject({
    type: 'BUILT_IN',
    profile: { name: 'Everyone', description: 'All users in your organization' },
  });
});

test('filter by type: the two BUILT_IN groups; the seeded APP_GROUPs with their source app at the top and in _links', async () => {
  const builtIn = await call(
    standin(),
    'GET',
    `/api/v1/groups?filter=${encodeURIComponent('type eq "BUILT_IN"')}&limit=200`,
  );
  expect(builtIn.body.map((g: Json) => g.profile.name)).toEqual(['Everyone', 'Okta Administrators']);
  const app = await call(
    standin(),
    'GET',
    `/api/v1/groups?filter=${encodeURIComponent('type eq "APP_GROUP"')}&limit=200`,
  );
  expect(app.body.map((g: Json) => g.profile.name)).toEqual(['engineering', 'sales', 'it-helpdesk']);
  expect(app.body[0]).toMatchObject({
    id: '00gLdapEngineering01',
    objectClass: ['okta:windows_security_principal'],
    source: { id: LDAP_APP },
    _links: { source: { href: `${standin().url}/api/v1/apps/${LDAP_APP}` } },
  });
  expect(builtIn.body[0].source).toBeUndefined();
});

test('search is exact and typed: the LDAP group, not the Okta group of the same name', async () => {
  const search = encodeURIComponent('type eq "APP_GROUP" and profile.name eq "engineering"');
  const a = await call(standin(), 'GET', `/api/v1/groups?search=${search}&limit=200`);
  expect(a.body.map((g: Json) => g.id)).toEqual(['00gLdapEngineering01']);
  const bySource = await call(
    standin(),
    'GET',
    `/api/v1/groups?search=${encodeURIComponent(`source.id eq "${LDAP_APP}" and profile.name sw "s"`)}`,
  );
  expect(bySource.body.map((g: Json) => g.profile.name)).toEqual(['sales']);
  const either = await call(
    standin(),
    'GET',
    `/api/v1/groups?search=${encodeURIComponent('type eq "APP_GROUP" and profile.name eq "sales" or type eq "APP_GROUP" and profile.name eq "it-helpdesk"')}`,
  );
  expect(either.body.map((g: Json) => g.profile.name)).toEqual(['sales', 'it-helpdesk']);
});

test('q is a name prefix (not exact), as data okta_group relies on', async () => {
  const a = await call(standin(), 'GET', '/api/v1/groups?q=it-');
  expect(a.body.map((g: Json) => g.profile.name)).toEqual(['it-helpdesk']);
});

test('a search or filter expression Okta would not take is a 400 E0000031 naming it', async () => {
  const a = await call(
    standin(),
    'GET',
    `/api/v1/groups?search=${encodeURIComponent('profile.name like "x"')}`,
  );
  expect(a.status).toBe(400);
  expect(a.body).toEqual(
    oktaError('E0000031', 'Invalid search criteria.', ['Invalid expression: profile.name like "x"']),
  );
  const f = await call(
    standin(),
    'GET',
    `/api/v1/groups?filter=${encodeURIComponent('profile.name eq "x"')}`,
  );
  expect(f.status).toBe(400);
});

test('lists page with limit and after; Link carries rel="self" and rel="next" until the last page', async () => {
  const { items, pages } = await listAll(
    standin(),
    `/api/v1/groups?limit=2&filter=${encodeURIComponent('type eq "APP_GROUP"')}`,
  );
  expect(pages).toBe(2);
  expect(items.map((g) => g.profile.name)).toEqual(['engineering', 'sales', 'it-helpdesk']);
  const first = await call(standin(), 'GET', '/api/v1/groups?limit=2');
  expect(first.headers.link).toBe(
    `<${standin().url}/api/v1/groups?limit=2>; rel="self", <${standin().url}/api/v1/groups?limit=2&after=2>; rel="next"`,
  );
});

test('an APP_GROUP or BUILT_IN group is not changed or deleted through the API', async () => {
  const put = await call(standin(), 'PUT', '/api/v1/groups/00gLdapSales00000001', {
    body: { profile: { name: 'renamed' } },
  });
  expect(put.status).toBe(400);
  expect(put.body.errorCauses[0].errorSummary).toBe(
    'profile: the profile of a APP_GROUP group is read-only (it is mastered by its source app)',
  );
  const everyone = standin().state.everyone()!;
  const del = await call(standin(), 'DELETE', `/api/v1/groups/${everyone.id}`);
  expect(del.status).toBe(403);
  expect(standin().state.groups.get('00gLdapSales00000001')!.profile.name).toBe('sales');
  expect(standin().state.groups.has(everyone.id)).toBe(true);
});
