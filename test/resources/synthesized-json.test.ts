/**
 * The synthesized Terraform JSON is a compatibility promise: construct ids, addresses, arguments and
 * the manifest comment of the example app and of a set of fixture apps that reach every resource the
 * construct makes are pinned byte for byte (golden files in test/resources/golden; UPDATE_GOLDEN=1
 * rewrites them: review the diff, and say in the CHANGELOG what a user's plan shows). Two things are
 * made neutral before the comparison because they are not part of the plan's content: the folder
 * the repository is checked out in, and the content hash of the bundled guard runner (it changes
 * whenever the runner's code does; its path in the JSON is otherwise pinned).
 */
import * as fs from 'fs';
import * as path from 'path';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { EXAMPLE_ORG, OktaOrgStack } from '../../main';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { ProfileMappingRemoval } from '../../lib/resources/profile-mapping-removal';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { openLdapDirectory } from '../../lib/presets/openldap/openldap-directory';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { tempDir } from '../support/temp-dir';
import { APP_ID, OrgStack, validProps } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
const GOLDEN = path.join(__dirname, 'golden');
/** A stand-in guard runner with fixed content, so that the fixture apps pin the asset hash too. */
const RUNNER = path.join(GOLDEN, 'runner-stand-in.js');
const CA_FILE = path.join(GOLDEN, 'ca-stand-in.pem');

/** Every stack's cdk.tf.json of an app, with the checkout folder and the real runner's hash made neutral. */
function synthesized(build: (app: App) => void): string {
  const outdir = tempDir('synth-golden-');
  const app = new App({ outdir, stackTraces: false });
  build(app);
  app.synth();
  const stacksDir = path.join(outdir, 'stacks');
  return fs
    .readdirSync(stacksDir)
    .sort()
    .map((stack) => {
      const text = fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8');
      return `=== ${stack}\n${text.split(ROOT).join('<checkout>')}\n`;
    })
    .join('');
}

function expectSynthGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

const GUARD = { cliPath: RUNNER };

test('the example org stack (main.ts)', () => {
  const text = synthesized((app) => new OktaOrgStack(app, 'okta-org', EXAMPLE_ORG));
  // The example uses the installed runner, whose content hash follows its code.
  expectSynthGolden('example.tf.json.txt', text.replace(/(assets\/[^/"]+\/)[0-9A-F]{32,}/g, '$1<hash>'));
});

test('JumpCloud with every mapping kind, guard options, suppressions and strict off', () => {
  const text = synthesized((app) => {
    const stack = new OrgStack(app, 'org');
    new OktaLdapIntegration(stack, 'JumpCloud', {
      ...validProps(),
      directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
      groupMappings: [
        {
          ldapGroup: 'engineering',
          oktaGroup: 'Engineering',
          description: 'Engineers',
          ruleName: 'eng rule',
        },
        { ldapGroup: 'sales', oktaGroup: 'Sales' },
        { ldapGroup: 'engineering', oktaGroup: 'Builders' },
      ],
      roleMappings: [
        { ldapGroup: 'it-helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g2', '00g1'] },
        { ldapGroup: 'app-admins', role: OktaAdminRole.APP_ADMIN, targetApps: ['salesforce'] },
        { ldapGroup: 'auditors', role: OktaAdminRole.READ_ONLY_ADMIN, disableNotifications: true },
        {
          ldapGroup: 'custom',
          role: OktaAdminRole.CUSTOM,
          roleId: 'cr0abcdefghijklmnop1',
          resourceSetId: 'iamabcdefghijklmnop1',
        },
      ],
      passwordPolicy: {
        name: 'LDAP users',
        description: 'Delegated',
        groups: ['Engineering', '00gOther'],
        priority: 1,
        maxLockoutAttempts: 5,
        emailRecovery: false,
      },
      deleteWhenAbsent: true,
      suppressions: [{ id: 'OKLDAP-111', reason: 'accepted' }],
      preflightGuardOptions: {
        ...GUARD,
        caFile: CA_FILE,
        timeoutSeconds: 90,
        exampleUser: 'jane@example.com',
      },
    });
  });
  expectSynthGolden('jumpcloud-full.tf.json.txt', text);
});

test('OpenLDAP over StartTLS without user mappings, guard off, removal CLEAR, own bind password variable', () => {
  const text = synthesized((app) => {
    const stack = new OrgStack(app, 'org');
    new OktaLdapIntegration(stack, 'Corp', {
      directory: openLdapDirectory({
        host: 'ldap.example.com',
        baseDn: 'dc=example,dc=com',
        bindDn: 'cn=okta-agent,ou=services,dc=example,dc=com',
        connectionSecurity: LdapConnectionSecurity.STARTTLS,
      }),
      ldapAppId: APP_ID,
      groupMappings: [{ ldapGroup: 'staff', oktaGroup: 'Staff' }],
      preflightGuard: false,
      profileMappingRemoval: ProfileMappingRemoval.CLEAR,
      chainGroupRules: false,
      bindPassword: new TerraformVariable(stack, 'corp-password', { type: 'string', sensitive: true }),
    });
    new OktaLdapIntegration(stack, 'Protected', {
      directory: openLdapDirectory({
        host: 'ldap2.example.com',
        baseDn: 'dc=example,dc=org',
        bindDn: 'cn=okta,dc=example,dc=org',
      }),
      ldapAppId: '0oa6qvmxznVl4KFXe5d8',
      preflightGuardOptions: GUARD,
    });
  });
  expectSynthGolden('openldap.tf.json.txt', text);
});

test('two integrations in nested scopes, one on an aliased provider, one adopting existing objects', () => {
  const text = synthesized((app) => {
    const stack = new OrgStack(app, 'org');
    const preview = new OktaProvider(stack, 'okta-preview', { alias: 'preview' });
    const team = new Construct(stack, 'Team');
    new OktaLdapIntegration(team, 'Primary', {
      ...validProps(),
      preflightGuardOptions: GUARD,
      adoption: {
        groupMappings: { Engineering: { group: '00g1engAAAAAAAAAAAA1', groupRule: '0pr1engAAAAAAAAAAAA1' } },
        roleMappings: {
          'it-helpdesk': { group: '00g1ldapHelpdeskAAA3', roles: { HELP_DESK_ADMIN: 'IFIFAX2BIRGUSTQ' } },
        },
        passwordPolicy: '00p1ldapPolicyAAAAA5',
      },
    });
    new OktaLdapIntegration(stack, 'Preview', {
      ...validProps({ ldapAppId: '0oa6qvmxznVl4KFXe5d9' }),
      provider: preview,
      preflightGuardOptions: GUARD,
    });
  });
  expectSynthGolden('nested-aliased-adopted.tf.json.txt', text);
});
