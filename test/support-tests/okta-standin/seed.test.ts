/**
 * The seed file: checked field by field with the file and the field named, and turned into the org
 * the console leaves (the LDAP app, its APP_GROUPs, user schema and profile mapping, users), plus
 * what every org has.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OrgState } from '../../support/okta-standin/org-state';
import { parseSeed, SeedError } from '../../support/okta-standin/seed';

const EXAMPLE = path.join(__dirname, '..', '..', 'support', 'okta-standin', 'example-seed.json');

test('the example seed (docs/okta-standin.md) makes the org the console leaves', () => {
  const state = new OrgState(parseSeed(JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')), EXAMPLE));
  expect(state.orgName).toBe('example-org');
  expect([...state.apps.values()]).toEqual([
    {
      id: '0oa6qvmxznVl4KFXe5d7',
      name: 'ldap_sun_one',
      label: 'JumpCloud LDAP',
      status: 'ACTIVE',
      created: expect.any(String),
    },
  ]);
  expect([...state.groups.values()].map((g) => [g.profile.name, g.type, g.sourceAppId])).toEqual([
    ['Everyone', 'BUILT_IN', undefined],
    ['Okta Administrators', 'BUILT_IN', undefined],
    ['engineering', 'APP_GROUP', '0oa6qvmxznVl4KFXe5d7'],
    ['sales', 'APP_GROUP', '0oa6qvmxznVl4KFXe5d7'],
    ['it-helpdesk', 'APP_GROUP', '0oa6qvmxznVl4KFXe5d7'],
  ]);
  expect(Object.keys(state.appUserSchemas.get('0oa6qvmxznVl4KFXe5d7')!.base)).toEqual([
    'uid',
    'givenName',
    'sn',
    'mail',
    'dn',
  ]);
  const mappings = [...state.mappings.values()];
  expect(mappings.map((m) => [m.source.type, m.target.type])).toEqual([
    ['appuser', 'user'],
    ['user', 'appuser'],
  ]);
  expect(mappings[0]!.target.id).toBe(state.defaultUserType()!.id);
  expect(mappings[0]!.properties.login).toEqual({ expression: 'appuser.mail', pushStatus: 'DONT_PUSH' });
  expect([...state.users.values()].map((u) => u.profile.email)).toEqual([
    'admin@example.com',
    'ada.engineer@example.com',
    'sam.seller@example.com',
    'hal.helpdesk@example.com',
  ]);
  expect([...state.policies.values()].map((p) => [p.name, p.system])).toEqual([['Default Policy', true]]);
});

test('an empty seed is an org with only the built-ins', () => {
  const state = new OrgState(parseSeed({}, 'empty.json'));
  expect(state.groups.size).toBe(2);
  expect(state.apps.size).toBe(0);
  expect(state.defaultUserType()!.name).toBe('user');
});

test.each([
  [[], 'seed.json: expected a JSON object at the top, got []'],
  [
    { group: [] },
    'seed.json: group: unknown field (allowed: orgName, apps, groups, users, rules, roleAssignments, policies, customRoles, resourceSets)',
  ],
  [
    { orgName: 'My Org' },
    `seed.json: orgName: "My Org" is not a host name label (lowercase letters, digits, '-')`,
  ],
  [{ groups: {} }, 'seed.json: groups: expected a list, got {}'],
  [{ groups: ['x'] }, 'seed.json: groups[0]: expected an object, got "x"'],
  [
    { groups: [{ name: 'a' }, { name: '' }] },
    'seed.json: groups[1].name: expected a non-empty string, got ""',
  ],
  [
    { groups: [{ name: 'a', type: 'LDAP' }] },
    'seed.json: groups[0].type: "LDAP" is not one of OKTA_GROUP, APP_GROUP, BUILT_IN',
  ],
  [
    { groups: [{ name: 'a', sourceAppId: '0oaX' }] },
    'seed.json: groups[0].sourceAppId: "0oaX" is not the id of an app in "apps"',
  ],
  [
    { groups: [{ name: 'a', type: 'OKTA_GROUP', sourceAppId: '0oaX' }] },
    'seed.json: groups[0].sourceAppId: only an APP_GROUP has a source app (type is OKTA_GROUP)',
  ],
  [
    { groups: [{ name: 'Sales' }, { name: 'sales' }] },
    'seed.json: groups[1].name: "sales" is also the name of groups[0] (Okta keeps group names unique)',
  ],
  [
    { apps: [{ id: '0oa1', name: 'ldap_sun_one' }] },
    'seed.json: apps[0].label: expected a non-empty string, got nothing',
  ],
  [
    { apps: [{ id: '0oa1', name: 'n', label: 'l', userSchema: { uid: 'uid' } }] },
    'seed.json: apps[0].userSchema.uid: expected a JSON schema property object, got "uid"',
  ],
  [
    { apps: [{ id: '0oa1', name: 'n', label: 'l', profileMapping: { login: 1 } }] },
    'seed.json: apps[0].profileMapping.login: expected an expression string, got 1',
  ],
  [
    { rules: [{ name: 'r', expression: 'true', groupIds: ['00gNope'] }] },
    'seed.json: rules[0].groupIds[0]: "00gNope" is not the id of a group in "groups"',
  ],
  [
    { rules: [{ name: 'r', expression: 'true', groupIds: 'x' }] },
    'seed.json: rules[0].groupIds: expected a list of non-empty strings, got "x"',
  ],
  [
    { groups: [{ id: '00g1', name: 'a' }], roleAssignments: [{ groupId: '00g1', type: 'CUSTOM' }] },
    'seed.json: roleAssignments[0]: a CUSTOM role needs roleId and resourceSetId',
  ],
  [
    { policies: [{ name: 'p', provider: 'KERBEROS' }] },
    'seed.json: policies[0].provider: "KERBEROS" is not one of OKTA, LDAP, ACTIVE_DIRECTORY',
  ],
  [
    { policies: [{ name: 'p', system: 'yes' }] },
    'seed.json: policies[0].system: expected true or false, got "yes"',
  ],
])('seed %j is refused: %s', (json, message) => {
  expect(() => parseSeed(json, 'seed.json')).toThrow(SeedError);
  expect(() => parseSeed(json, 'seed.json')).toThrow(new SeedError(message));
});
