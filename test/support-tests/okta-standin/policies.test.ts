/**
 * Password policies as okta_policy_password drives them (recorded): the Everyone lookup, POST 200
 * with Okta's defaults filled in, activate 204, GET, PUT (which leaves the status alone) then a
 * lifecycle call, DELETE 204, then GET 404 E0000007 "(Policy)".
 */
import { call, oktaError, standinFor, type Json } from './provider-client';

const standin = standinFor({
  seed: {
    groups: [{ id: '00gLdapUsers00000001', name: 'ldap-users', sourceAppId: '0oaLdap' }],
    apps: [{ id: '0oaLdap', name: 'ldap_sun_one', label: 'LDAP' }],
  },
});

function policyBody(name: string, extra: Record<string, unknown> = {}) {
  return {
    conditions: {
      authProvider: { provider: 'LDAP' },
      people: { groups: { include: ['00gLdapUsers00000001'] } },
    },
    description: 'LDAP users',
    name,
    status: 'ACTIVE',
    type: 'PASSWORD',
    settings: { password: { lockout: { maxAttempts: 5 } } },
    ...extra,
  };
}

test('create with auth provider LDAP and groups included, activate, read, update, deactivate, delete, then 404', async () => {
  const created = await call(standin(), 'POST', '/api/v1/policies', { body: policyBody('LDAP users') });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({
    id: expect.stringMatching(/^00p/),
    type: 'PASSWORD',
    status: 'ACTIVE',
    priority: 1,
    system: false,
    conditions: {
      people: { groups: { include: ['00gLdapUsers00000001'] } },
      authProvider: { provider: 'LDAP' },
    },
    settings: {
      password: {
        lockout: { maxAttempts: 5, autoUnlockMinutes: 0 },
        complexity: { minLength: 8 },
        age: { historyCount: 4 },
      },
      recovery: { factors: { okta_email: { status: 'ACTIVE' } } },
      delegation: { options: { skipUnlock: false } },
    },
  });
  const policy = `/api/v1/policies/${created.body.id}`;
  expect((await call(standin(), 'POST', `${policy}/lifecycle/activate`)).status).toBe(204);
  expect((await call(standin(), 'GET', policy)).body).toEqual(created.body);

  const put = await call(standin(), 'PUT', policy, {
    body: policyBody('LDAP users', { status: 'INACTIVE', description: 'changed', priority: 1 }),
  });
  expect(put.status).toBe(200);
  expect(put.body).toMatchObject({ status: 'ACTIVE', description: 'changed' });
  expect((await call(standin(), 'POST', `${policy}/lifecycle/deactivate`)).status).toBe(204);
  expect(standin().state.policies.get(created.body.id)!.status).toBe('INACTIVE');

  expect(await call(standin(), 'DELETE', policy)).toMatchObject({ status: 204, body: undefined });
  const gone = await call(standin(), 'GET', policy);
  expect(gone.body).toEqual(
    oktaError('E0000007', `Not found: Resource not found: ${created.body.id} (Policy)`),
  );
});

test('priority is placed among the non-system policies; the default policy stays last', async () => {
  const a = await call(standin(), 'POST', '/api/v1/policies', { body: policyBody('first') });
  const b = await call(standin(), 'POST', '/api/v1/policies', {
    body: policyBody('asks for 7', { priority: 7 }),
  });
  expect(b.body.priority).toBe(2);
  const c = await call(standin(), 'POST', '/api/v1/policies', {
    body: policyBody('on top', { priority: 1 }),
  });
  expect(c.body.priority).toBe(1);
  const list = await call(standin(), 'GET', '/api/v1/policies?type=PASSWORD');
  expect(list.body.map((p: Json) => [p.name, p.priority, p.system])).toEqual([
    ['on top', 1, false],
    ['first', 2, false],
    ['asks for 7', 3, false],
    ['Default Policy', 4, true],
  ]);
  for (const p of [a, b, c])
    expect((await call(standin(), 'DELETE', `/api/v1/policies/${p.body.id}`)).status).toBe(204);
});

test('the default policy cannot be deleted or deactivated; names are unique; groups must exist; the list needs type=PASSWORD', async () => {
  const system = [...standin().state.policies.values()].find((p) => p.system)!;
  expect((await call(standin(), 'DELETE', `/api/v1/policies/${system.id}`)).status).toBe(403);
  expect((await call(standin(), 'POST', `/api/v1/policies/${system.id}/lifecycle/deactivate`)).status).toBe(
    403,
  );
  expect(standin().state.policies.get(system.id)!.status).toBe('ACTIVE');
  const dup = await call(standin(), 'POST', '/api/v1/policies', { body: policyBody('Default Policy') });
  expect(dup.body.errorCauses).toEqual([{ errorSummary: 'name: A policy with this name already exists' }]);
  const body = policyBody('bad group');
  body.conditions.people.groups.include = ['00gNope'];
  expect((await call(standin(), 'POST', '/api/v1/policies', { body })).body.errorCauses).toEqual([
    { errorSummary: 'conditions.people.groups.include: group 00gNope does not exist' },
  ]);
  const provider = policyBody('bad provider');
  provider.conditions.authProvider.provider = 'KERBEROS';
  expect((await call(standin(), 'POST', '/api/v1/policies', { body: provider })).body.errorCauses).toEqual([
    {
      errorSummary: 'conditions.authProvider.provider: "KERBEROS" is not one of OKTA, LDAP, ACTIVE_DIRECTORY',
    },
  ]);
  expect((await call(standin(), 'GET', '/api/v1/policies?type=OKTA_SIGN_ON')).status).toBe(400);
});
