/**
 * The LDAP app's user schema as okta_app_user_schema_property drives it (recorded): POST a partial
 * schema with one custom property, answered with the whole schema; GET to read; the same POST with
 * the property set to null to delete; 404 E0000007 "(AppInstance)" for an app that is gone.
 */
import { call, oktaError, standinFor } from './provider-client';

const LDAP_APP = '0oaLdapApp0000000001';
const standin = standinFor({
  seed: {
    apps: [
      {
        id: LDAP_APP,
        name: 'ldap_sun_one',
        label: 'JumpCloud LDAP',
        userSchema: {
          uid: { title: 'Username', type: 'string', externalName: 'uid', scope: 'NONE', required: true },
        },
      },
    ],
  },
});
const SCHEMA = `/api/v1/meta/schemas/apps/${LDAP_APP}/default`;

function custom(properties: Record<string, unknown>) {
  return { definitions: { custom: { id: '#custom', type: 'object', properties } } };
}

test('the default schema: base properties from the seed, no custom ones yet', async () => {
  const a = await call(standin(), 'GET', SCHEMA);
  expect(a.status).toBe(200);
  expect(a.body).toMatchObject({
    id: `${standin().url}/meta/schemas/apps/${LDAP_APP}/default`,
    name: 'ldap_sun_one',
    title: 'JumpCloud LDAP User',
    definitions: {
      custom: { id: '#custom', type: 'object', properties: {}, required: [] },
      base: {
        id: '#base',
        properties: { uid: { title: 'Username', externalName: 'uid' } },
        required: ['uid'],
      },
    },
  });
});

test('a custom property is added as Okta keeps it (no permissions, required or union; scope NONE), read back, then removed', async () => {
  const sent = {
    title: 'Employee type',
    description: 'from LDAP',
    type: 'string',
    externalName: 'employeeType',
    master: { type: 'PROFILE_MASTER' },
    permissions: [{ action: 'READ_ONLY', principal: 'SELF' }],
    required: false,
    union: 'DISABLE',
  };
  const added = await call(standin(), 'POST', SCHEMA, { body: custom({ employeeType: sent }) });
  expect(added.status).toBe(200);
  expect(added.body.definitions.custom.properties).toEqual({
    employeeType: {
      title: 'Employee type',
      description: 'from LDAP',
      type: 'string',
      externalName: 'employeeType',
      master: { type: 'PROFILE_MASTER' },
      scope: 'NONE',
    },
  });
  expect(added.body.definitions.base.properties.uid).toBeDefined();
  expect(
    (await call(standin(), 'GET', SCHEMA)).body.definitions.custom.properties.employeeType.externalName,
  ).toBe('employeeType');
  const removed = await call(standin(), 'POST', SCHEMA, { body: custom({ employeeType: null }) });
  expect(removed.status).toBe(200);
  expect(removed.body.definitions.custom.properties).toEqual({});
  expect(standin().state.appUserSchemas.get(LDAP_APP)!.custom).toEqual({});
});

test('bad properties are refused naming the field; a base property cannot be redefined', async () => {
  const noTitle = await call(standin(), 'POST', SCHEMA, { body: custom({ dept: { type: 'string' } }) });
  expect(noTitle.body.errorCauses).toEqual([
    { errorSummary: 'definitions.custom.properties.dept.title: The field cannot be left blank' },
  ]);
  const badType = await call(standin(), 'POST', SCHEMA, {
    body: custom({ dept: { title: 'Dept', type: 'date' } }),
  });
  expect(badType.body.errorCauses).toEqual([
    {
      errorSummary:
        'definitions.custom.properties.dept.type: "date" is not one of string, boolean, number, integer, array',
    },
  ]);
  const base = await call(standin(), 'POST', SCHEMA, {
    body: custom({ uid: { title: 'x', type: 'string' } }),
  });
  expect(base.body.errorCauses).toEqual([
    { errorSummary: 'definitions.custom.properties.uid: uid is a base property' },
  ]);
  expect(standin().state.appUserSchemas.get(LDAP_APP)!.custom).toEqual({});
});

test('the schema of an app that is not there is 404 (AppInstance)', async () => {
  const a = await call(standin(), 'GET', '/api/v1/meta/schemas/apps/0oaGone/default');
  expect(a.status).toBe(404);
  expect(a.body).toEqual(oktaError('E0000007', 'Not found: Resource not found: 0oaGone (AppInstance)'));
});
