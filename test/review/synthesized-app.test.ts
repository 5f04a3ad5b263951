/**
 * Report and diff on apps really synthesized with OktaLdapIntegration (app.synth() into temp dirs).
 */
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { LdapGroupMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { diffApps } from '../../lib/review/app-diff';
import { DiffArea } from '../../lib/review/diff-model';
import { renderReport } from '../../lib/review/report-markdown';
import { buildReview } from '../../lib/review/review';
import { ProfileMappingRemoval } from '../../lib/resources/profile-mapping-removal';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { synthOrgApp } from './synth-org-app';

const GROUPS: LdapGroupMapping[] = [
  { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
  { ldapGroup: 'sales', oktaGroup: 'Sales' },
];

function props(overrides: Partial<OktaLdapIntegrationProps> = {}): OktaLdapIntegrationProps {
  return {
    directory: jumpCloudDirectory({
      orgId: '5f3c0a1b2c3d4e5f60718293',
      bindUser: 'okta-bind',
      user: { extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Employee type' }] },
    }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.mail' },
    groupMappings: GROUPS,
    roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
    passwordPolicy: { name: 'JumpCloud LDAP users' },
    ...overrides,
  };
}

/** Synthesizes an app with one org stack holding one integration; returns its outdir. */
function synth(p: OktaLdapIntegrationProps): string {
  return synthOrgApp('review-synth-', ['JumpCloud', p]);
}

// Structural assertions, not a golden file: rule messages and resource ids belong to the construct
// and may be reworded there; the goldens for the layout use hand-built manifests.
test('report of a synthesized JumpCloud integration', () => {
  const text = renderReport(readSynthesizedApp(synth(props())));
  expect(text).toContain('## `org` / `JumpCloud`');
  expect(text).toContain(
    '- Bind password: sensitive Terraform variable `JumpCloud_bind_password` (never shown)',
  );
  expect(text).toMatch(/\| Okta Admin Console +\| User +\| Account Disabled Attribute +\| `pwdlock` +\|/);
  expect(text).toMatch(/\| `engineering` +\| `Engineering` +\|/);
  expect(text).toMatch(/\| `it-admins` +\| `READ_ONLY_ADMIN` +\|/);
  expect(text).toMatch(/### Okta resources that will exist \(11\)/);
  expect(text).toMatch(/\| `okta_group_rule` +\| `okta_group_rule\.JumpCloud_GroupRule-Sales_\w+` +\|/);
  expect(text).toMatch(/- `OKLDAP-\d+` `directory\.schema\.uniqueIdentifierAttribute`: /);
  expect(text).toMatch(/\| `terraform_data` +\| `terraform_data\.JumpCloud_PreflightGuard_\w+` +\|/);
});

test('diff of two synthesized apps: equal, order-only, and real changes', () => {
  const base = readSynthesizedApp(synth(props()));
  expect(diffApps(base, readSynthesizedApp(synth(props()))).equal).toBe(true);
  const reordered = readSynthesizedApp(
    synth(
      props({
        groupMappings: [...GROUPS].reverse(),
        userMappings: { email: 'appuser.mail', lastName: 'appuser.sn', firstName: 'appuser.givenName' },
      }),
    ),
  );
  expect(diffApps(base, reordered)).toEqual({ equal: true, integrations: [], stackFindings: [] });

  const changed = readSynthesizedApp(
    synth(
      props({
        directory: jumpCloudDirectory({
          orgId: '5f3c0a1b2c3d4e5f60718293',
          bindUser: 'okta-bind-2',
          user: { extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Employee type' }] },
        }),
        groupMappings: [...GROUPS, { ldapGroup: 'support', oktaGroup: 'Support' }],
      }),
    ),
  );
  const diff = diffApps(base, changed);
  expect(diff.equal).toBe(false);
  const changes = diff.integrations[0]!.changes;
  expect(changes.filter((c) => c.area !== DiffArea.RESOURCE)).toEqual([
    {
      area: DiffArea.SETTING,
      kind: 'changed',
      key: 'agent.bindDn',
      label: 'Bind DN',
      before: 'uid=okta-bind,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
      after: 'uid=okta-bind-2,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
    },
    {
      area: DiffArea.GROUP_MAPPING,
      kind: 'added',
      key: 'support → Support',
      item: 'Support',
      after: '',
    },
  ]);
  expect(
    changes
      .filter((c) => c.area === DiffArea.RESOURCE)
      .map((c) => [c.kind, c.key.replace(/_[0-9A-F]{8}$/, '')]),
  ).toEqual(
    expect.arrayContaining([
      ['added', 'okta_group.JumpCloud_Group-Support'],
      ['added', 'okta_group_rule.JumpCloud_GroupRule-Support'],
    ]),
  );
});

test('review of really synthesized apps: emptying userMappings is high risk only when the profile mapping may be cleared', () => {
  const base = readSynthesizedApp(synth(props()));
  const rules = (overrides: Partial<OktaLdapIntegrationProps>): string[] =>
    buildReview(base, readSynthesizedApp(synth(props(overrides)))).changes.map((c) => c.rule.id);
  // The default protects the mapping: a removed block forgets it, Okta keeps it.
  expect(rules({ userMappings: {} })).not.toContain('RISK-PROFILE-MAPPING-DESTROYED');
  expect(rules({ userMappings: {}, deleteWhenAbsent: true })).not.toContain('RISK-PROFILE-PROPERTY-DELETED');
  expect(rules({ userMappings: {}, profileMappingRemoval: ProfileMappingRemoval.CLEAR })).toContain(
    'RISK-PROFILE-MAPPING-DESTROYED',
  );
  expect(rules({ deleteWhenAbsent: true, userMappings: { firstName: 'appuser.givenName' } })).toEqual(
    expect.arrayContaining(['RISK-DELETE-WHEN-ABSENT', 'RISK-PROFILE-PROPERTY-DELETED']),
  );
});
