import { attributeNameSyntaxRule } from '../../../lib/validation/rules/attribute-name-syntax';
import { OktaUsernameFormat } from '../../../lib/settings/setting-choices';
import { Lazy } from 'cdktf';
import { input, jumpCloud, openLdap, run, stringToken } from './rule-fixtures';

const FORM =
  "expected a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')";

describe('OKLDAP-117 attribute and object class names', () => {
  test('passes the presets, OIDs and every optional name field when valid', () => {
    expect(run(attributeNameSyntaxRule, input(jumpCloud()))).toEqual([]);
    expect(run(attributeNameSyntaxRule, input(openLdap()))).toEqual([]);
    const settings = jumpCloud({
      schema: { uniqueIdentifierAttribute: '1.3.6.1.1.16.4' },
      user: {
        auxiliaryObjectClasses: ['posixAccount'],
        passwordExpirationAttribute: 'shadowExpire',
        extraAttributes: [{ ldapAttribute: 'employeeType' }],
      },
      role: { objectClass: 'organizationalRole', membershipAttribute: 'roleOccupant' },
      provisioning: { usernameFormat: OktaUsernameFormat.FROM_SCHEMA, usernameAttribute: 'mail' },
    });
    expect(run(attributeNameSyntaxRule, input(settings))).toEqual([]);
  });

  test('reports a name with a space', () => {
    expect(run(attributeNameSyntaxRule, input(jumpCloud({ group: { userAttribute: 'member of' } })))).toEqual(
      [
        {
          ruleId: 'OKLDAP-117',
          severity: 'error',
          path: 'directory.group.userAttribute',
          value: 'member of',
          message: `'member of' is not an attribute or object class name; ${FORM}`,
          fix: 'Write the LDAP name exactly as the directory schema defines it (no spaces, no underscores), or leave it unset',
        },
      ],
    );
  });

  test('reports a filter pasted into a required name field, without "leave it unset"', () => {
    expect(
      run(
        attributeNameSyntaxRule,
        input(jumpCloud({ user: { objectClass: '(objectclass=inetorgperson)' } })),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-117',
        severity: 'error',
        path: 'directory.user.objectClass',
        value: '(objectclass=inetorgperson)',
        message: `'(objectclass=inetorgperson)' is not an attribute or object class name; ${FORM}`,
        fix: 'Write the LDAP name exactly as the directory schema defines it (no spaces, no underscores)',
      },
    ]);
  });

  test('checks every name field, by path', () => {
    const settings = jumpCloud({
      schema: { uniqueIdentifierAttribute: 'entry_uuid', dnAttribute: 'entry dn' },
      user: {
        auxiliaryObjectClasses: ['ok', 'x y'],
        accountDisabledAttribute: '',
        passwordAttribute: 'user_password',
        passwordExpirationAttribute: '1x',
        extraAttributes: [{ ldapAttribute: 'a_b' }],
      },
      group: { objectClass: 'group of names', memberAttribute: 'member;range=0-*' },
      role: { objectClass: '-x', membershipAttribute: 'memberOf()' },
      provisioning: { usernameAttribute: 'mail address' },
    });
    expect(run(attributeNameSyntaxRule, input(settings)).map((v) => v.path)).toEqual([
      'directory.schema.uniqueIdentifierAttribute',
      'directory.schema.dnAttribute',
      'directory.user.auxiliaryObjectClasses[1]',
      'directory.user.accountDisabledAttribute',
      'directory.user.passwordAttribute',
      'directory.user.passwordExpirationAttribute',
      'directory.user.extraAttributes[0].ldapAttribute',
      'directory.group.objectClass',
      'directory.group.memberAttribute',
      'directory.role.objectClass',
      'directory.role.membershipAttribute',
      'directory.provisioning.usernameAttribute',
    ]);
  });

  test('leaves blank required names to OKLDAP-113 and skips tokens', () => {
    expect(
      run(
        attributeNameSyntaxRule,
        input(jumpCloud({ group: { memberAttribute: '' }, user: { objectClass: stringToken('x y') } })),
      ),
    ).toEqual([]);
  });

  test('skips a list token (cdktf encodes it as one "#{TfToken[…]}" element, which is not a name)', () => {
    const classes = Lazy.listValue({ produce: () => ['not a name'] });
    expect(
      run(attributeNameSyntaxRule, input(jumpCloud({ user: { auxiliaryObjectClasses: classes } }))),
    ).toEqual([]);
  });
});
