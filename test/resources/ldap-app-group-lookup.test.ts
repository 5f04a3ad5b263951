import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { appGroupLookupErrorMessage, ldapAppIdOperand } from '../../lib/resources/ldap-app-group-lookup';

describe('exact lookup of an imported LDAP group', () => {
  test('the postcondition message names the group and the fix', () => {
    expect(appGroupLookupErrorMessage('engineering', '"0oa6qvmxznVl4KFXe5d7"')).toBe(
      'cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named "engineering" ' +
        'imported from the LDAP app ${"0oa6qvmxznVl4KFXe5d7"}. ' +
        'None means the group is not imported yet: make sure it exists under the group search base and is bound to ' +
        'the LDAP directory, then run an import in Okta (Directory > Directory Integrations > LDAP > Import), and check ldapAppId. ' +
        'Several means the name is ambiguous within that app: rename one group.',
    );
  });

  test('the app id operand: a quoted, escaped literal, or a bare reference for a token', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expect(ldapAppIdOperand(stack, '0oa1')).toBe('"0oa1"');
    expect(ldapAppIdOperand(stack, 'a"${b}')).toBe('"a\\"$${b}"');
    const appId = new TerraformVariable(stack, 'app', { type: 'string' }).stringValue;
    expect(ldapAppIdOperand(stack, appId)).toBe(appId);
    const mixed = ldapAppIdOperand(stack, `0oa${appId}`);
    expect(Testing.synth(stack)).toContain('"LdapAppIdLocal": "0oa${var.app}"');
    expect(mixed).not.toContain('0oa');
  });
});
