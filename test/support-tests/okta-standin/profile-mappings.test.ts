/**
 * The profile mapping Okta made with the LDAP app, as okta_profile_mapping drives it: create finds it
 * by source and target and POSTs the properties; read is GET by id; destroy sets every property but
 * `login` to null (okta/resource_okta_profile_mapping.go:99-123, 175-196, 292-315 at v4.20.0).
 */
import { call, oktaError, standinFor, type Json } from './provider-client';

const LDAP_APP = '0oaLdapApp0000000001';
const standin = standinFor({
  seed: { apps: [{ id: LDAP_APP, name: 'ldap_sun_one', label: 'JumpCloud LDAP' }] },
});

function userTypeId(): string {
  return standin().state.defaultUserType()!.id;
}

test('the seeded app has both mappings; the list by source and target has no properties, the read has them', async () => {
  const list = await call(
    standin(),
    'GET',
    `/api/v1/mappings?limit=200&sourceId=${LDAP_APP}&targetId=${userTypeId()}`,
  );
  expect(list.status).toBe(200);
  expect(list.body).toHaveLength(1);
  expect(list.body[0]).toMatchObject({
    source: { id: LDAP_APP, name: 'ldap_sun_one', type: 'appuser' },
    target: { id: userTypeId(), name: 'user', type: 'user' },
  });
  expect(list.body[0].properties).toBeUndefined();
  const reverse = await call(
    standin(),
    'GET',
    `/api/v1/mappings?sourceId=${userTypeId()}&targetId=${LDAP_APP}`,
  );
  expect(reverse.body.map((m: Json) => m.target.id)).toEqual([LDAP_APP]);
  const read = await call(standin(), 'GET', `/api/v1/mappings/${list.body[0].id}`);
  expect(read.body.properties).toEqual({
    login: { expression: 'appuser.mail', pushStatus: 'DONT_PUSH' },
    email: { expression: 'appuser.mail', pushStatus: 'DONT_PUSH' },
    firstName: { expression: 'appuser.givenName', pushStatus: 'DONT_PUSH' },
    lastName: { expression: 'appuser.sn', pushStatus: 'DONT_PUSH' },
  });
});

test('update merges the properties sent and keeps the others; destroy nulls all but login', async () => {
  const [mapping] = (
    await call(standin(), 'GET', `/api/v1/mappings?sourceId=${LDAP_APP}&targetId=${userTypeId()}`)
  ).body;
  const id: string = mapping.id;
  const updated = await call(standin(), 'POST', `/api/v1/mappings/${id}`, {
    body: {
      properties: {
        firstName: { expression: 'appuser.uid', pushStatus: 'PUSH' },
        nickName: { expression: 'appuser.givenName', pushStatus: 'DONT_PUSH' },
      },
    },
  });
  expect(updated.status).toBe(200);
  expect(updated.body.properties).toMatchObject({
    login: { expression: 'appuser.mail' },
    firstName: { expression: 'appuser.uid', pushStatus: 'PUSH' },
    nickName: { expression: 'appuser.givenName' },
  });
  const destroyed = await call(standin(), 'POST', `/api/v1/mappings/${id}`, {
    body: {
      properties: {
        ...Object.fromEntries(Object.keys(updated.body.properties).map((k) => [k, null])),
        login: updated.body.properties.login,
      },
    },
  });
  expect(destroyed.status).toBe(200);
  expect(standin().state.mappings.get(id)!.properties).toEqual({
    login: { expression: 'appuser.mail', pushStatus: 'DONT_PUSH' },
  });
});

test('an expression naming an attribute the app user schema lacks is refused until the property exists', async () => {
  const [mapping] = (
    await call(standin(), 'GET', `/api/v1/mappings?sourceId=${LDAP_APP}&targetId=${userTypeId()}`)
  ).body;
  const body = {
    properties: {
      userType: { expression: 'String.toLowerCase(appuser.employeeType)', pushStatus: 'DONT_PUSH' },
    },
  };
  const early = await call(standin(), 'POST', `/api/v1/mappings/${mapping.id}`, { body });
  expect(early.status).toBe(400);
  expect(early.body).toEqual(
    oktaError('E0000001', 'Api validation failed: properties.userType.expression', [
      `properties.userType.expression: appuser.employeeType is not an attribute of the app user schema of ${LDAP_APP}`,
    ]),
  );
  const property = {
    title: 'Employee type',
    type: 'string',
    externalName: 'employeeType',
    scope: 'NONE',
    master: { type: 'PROFILE_MASTER' },
  };
  const schema = await call(standin(), 'POST', `/api/v1/meta/schemas/apps/${LDAP_APP}/default`, {
    body: {
      definitions: { custom: { id: '#custom', type: 'object', properties: { employeeType: property } } },
    },
  });
  expect(schema.status).toBe(200);
  expect((await call(standin(), 'POST', `/api/v1/mappings/${mapping.id}`, { body })).status).toBe(200);
  // And now the property cannot be removed while the mapping uses it (okta/terraform-provider-okta#954).
  const remove = await call(standin(), 'POST', `/api/v1/meta/schemas/apps/${LDAP_APP}/default`, {
    body: { definitions: { custom: { id: '#custom', type: 'object', properties: { employeeType: null } } } },
  });
  expect(remove.status).toBe(400);
  expect(remove.body.errorCauses).toEqual([
    {
      errorSummary:
        'definitions.custom.properties.employeeType: the property is used by a profile mapping; remove it from the mapping first',
    },
  ]);
});

test('login cannot be removed, a pushStatus must be PUSH or DONT_PUSH, an unknown mapping is 404', async () => {
  const [mapping] = (
    await call(standin(), 'GET', `/api/v1/mappings?sourceId=${LDAP_APP}&targetId=${userTypeId()}`)
  ).body;
  const login = await call(standin(), 'POST', `/api/v1/mappings/${mapping.id}`, {
    body: { properties: { login: null } },
  });
  expect(login.body.errorCauses).toEqual([
    { errorSummary: 'properties.login: the login mapping cannot be removed' },
  ]);
  const push = await call(standin(), 'POST', `/api/v1/mappings/${mapping.id}`, {
    body: { properties: { email: { expression: 'appuser.mail', pushStatus: 'ALWAYS' } } },
  });
  expect(push.body.errorCauses).toEqual([
    { errorSummary: 'properties.email.pushStatus: "ALWAYS" is not one of PUSH, DONT_PUSH' },
  ]);
  expect((await call(standin(), 'GET', '/api/v1/mappings/prmNoSuchMapping')).body).toEqual(
    oktaError('E0000007', 'Not found: Resource not found: prmNoSuchMapping (ProfileMapping)'),
  );
  expect(standin().state.mappings.get(mapping.id)!.properties.login).toEqual({
    expression: 'appuser.mail',
    pushStatus: 'DONT_PUSH',
  });
});
