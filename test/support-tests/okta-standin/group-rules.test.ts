/**
 * Group rules as okta_group_rule drives them (recorded): create answers the rule INACTIVE, then
 * activate; an update is deactivate, PUT, activate; a delete is deactivate, then DELETE
 * ?removeUsers=false answered 202 `{}`; the final read is 404 E0000007 "(PolicyRule)". Okta's rules:
 * an ACTIVE rule is neither updated nor deleted, its groups never change, one rule write at a time.
 */
import { call, oktaError, standinFor, type Json } from './provider-client';

const standin = standinFor();

async function group(name: string): Promise<string> {
  const a = await call(standin(), 'POST', '/api/v1/groups', { body: { profile: { name, description: '' } } });
  expect(a.status).toBe(200);
  return a.body.id;
}

function ruleBody(name: string, groupIds: string[], expression = 'isMemberOfAnyGroup("00gLdap")') {
  return {
    actions: { assignUserToGroups: { groupIds } },
    conditions: { expression: { type: 'urn:okta:expression:1.0', value: expression }, people: { users: {} } },
    name,
    type: 'group_rule',
  };
}

test('create (INACTIVE), activate, update through deactivate, delete through deactivate, then 404', async () => {
  const target = await group('Rule target');
  expect((await call(standin(), 'GET', '/api/v1/groups/rules/')).body).toEqual([]);
  const created = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('LDAP eng to Eng', [target]),
  });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({
    type: 'group_rule',
    status: 'INACTIVE',
    name: 'LDAP eng to Eng',
    conditions: {
      people: { users: { exclude: [] }, groups: { exclude: [] } },
      expression: { value: 'isMemberOfAnyGroup("00gLdap")', type: 'urn:okta:expression:1.0' },
    },
    actions: { assignUserToGroups: { groupIds: [target] } },
    allGroupsValid: true,
  });
  const id: string = created.body.id;
  const rule = `/api/v1/groups/rules/${id}`;
  expect(await call(standin(), 'POST', `${rule}/lifecycle/activate`)).toMatchObject({
    status: 204,
    body: undefined,
  });
  expect((await call(standin(), 'GET', rule)).body.status).toBe('ACTIVE');

  const refused = await call(standin(), 'PUT', rule, { body: ruleBody('LDAP eng to Eng', [target], 'true') });
  expect(refused.status).toBe(400);
  expect(refused.body).toEqual(
    oktaError('E0000001', 'Api validation failed: status', [
      'status: an ACTIVE group rule cannot be updated; deactivate it first',
    ]),
  );
  expect(standin().state.rules.get(id)!.expression).toBe('isMemberOfAnyGroup("00gLdap")');

  expect((await call(standin(), 'POST', `${rule}/lifecycle/deactivate`)).status).toBe(204);
  const updated = await call(standin(), 'PUT', rule, {
    body: ruleBody('LDAP eng to Eng', [target], 'isMemberOfAnyGroup("00gOther")'),
  });
  expect(updated.status).toBe(200);
  expect(updated.body).toMatchObject({
    status: 'INACTIVE',
    conditions: { expression: { value: 'isMemberOfAnyGroup("00gOther")' } },
  });
  expect((await call(standin(), 'POST', `${rule}/lifecycle/activate`)).status).toBe(204);
  expect(
    (await call(standin(), 'GET', '/api/v1/groups/rules/')).body.map((r: Json) => [r.id, r.status]),
  ).toEqual([[id, 'ACTIVE']]);

  const activeDelete = await call(standin(), 'DELETE', `${rule}?removeUsers=false`);
  expect(activeDelete.status).toBe(400);
  expect(activeDelete.body.errorCauses).toEqual([
    { errorSummary: 'status: an ACTIVE group rule cannot be deleted; deactivate it first' },
  ]);
  expect(standin().state.rules.has(id)).toBe(true);
  expect((await call(standin(), 'POST', `${rule}/lifecycle/deactivate`)).status).toBe(204);
  expect(await call(standin(), 'DELETE', `${rule}?removeUsers=false`)).toMatchObject({
    status: 202,
    body: {},
  });
  const gone = await call(standin(), 'GET', rule);
  expect(gone.status).toBe(404);
  expect(gone.body).toEqual(oktaError('E0000007', `Not found: Resource not found: ${id} (PolicyRule)`));
});

