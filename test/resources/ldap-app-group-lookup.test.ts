import {
  appGroupLookupErrorMessage,
  appGroupSearch,
  oktaSearchString,
} from '../../lib/resources/ldap-app-group-lookup';

describe('exact lookup of an imported LDAP group', () => {
  test('searches type APP_GROUP and the exact profile name', () => {
    expect(appGroupSearch('engineering')).toBe('type eq "APP_GROUP" and profile.name eq "engineering"');
  });

  test('escapes backslashes and double quotes in the name', () => {
    expect(oktaSearchString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(appGroupSearch('x" or type eq "OKTA_GROUP')).toBe(
      'type eq "APP_GROUP" and profile.name eq "x\\" or type eq \\"OKTA_GROUP"',
    );
  });

  test('the postcondition message names the group and the fix', () => {
    expect(appGroupLookupErrorMessage('engineering')).toBe(
      'cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named "engineering". ' +
        'None means the group is not imported yet: make sure it exists under the group search base and is bound to ' +
        'the LDAP directory, then run an import in Okta (Directory > Directory Integrations > LDAP > Import). ' +
        'Several means the name is ambiguous: rename one group.',
    );
  });
});
