/**
 * Admin roles on groups as okta_group_role drives them (recorded): assign answers 201, the standard
 * roles' assignment ids are base32 of the type, targets are one PUT (204) each, the read is the
 * assignment then its group or app targets, and `GET /api/v1/apps/{id}` for each instance target.
 */
import { standardRoleAssignmentId } from '../../support/okta-standin/org-state';
import { call, oktaError, standinFor, type Json } from './provider-client';

const LDAP_APP = '0oaLdapApp0000000001';
const SWA_APP = '0oaSwaApp00000000001';
const standin = standinFor({
  seed: {
    apps: [
      { id: LDAP_APP, name: 'ldap_sun_one', label: 'JumpCloud LDAP' },
      { id: SWA_APP, name: 'template_swa', label: 'Expense tool' },
    ],
    groups: [
      { id: '00gLdapHelpdesk00001', name: 'it-helpdesk', sourceAppId: LDAP_APP },
      { id: '00gLdapAppAdmins0001', name: 'app-admins', sourceAppId: LDAP_APP },
      { id: '00gLdapAuditors00001', name: 'auditors', sourceAppId: LDAP_APP },
      { id: '00gEngineering000001', name: 'Engineering' },
      { id: '00gSales000000000001', name: 'Sales' },
    ],
    rules: [{ name: 'fills Engineering', expression: 'true', groupIds: ['00gEngineering000001'] }],
    customRoles: [{ id: 'cr0Auditor0000000001', label: 'Auditor' }],
    resourceSets: [{ id: 'iamLdapGroups0000001', label: 'LDAP groups' }],
  },
});

const roles = (group: string) => `/api/v1/groups/${group}/roles`;

test('standard role ids are base32 of the type, as Okta makes them', () => {
  expect(standardRoleAssignmentId('APP_ADMIN')).toBe('IFIFAX2BIRGUSTQ');
  expect(standardRoleAssignmentId('HELP_DESK_ADMIN')).toBe('JBCUYUC7IRCVGS27IFCE2SKO');
});

test('HELP_DESK_ADMIN with group targets: assign 201, targets 204, read back, untarget, unassign, assign again with the same id', async () => {
  const group = '00gLdapHelpdesk00001';
  const assigned = await call(standin(), 'POST', `${roles(group)}?disableNotifications=false`, {
    body: { type: 'HELP_DESK_ADMIN' },
  });
  expect(assigned.status).toBe(201);
  expect(assigned.body).toMatchObject({
    id: 'JBCUYUC7IRCVGS27IFCE2SKO',
    label: 'Help Desk Administrator',
    type: 'HELP_DESK_ADMIN',
    status: 'ACTIVE',
    assignmentType: 'GROUP',
    _links: { assignee: { href: `${standin().url}/api/v1/groups/${group}` } },
  });
  const role = `${roles(group)}/${assigned.body.id}`;
  for (const target of ['00gEngineering000001', '00gSales000000000001'])
    expect(await call(standin(), 'PUT', `${role}/targets/groups/${target}`)).toMatchObject({
      status: 204,
      body: undefined,
    });
  expect((await call(standin(), 'GET', role)).body).toEqual(assigned.body);
  const targets = await call(standin(), 'GET', `${role}/targets/groups?limit=200`);
  expect(targets.body.map((g: Json) => [g.id, g.profile.name, g.type])).toEqual([
    ['00gEngineering000001', 'Engineering', 'OKTA_GROUP'],
    ['00gSales000000000001', 'Sales', 'OKTA_GROUP'],
  ]);
  expect((await call(standin(), 'DELETE', `${role}/targets/groups/00gSales000000000001`)).status).toBe(204);
  expect(standin().state.roles.get(group)!.get(assigned.body.id)!.groupTargets).toEqual([
    '00gEngineering000001',
  ]);
  expect((await call(standin(), 'GET', roles(group))).body.map((r: Json) => r.type)).toEqual([
    'HELP_DESK_ADMIN',
  ]);

  expect((await call(standin(), 'DELETE', role)).status).toBe(204);
  const gone = await call(standin(), 'GET', role);
  expect(gone.status).toBe(404);
  expect(gone.body).toEqual(
    oktaError('E0000007', 'Not found: Resource not found: JBCUYUC7IRCVGS27IFCE2SKO (RoleAssignment)'),
  );
  const again = await call(standin(), 'POST', `${roles(group)}?disableNotifications=true`, {
    body: { type: 'HELP_DESK_ADMIN' },
  });
  expect(again.body.id).toBe('JBCUYUC7IRCVGS27IFCE2SKO');
  expect(standin().state.roles.get(group)!.get(again.body.id)!.groupTargets).toEqual([]);
});

