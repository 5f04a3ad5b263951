import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { PASSWORD_POLICY_FIELDS } from '../../lib/mappings/password-policy-fields';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { OrgStack, validProps } from '../resources/fixtures';

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

function policyOf(passwordPolicy: Record<string, unknown>): Record<string, unknown> {
  const stack = new OrgStack(Testing.app(), 'org');
  new OktaLdapIntegration(stack, 'JumpCloud', validProps({ passwordPolicy: passwordPolicy as never }));
  const tf = JSON.parse(Testing.synth(stack)) as Json;
  return Object.values(tf.resource!.okta_policy_password!)[0]!;
}

describe('LDAP password policy settings', () => {
  test('every setting Okta applies to LDAP users is in the plan with its documented default', () => {
    const policy = policyOf({ name: 'LDAP users' });
    expect(policy).toMatchObject({
      auth_provider: 'LDAP',
      password_dictionary_lookup: false,
      password_max_age_days: 0,
      password_expire_warn_days: 0,
      password_min_age_minutes: 0,
      password_history_count: 0,
      password_max_lockout_attempts: 10,
      password_auto_unlock_minutes: 0,
      password_show_lockout_failures: false,
      email_recovery: 'ACTIVE',
      sms_recovery: 'INACTIVE',
      call_recovery: 'INACTIVE',
      question_recovery: 'ACTIVE',
      recovery_email_token: 60,
      question_min_length: 4,
    });
    // Complexity is the LDAP server's: left to the provider.
    expect(policy).not.toHaveProperty('password_min_length');
  });

  test('given values are written as given (recovery switches as ACTIVE / INACTIVE)', () => {
    const policy = policyOf({
      name: 'LDAP users',
      commonPasswordCheck: true,
      maxLockoutAttempts: 5,
      autoUnlockMinutes: 30,
      emailRecovery: false,
      smsRecovery: true,
      questionMinLength: 8,
    });
    expect(policy).toMatchObject({
      password_dictionary_lookup: true,
      password_max_lockout_attempts: 5,
      password_auto_unlock_minutes: 30,
      email_recovery: 'INACTIVE',
      sms_recovery: 'ACTIVE',
      question_min_length: 8,
    });
  });

  test('docs/okta-provider.md lists every setting with its argument and default', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'okta-provider.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(\w+)` +\| `(\w+)` +\| `([^`]+)` +\|/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    expect(rows).toEqual(PASSWORD_POLICY_FIELDS.map((f) => [f.prop, f.argument, String(f.defaultValue)]));
  });
});