test('a rule created with status INACTIVE is deactivated again: 204, and it stays INACTIVE', async () => {
  const created = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('stays inactive', [await group('Inactive target')]),
  });
  expect(
    (await call(standin(), 'POST', `/api/v1/groups/rules/${created.body.id}/lifecycle/deactivate`)).status,
  ).toBe(204);
  expect(standin().state.rules.get(created.body.id)!.status).toBe('INACTIVE');
});

test("a rule's target groups cannot change after creation (the provider replaces the rule)", async () => {
  const [a, b] = [await group('Target A'), await group('Target B')];
  const created = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('fixed targets', [a]),
  });
  const put = await call(standin(), 'PUT', `/api/v1/groups/rules/${created.body.id}`, {
    body: ruleBody('fixed targets', [b]),
  });
  expect(put.status).toBe(400);
  expect(put.body.errorCauses).toEqual([
    {
      errorSummary: 'actions: the groups a rule assigns users to cannot be changed after the rule is created',
    },
  ]);
  expect(standin().state.rules.get(created.body.id)!.groupIds).toEqual([a]);
});

test('rule names are at most 50 UTF-8 bytes; target groups must exist and hold no admin role', async () => {
  const target = await group('Checked target');
  const long = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('é'.repeat(26), [target]),
  });
  expect(long.status).toBe(400);
  expect(long.body.errorCauses).toEqual([{ errorSummary: 'name: The field is too long (at most 50 bytes)' }]);
  const missing = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('missing', ['00gNoSuchGroup']),
  });
  expect(missing.body.errorCauses).toEqual([
    { errorSummary: 'actions.assignUserToGroups.groupIds: group 00gNoSuchGroup does not exist' },
  ]);
  const admin = await group('Admins by role');
  expect(
    (await call(standin(), 'POST', `/api/v1/groups/${admin}/roles`, { body: { type: 'READ_ONLY_ADMIN' } }))
      .status,
  ).toBe(201);
  const toAdmin = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('to admins', [admin]),
  });
  expect(toAdmin.status).toBe(400);
  expect(toAdmin.body.errorCauses).toEqual([
    {
      errorSummary: `actions.assignUserToGroups.groupIds: group ${admin} has an admin role; a rule cannot assign users to it`,
    },
  ]);
});

test("deleting a rule's target group makes the rule INVALID; it cannot be activated", async () => {
  const target = await group('Doomed target');
  const created = await call(standin(), 'POST', '/api/v1/groups/rules', {
    body: ruleBody('loses its group', [target]),
  });
  expect((await call(standin(), 'DELETE', `/api/v1/groups/${target}`)).status).toBe(204);
  const read = await call(standin(), 'GET', `/api/v1/groups/rules/${created.body.id}`);
  expect(read.body).toMatchObject({
    status: 'INVALID',
    allGroupsValid: false,
    actions: { assignUserToGroups: { groupIds: [] } },
  });
  expect(
    (await call(standin(), 'POST', `/api/v1/groups/rules/${created.body.id}/lifecycle/activate`)).status,
  ).toBe(400);
});

test("rule writes take the org's rule lock: with a 300 ms hold, simultaneous writes get 423 E0000239", async () => {
  const targets = await Promise.all([1, 2, 3].map((n) => group(`Locked target ${n}`)));
  standin().behaviour.ruleLockMs = 300;
  try {
    const answers = await Promise.all(
      targets.map((t, n) =>
        call(standin(), 'POST', '/api/v1/groups/rules', { body: ruleBody(`parallel ${n}`, [t]) }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 423, 423]);
    const locked = answers.find((a) => a.status === 423)!;
    expect(locked.body).toEqual(
      oktaError('E0000239', 'Policy lock exception', [
        'Policy priorities are being reconciled. Please try again later.',
      ]),
    );
    const names = [...standin().state.rules.values()]
      .map((r) => r.name)
      .filter((n) => n.startsWith('parallel'));
    expect(names).toHaveLength(1);
    // Once the hold is over, the next write goes through.
    const later = await call(standin(), 'POST', '/api/v1/groups/rules', {
      body: ruleBody('after the lock', [targets[0]!]),
    });
    expect(later.status).toBe(200);
  } finally {
    standin().behaviour.ruleLockMs = 0;
  }
});
