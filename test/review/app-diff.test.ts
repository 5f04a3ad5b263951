import { IntegrationManifest, StackManifest } from '../../lib/manifest/integration-manifest';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { diffApps } from '../../lib/review/app-diff';
import { DiffArea } from '../../lib/review/diff-model';
import { renderDiffMarkdown, renderDiffText } from '../../lib/review/diff-render';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { expectGolden } from './golden';
import { sampleManifest } from './synthesized-app-fixture';

function app(...integrations: IntegrationManifest[]): StackManifest[] {
  return [{ stack: 'org', workingDirectory: 'stacks/org', integrations }];
}

const base = sampleManifest();

describe('diffApps', () => {
  test('the same app is equal', () => {
    const diff = diffApps(app(base), app(sampleManifest()));
    expect(diff).toEqual({ equal: true, integrations: [], stackFindings: [] });
    expect(renderDiffText(diff)).toBe('No differences in the Okta LDAP integrations.\n');
  });

  test('order-only changes are no difference: mappings, resources, warnings, keys, role targets', () => {
    const reordered: IntegrationManifest = {
      ...base,
      userMappings: Object.fromEntries(Object.entries(base.userMappings).reverse()),
      groupMappings: [...base.groupMappings].reverse(),
      roleMappings: [
        { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g2', '00g1'] },
        ...base.roleMappings,
      ],
      resources: [...base.resources].reverse(),
      warnings: [...base.warnings].reverse(),
    };
    const withTargets: IntegrationManifest = {
      ...base,
      roleMappings: [
        ...base.roleMappings,
        { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1', '00g2'] },
      ],
    };
    expect(diffApps(app(withTargets), app(reordered)).equal).toBe(true);
  });

  test('a changed setting shows old → new with the console label', () => {
    const head = sampleManifest({
      settings: {
        ...base.settings,
        user: { ...base.settings.user, searchBase: 'ou=People,dc=example,dc=com' },
      },
    });
    const diff = diffApps(app(base), app(head));
    expect(diff.integrations).toEqual([
      {
        stack: 'org',
        id: 'JumpCloud',
        kind: 'changed',
        changes: [
          {
            area: DiffArea.SETTING,
            kind: 'changed',
            key: 'user.searchBase',
            label: 'User Search Base',
            before: 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
            after: 'ou=People,dc=example,dc=com',
          },
        ],
      },
    ]);
  });

  test('a setting set or unset is added or removed; the LDAP app id is a setting too', () => {
    const head = sampleManifest({
      ldapAppId: '0oaNEW',
      settings: resolveDirectorySettings({
        agent: {
          host: 'ldap.jumpcloud.com',
          rootDn: base.settings.agent.rootDn,
          bindDn: base.settings.agent.bindDn,
          oktaOrgUrl: 'https://example.okta.com',
        },
        schema: { uniqueIdentifierAttribute: 'entrydn', dnAttribute: 'entrydn' },
        user: {
          searchBase: base.settings.user.searchBase,
          extraAttributes: [{ ldapAttribute: 'employeeType' }],
        },
        group: { searchBase: base.settings.group.searchBase, userAttribute: 'memberof' },
        role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
        preset: 'jumpcloud',
      }),
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.kind, c.key, c.before, c.after])).toEqual([
      ['added', 'agent.oktaOrgUrl', undefined, 'https://example.okta.com'],
      ['changed', 'ldapAppId', '0oa6qvmxznVl4KFXe5d7', '0oaNEW'],
      ['removed', 'user.accountDisabledAttribute', 'pwdlock', undefined],
      ['removed', 'user.accountDisabledValue', 'true', undefined],
    ]);
  });

  test('extra user attributes are matched by LDAP attribute, not position', () => {
    const withTwo = (attrs: { ldapAttribute: string; title?: string }[]): IntegrationManifest =>
      sampleManifest({
        settings: { ...base.settings, user: { ...base.settings.user, extraAttributes: attrs } },
      });
    expect(
      diffApps(
        app(withTwo([{ ldapAttribute: 'employeeType' }, { ldapAttribute: 'departmentNumber' }])),
        app(withTwo([{ ldapAttribute: 'departmentNumber' }, { ldapAttribute: 'employeeType' }])),
      ).equal,
    ).toBe(true);
    const changes = diffApps(
      app(withTwo([{ ldapAttribute: 'employeeType' }])),
      app(withTwo([{ ldapAttribute: 'employeeType', title: 'Type' }, { ldapAttribute: 'departmentNumber' }])),
    ).integrations[0]!.changes;
    expect(changes.map((c) => [c.kind, c.key, c.label, c.after])).toEqual([
      [
        'added',
        'user.extraAttributes[departmentNumber].ldapAttribute',
        'Extra User Attributes',
        'departmentNumber',
      ],
      ['added', 'user.extraAttributes[employeeType].title', 'Extra User Attributes', 'Type'],
    ]);
  });

  test('user mappings added, removed and changed, keyed by Okta attribute', () => {
    const head = sampleManifest({
      userMappings: { firstName: 'appuser.cn', email: 'appuser.email', mobilePhone: 'appuser.mobile' },
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.area, c.kind, c.key, c.before, c.after])).toEqual([
      [DiffArea.USER_MAPPING, 'changed', 'firstName', 'appuser.givenName', 'appuser.cn'],
      [DiffArea.USER_MAPPING, 'removed', 'lastName', 'appuser.sn', undefined],
      [DiffArea.USER_MAPPING, 'added', 'mobilePhone', undefined, 'appuser.mobile'],
    ]);
  });

  test('group mappings added, removed and changed, matched by Okta group and shown as LDAP group → Okta group', () => {
    const head = sampleManifest({
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering', description: 'Engineers' },
        { ldapGroup: 'support', oktaGroup: 'Support' },
      ],
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.area, c.kind, c.key, c.before, c.after])).toEqual([
      [DiffArea.GROUP_MAPPING, 'changed', 'engineering → Engineering: description', undefined, 'Engineers'],
      [DiffArea.GROUP_MAPPING, 'removed', 'sales → Sales', 'ruleName: LDAP sales | Sales', undefined],
      [DiffArea.GROUP_MAPPING, 'added', 'support → Support', undefined, ''],
    ]);
    expect(changes.map((c) => c.item)).toEqual(['Engineering', 'Sales', 'Support']);
  });

  test('a group mapping given another LDAP group is a change of the mapping, as in the plan', () => {
    const head = sampleManifest({
      groupMappings: [
        { ldapGroup: 'engineers', oktaGroup: 'Engineering' },
        ...base.groupMappings.filter((g) => g.oktaGroup !== 'Engineering'),
      ],
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.kind, c.key, c.item, c.field, c.before, c.after])).toEqual([
      [
        'changed',
        'engineers → Engineering: ldapGroup',
        'Engineering',
        'ldapGroup',
        'engineering',
        'engineers',
      ],
    ]);
  });

  test('two custom roles of one LDAP group are two role mappings; a new role id is a new mapping', () => {
    const custom = (roleId: string) => ({
      ldapGroup: 'ops',
      role: OktaAdminRole.CUSTOM,
      roleId,
      resourceSetId: 'rs0',
    });
    const changes = diffApps(
      app(sampleManifest({ roleMappings: [custom('cr0a'), custom('cr0b')] })),
      app(sampleManifest({ roleMappings: [custom('cr0a'), custom('cr0c')] })),
    ).integrations[0]!.changes;
    expect(changes.map((c) => [c.area, c.kind, c.key])).toEqual([
      [DiffArea.ROLE_MAPPING, 'removed', 'ops: CUSTOM (role cr0b, resource set rs0)'],
      [DiffArea.ROLE_MAPPING, 'added', 'ops: CUSTOM (role cr0c, resource set rs0)'],
    ]);
  });

  test('role mappings and the password policy', () => {
    const head = sampleManifest({
      roleMappings: [
        { ldapGroup: 'it-admins', role: OktaAdminRole.ORG_ADMIN, disableNotifications: true },
        { ldapGroup: 'it-admins', role: OktaAdminRole.REPORT_ADMIN },
      ],
      passwordPolicy: { name: 'LDAP users', priority: 2 },
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.area, c.kind, c.key, c.before, c.after])).toEqual([
      [DiffArea.ROLE_MAPPING, 'changed', 'it-admins: ORG_ADMIN: disableNotifications', undefined, 'true'],
      [DiffArea.ROLE_MAPPING, 'added', 'it-admins: REPORT_ADMIN', undefined, ''],
      [DiffArea.PASSWORD_POLICY, 'changed', 'password policy: priority', undefined, '2'],
    ]);
    const removed = diffApps(app(base), app(sampleManifest({ passwordPolicy: undefined })));
    expect(removed.integrations[0]!.changes).toEqual([
      {
        area: DiffArea.PASSWORD_POLICY,
        kind: 'removed',
        key: 'password policy',
        item: 'password policy',
        before: 'name: LDAP users',
      },
    ]);
  });

  test('the text form ends an added or removed item without fields at its key, not with `: ""`', () => {
    const head = sampleManifest({ groupMappings: [base.groupMappings[1]!] });
    const text = renderDiffText(diffApps(app(base), app(head)));
    expect(text).toContain('    - Group mapping: engineering → Engineering\n');
    expect(text).not.toContain(': ""');
  });

  test('Okta resources and validation warnings added or removed', () => {
    const head = sampleManifest({
      resources: base.resources.slice(1),
      warnings: [],
    });
    const changes = diffApps(app(base), app(head)).integrations[0]!.changes;
    expect(changes.map((c) => [c.area, c.kind, c.key])).toEqual([
      [DiffArea.RESOURCE, 'removed', 'okta_profile_mapping.JumpCloud_UserMapping'],
      [DiffArea.WARNING, 'removed', 'OKLDAP-120 directory.schema.uniqueIdentifierAttribute'],
    ]);
  });

  test('integrations added and removed, across stacks', () => {
    const second = sampleManifest({ id: 'Second', path: 'org/Second' });
    const diff = diffApps(app(base), [
      { stack: 'org', workingDirectory: 'stacks/org', integrations: [second] },
      { stack: 'other', workingDirectory: 'stacks/other', integrations: [sampleManifest()] },
    ]);
    expect(diff.integrations.map((i) => [i.stack, i.id, i.kind, i.changes.length])).toEqual([
      ['org', 'JumpCloud', 'removed', 0],
      ['org', 'Second', 'added', 0],
      ['other', 'JumpCloud', 'added', 0],
    ]);
  });

  test('text and Markdown renderings (golden)', () => {
    const head = sampleManifest({
      settings: { ...base.settings, agent: { ...base.settings.agent, port: 389 } },
      userMappings: { ...base.userMappings, mobilePhone: 'appuser.mobile' },
      groupMappings: [base.groupMappings[0]!],
    });
    const diff = diffApps(app(base), [
      {
        stack: 'org',
        workingDirectory: 'stacks/org',
        integrations: [head, sampleManifest({ id: 'EU', path: 'org/EU' })],
      },
    ]);
    expectGolden('diff.txt', renderDiffText(diff));
    expectGolden('diff.md', renderDiffMarkdown(diff));
  });
});

test('diff cuts a huge value to 300 characters in text and Markdown, the cut said in visible text', () => {
  const huge = `Help ${'y'.repeat(100_000)}`;
  const head = sampleManifest({
    groupMappings: [{ ...base.groupMappings[0]!, description: huge }, base.groupMappings[1]!],
  });
  const diff = diffApps(app(base), app(head));
  const text = renderDiffText(diff);
  expect(text).toContain(`"${huge.slice(0, 300)}…(+99,705 characters)"`);
  expect(text.length).toBeLessThan(2_000);
  const md = renderDiffMarkdown(diff);
  expect(md).toContain(`\`${huge.slice(0, 300)}…(+99,705 characters)\``);
  expect(md.length).toBeLessThan(2_000);
});