test('APP_ADMIN with an instance target and a catalog target; a deactivated instance drops out of the list', async () => {
  const group = '00gLdapAppAdmins0001';
  const assigned = await call(standin(), 'POST', roles(group), { body: { type: 'APP_ADMIN' } });
  expect(assigned.body.id).toBe('IFIFAX2BIRGUSTQ');
  const role = `${roles(group)}/IFIFAX2BIRGUSTQ`;
  expect((await call(standin(), 'PUT', `${role}/targets/catalog/apps/template_swa/${SWA_APP}`)).status).toBe(
    204,
  );
  expect((await call(standin(), 'PUT', `${role}/targets/catalog/apps/facebook`)).status).toBe(204);
  const listed = await call(standin(), 'GET', `${role}/targets/catalog/apps?limit=200&status=ACTIVE`);
  // An instance is listed by its label with its id; the provider reads the app to rebuild name.id.
  expect(listed.body).toEqual([
    {
      name: 'Expense tool',
      status: 'ACTIVE',
      id: SWA_APP,
      _links: { self: { href: `${standin().url}/api/v1/apps/${SWA_APP}` } },
    },
    {
      name: 'facebook',
      displayName: 'facebook',
      description: 'facebook',
      status: 'ACTIVE',
      category: 'CUSTOM',
      signOnModes: ['BROWSER_PLUGIN'],
      _links: { self: { href: `${standin().url}/api/v1/catalog/apps/facebook` } },
    },
  ]);
  expect((await call(standin(), 'GET', `/api/v1/apps/${SWA_APP}`)).body).toMatchObject({
    id: SWA_APP,
    name: 'template_swa',
    label: 'Expense tool',
  });
  standin().state.apps.get(SWA_APP)!.status = 'INACTIVE';
  expect(
    (await call(standin(), 'GET', `${role}/targets/catalog/apps`)).body.map((t: Json) => t.name),
  ).toEqual(['facebook']);
  standin().state.apps.get(SWA_APP)!.status = 'ACTIVE';
  expect((await call(standin(), 'DELETE', `${role}/targets/catalog/apps/facebook`)).status).toBe(204);
  expect(standin().state.roles.get(group)!.get('IFIFAX2BIRGUSTQ')!.appTargets).toEqual([
    { name: 'template_swa', id: SWA_APP },
  ]);
});

test('targets of the wrong kind, an instance of another app, or a missing group are refused', async () => {
  const group = '00gLdapAuditors00001';
  const ro = await call(standin(), 'POST', roles(group), { body: { type: 'READ_ONLY_ADMIN' } });
  const groupTarget = await call(
    standin(),
    'PUT',
    `${roles(group)}/${ro.body.id}/targets/groups/00gSales000000000001`,
  );
  expect(groupTarget.status).toBe(400);
  expect(groupTarget.body.errorCauses).toEqual([
    { errorSummary: 'targets: a READ_ONLY_ADMIN assignment takes no group targets' },
  ]);
  const appAdmin = await call(standin(), 'POST', roles(group), { body: { type: 'APP_ADMIN' } });
  const wrongApp = await call(
    standin(),
    'PUT',
    `${roles(group)}/${appAdmin.body.id}/targets/catalog/apps/ldap_sun_one/${SWA_APP}`,
  );
  expect(wrongApp.body.errorCauses).toEqual([
    { errorSummary: `targets: app ${SWA_APP} is not an instance of ldap_sun_one` },
  ]);
  const noGroup = await call(standin(), 'POST', roles('00gNoSuchGroup'), { body: { type: 'APP_ADMIN' } });
  expect(noGroup.body).toEqual(
    oktaError('E0000007', 'Not found: Resource not found: 00gNoSuchGroup (UserGroup)'),
  );
  const twice = await call(standin(), 'POST', roles(group), { body: { type: 'APP_ADMIN' } });
  expect(twice.status).toBe(409);
  const unknown = await call(standin(), 'POST', roles(group), { body: { type: 'KING' } });
  expect(unknown.status).toBe(400);
  expect(unknown.body.errorCauses[0].errorSummary).toMatch(
    /^type: "KING" is not one of CUSTOM, SUPER_ADMIN, ORG_ADMIN, APP_ADMIN, /,
  );
  // What the provider sends when only disable_notifications changed (okta/resource_okta_group_role.go:206).
  expect((await call(standin(), 'POST', roles(group), { body: {} })).status).toBe(400);
});

test('CUSTOM needs an existing custom role and resource set, and answers both', async () => {
  const group = '00gLdapAuditors00001';
  const custom = await call(standin(), 'POST', roles(group), {
    body: { type: 'CUSTOM', role: 'cr0Auditor0000000001', 'resource-set': 'iamLdapGroups0000001' },
  });
  expect(custom.status).toBe(201);
  expect(custom.body).toMatchObject({
    id: expect.stringMatching(/^irb/),
    type: 'CUSTOM',
    label: 'Auditor',
    role: 'cr0Auditor0000000001',
    'resource-set': 'iamLdapGroups0000001',
  });
  expect((await call(standin(), 'GET', `${roles(group)}/${custom.body.id}`)).body).toEqual(custom.body);
  const noSet = await call(standin(), 'POST', roles(group), {
    body: { type: 'CUSTOM', role: 'cr0Auditor0000000001', 'resource-set': 'iamNope' },
  });
  expect(noSet.body.errorCauses).toEqual([
    { errorSummary: 'resource-set: resource set "iamNope" does not exist' },
  ]);
  expect((await call(standin(), 'GET', '/api/v1/iam/resource-sets/iamLdapGroups0000001')).body).toMatchObject(
    { label: 'LDAP groups' },
  );
});

test('a group some rule fills cannot be given an admin role', async () => {
  const a = await call(standin(), 'POST', roles('00gEngineering000001'), { body: { type: 'USER_ADMIN' } });
  expect(a.status).toBe(400);
  expect(a.body.errorCauses).toEqual([
    {
      errorSummary:
        'type: group 00gEngineering000001 is the target of a group rule; it cannot be given an admin role',
    },
  ]);
  expect(standin().state.roles.has('00gEngineering000001')).toBe(false);
});
