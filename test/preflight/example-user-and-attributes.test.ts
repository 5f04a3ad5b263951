import { renderMarkdown } from '../../lib/preflight/render/markdown';
import { renderText } from '../../lib/preflight/render/text';
import { runPreflight } from '../../lib/preflight/run-preflight';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { finding, patchSettings } from './preflight-test-helpers';
import { integrationModel } from '../../lib/model/integration-model';

let booleanDir: SlapdFixture;
let bareDir: SlapdFixture;

beforeAll(async () => {
  [booleanDir, bareDir] = await Promise.all([
    startSlapd({
      pwdlockSyntax: 'boolean',
      users: [
        {
          uid: 'ann',
          givenName: 'Ann',
          sn: 'Lee',
          mail: 'ann@example.com',
          pwdlock: true,
          employeeType: 'staff',
          groups: ['eng'],
        },
        {
          uid: 'bob',
          givenName: 'Bob',
          sn: 'Ray',
          mail: 'bob@example.com',
          pwdlock: false,
          employeeType: 'contractor',
          groups: ['eng', 'ops'],
        },
        { uid: 'twin1', sn: 'Twin', mail: 'twin@example.com', pwdlock: false },
        { uid: 'twin2', sn: 'Twin', mail: 'twin@example.com', pwdlock: false },
      ],
    }),
    // Users without mail, pwdlock or groups: the attributes the settings name cannot be proved.
    startSlapd({
      users: [
        { uid: 'carl', sn: 'Carl' },
        { uid: 'dora', sn: 'Dora' },
      ],
      groups: [{ cn: 'empty', members: ['carl'] }],
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([booleanDir?.stop(), bareDir?.stop()]);
});

describe('PF-EXAMPLE-USER', () => {
  test('pwdlock with Boolean syntax (TRUE) is recognised as disabled, case-insensitively', async () => {
    const report = await runPreflight(integrationModel({ settings: booleanDir.settings() }), {
      bindPassword: booleanDir.bindPassword,
      ca: booleanDir.caPem,
      exampleUser: 'ann@example.com',
    });
    const f = finding(report, 'PF-EXAMPLE-USER');
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      'Example user ann@example.com is disabled (pwdlock=TRUE): Okta imports this user as deactivated; uid ann, 1 group within the group base',
    );
  });

  test('an active user by uid: profile from user mappings, extra attributes, groups found by member search when no group user attribute is set', async () => {
    const settings = patchSettings(booleanDir.settings(), {
      user: { extraAttributes: [{ ldapAttribute: 'employeeType', profileProperty: 'workerKind' }] },
      group: { userAttribute: undefined },
    });
    const report = await runPreflight(
      integrationModel({
        settings,
        userMappings: {
          lastName: 'appuser.lastName',
          employeeType: 'appuser.workerKind',
          nickName: 'appuser.nickName',
          title: 'appuser.title + " (LDAP)"',
        },
      }),
      { bindPassword: booleanDir.bindPassword, ca: booleanDir.caPem, exampleUser: 'bob' },
    );
    const f = finding(report, 'PF-EXAMPLE-USER');
    // The mapped profile is in the message (text and Markdown show it); a null mapped attribute warns.
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      `Example user bob is active: ${booleanDir.userDn('bob')}, uid bob, 2 groups within the group base; ` +
        'mapped profile: employeeType=contractor, lastName=Ray, nickName=null, title=(not evaluated: appuser.title + " (LDAP)"); ' +
        'the user mappings give null for nickName (no nickName on the user)',
    );
    expect(f.fix).toBe(
      "A mapping whose LDAP attribute the user lacks leaves that Okta attribute empty: check the attribute each of userMappings.nickName reads, and the user's entry.",
    );
    expect(renderText(report)).toContain(
      'mapped profile: employeeType=contractor, lastName=Ray, nickName=null',
    );
    expect(renderMarkdown(report)).toContain(
      'mapped profile: employeeType=contractor, lastName=Ray, nickName=null',
    );
    expect(f.evidence).toMatchObject({
      status: 'active',
      disabledAttribute: 'pwdlock=FALSE',
      fullName: 'Bob Ray',
      profile: {
        lastName: { result: 'evaluated', ldapAttribute: 'sn', value: 'Ray' },
        employeeType: { result: 'evaluated', ldapAttribute: 'employeeType', value: 'contractor' },
        nickName: { result: 'evaluated', ldapAttribute: 'nickName', value: null },
        title: { result: 'not evaluated' },
      },
    });
    expect([...(f.evidence.groups as string[])].sort()).toEqual(
      [`cn=eng,${booleanDir.usersDn}`, `cn=ops,${booleanDir.usersDn}`].sort(),
    );
  });

  test('two users with the same mail: the example user is ambiguous', async () => {
    const report = await runPreflight(integrationModel({ settings: booleanDir.settings() }), {
      bindPassword: booleanDir.bindPassword,
      ca: booleanDir.caPem,
      exampleUser: 'twin@example.com',
    });
    expect(finding(report, 'PF-EXAMPLE-USER')).toMatchObject({
      status: 'fail',
      message: `Example user twin@example.com is ambiguous: ${booleanDir.userDn('twin1')}; ${booleanDir.userDn('twin2')} match`,
    });
  });
});

describe('PF-USER-ATTRIBUTES', () => {
  test('an extra attribute and a mapping source most sampled users lack: a warning each, with the count', async () => {
    const settings = patchSettings(booleanDir.settings(), {
      user: { extraAttributes: [{ ldapAttribute: 'costCenter', title: 'Cost center' }] },
    });
    const report = await runPreflight(
      integrationModel({
        settings,
        userMappings: { firstName: 'appuser.firstName', displayName: 'appuser.displayName' },
      }),
      { bindPassword: booleanDir.bindPassword, ca: booleanDir.caPem },
    );
    const f = finding(report, 'PF-USER-ATTRIBUTES');
    expect(f.status).toBe('warn');
    expect(f.message.split('; ')).toEqual([
      'costCenter (extra user attribute costCenter) is on 0 of 4 sampled users, nor any other user: its Okta profile property stays empty for the others',
      "displayName (user mapping source of displayName) is on 0 of 4 sampled users, nor any other user: Okta's displayName would be empty for the others",
    ]);
    // givenName (firstName) is on 2 of 4: half the users, no warning.
    expect(f.evidence.attributes).toMatchObject({
      givenName: { usedAs: ['user mapping source of firstName'], onSampledUsers: 2 },
      costCenter: { onSampledUsers: 0, foundByPresenceSearch: false },
    });
  });

  test('sampled users without mail under the EMAIL username format: warn naming them', async () => {
    const report = await runPreflight(integrationModel({ settings: bareDir.settings() }), {
      bindPassword: bareDir.bindPassword,
      ca: bareDir.caPem,
    });
    const f = finding(report, 'PF-USER-ATTRIBUTES');
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      `mail (email (Okta username format EMAIL)) is missing on 2 of 2 sampled users (${bareDir.userDn('carl')}; ${bareDir.userDn('dora')}): these users cannot be imported with the EMAIL username format`,
    );
  });

  test('with the UID username format, users without mail are fine', async () => {
    const settings = { ...bareDir.settings(), provisioning: { usernameFormat: 'UID' as never } };
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: bareDir.bindPassword,
      ca: bareDir.caPem,
    });
    expect(finding(report, 'PF-USER-ATTRIBUTES')).toMatchObject({
      status: 'pass',
      message: 'entrydn, mail, memberof, pwdlock readable on 2 sampled users',
    });
  });

  test('a DN attribute no user carries fails (after one presence search)', async () => {
    const settings = patchSettings(bareDir.settings(), { schema: { dnAttribute: 'homeDirectory' } });
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: bareDir.bindPassword,
      ca: bareDir.caPem,
    });
    const f = finding(report, 'PF-USER-ATTRIBUTES');
    expect(f.status).toBe('fail');
    expect(f.message).toBe('homeDirectory (DN attribute) is on no user: Okta cannot locate users without it');
    expect(f.evidence).toMatchObject({
      attributes: { homeDirectory: { onSampledUsers: 0, foundByPresenceSearch: false } },
    });
  });

  test('an account-disabled attribute no user carries warns that it cannot be proved', async () => {
    const settings = patchSettings(bareDir.settings(), {
      user: { accountDisabledAttribute: 'employeeNumber' },
    });
    const report = await runPreflight(
      integrationModel({ settings: { ...settings, provisioning: { usernameFormat: 'UID' as never } } }),
      { bindPassword: bareDir.bindPassword, ca: bareDir.caPem },
    );
    expect(finding(report, 'PF-USER-ATTRIBUTES')).toMatchObject({
      status: 'warn',
      message:
        'employeeNumber (account disabled attribute) is on no user: its readability cannot be proved; fine if no user was ever disabled',
    });
  });
});
