import { App } from 'cdktf';
import { Lazy } from 'cdktf';
import { ldapAppIdShapeRule } from '../../../lib/validation/rules/ldap-app-id-shape';
import { OktaLdapIntegration } from '../../../lib/resources/okta-ldap-integration';
import { OrgStack, thrownBy, validProps } from '../../resources/fixtures';
import { input, run } from './rule-fixtures';

const FIX =
  "Copy the id of the LDAP directory app from the Admin Console (Directory Integrations, the app's URL) or from GET /api/v1/apps?q=ldap; pass a Terraform variable's value when it comes from elsewhere";

describe('OKLDAP-405 ldapAppId is an Okta app id', () => {
  test('passes an app id, a token, and no id', () => {
    expect(run(ldapAppIdShapeRule, { ...input(), ldapAppId: '0oa6qvmxznVl4KFXe5d7' })).toEqual([]);
    expect(
      run(ldapAppIdShapeRule, { ...input(), ldapAppId: Lazy.stringValue({ produce: () => 'x' }) }),
    ).toEqual([]);
    expect(run(ldapAppIdShapeRule, input())).toEqual([]);
  });

  test.each(['LDAP directory', '0oa6qvmxznVl4KFXe5d', '00g6qvmxznVl4KFXe5d7', '0oa6qvmxznVl4KFXe5d7 '])(
    'reports %p',
    (id) => {
      expect(run(ldapAppIdShapeRule, { ...input(), ldapAppId: id })).toEqual([
        {
          ruleId: 'OKLDAP-405',
          severity: 'warning',
          path: 'ldapAppId',
          value: id,
          message: `ldapAppId '${id}' is not an Okta app id: app ids are '0oa' and 17 letters or digits (20 in all), e.g. '0oa6qvmxznVl4KFXe5d7'`,
          fix: FIX,
        },
      ]);
    },
  );

  test('the construct warns at synth, and strict refuses', () => {
    const stack = new OrgStack(new App({ stackTraces: false }), 'org');
    const integration = new OktaLdapIntegration(
      stack,
      'JumpCloud',
      validProps({ ldapAppId: 'LDAP directory' }),
    );
    expect(integration.warnings.map((w) => w.ruleId)).toContain('OKLDAP-405');
    const error = thrownBy(
      () =>
        new OktaLdapIntegration(stack, 'Strict', validProps({ ldapAppId: 'LDAP directory', strict: true })),
    );
    expect(error.violations.map((v) => v.ruleId)).toEqual(['OKLDAP-405']);
  });
});
