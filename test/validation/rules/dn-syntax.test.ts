import { dnSyntaxRule } from '../../../lib/validation/rules/dn-syntax';
import { input, jumpCloud, openLdap, run, stringToken, USERS_DN } from './rule-fixtures';

const FORM =
  "A DN is comma-separated type=value pairs with no spaces around , + or =, e.g. 'ou=people,dc=example,dc=com'";
const FIX = 'Correct the DN; escape , + " \\ < > ; in values with a backslash (escapeRdnValue does it)';

describe('OKLDAP-101 DN syntax', () => {
  test('passes the JumpCloud and OpenLDAP presets, escaped values included', () => {
    expect(run(dnSyntaxRule, input(jumpCloud()))).toEqual([]);
    expect(run(dnSyntaxRule, input(openLdap()))).toEqual([]);
    expect(run(dnSyntaxRule, input(jumpCloudWithBind('uid=Smith\\, J,' + USERS_DN)))).toEqual([]);
  });

  test('reports a space after a comma in the bind DN, with its position', () => {
    const dn = `uid=okta-bind, ${USERS_DN}`;
    expect(run(dnSyntaxRule, input(jumpCloudWithBind(dn)))).toEqual([
      {
        ruleId: 'OKLDAP-101',
        severity: 'error',
        path: 'directory.agent.bindDn',
        value: dn,
        message: `'${dn}' is not a valid DN: at character 15, space after ',': RFC 4514 allows no space around ',' or '+'; remove it. ${FORM}`,
        fix: FIX,
      },
    ]);
  });

  test('reports each bad DN field under its own path', () => {
    const violations = run(
      dnSyntaxRule,
      input(
        jumpCloud({
          agent: { rootDn: 'ou=Users;o=x' },
          user: { searchBase: 'ou=a,' },
          group: { searchBase: 'cn=<groups>' },
        }),
      ),
    );
    expect(violations.map((v) => [v.path, v.message])).toEqual([
      [
        'directory.agent.rootDn',
        `'ou=Users;o=x' is not a valid DN: at character 9, unescaped ';' in a value; write it as '\\;'. ${FORM}`,
      ],
      [
        'directory.user.searchBase',
        `'ou=a,' is not a valid DN: at character 6, the DN ends with ','; remove it or add an RDN after it. ${FORM}`,
      ],
      [
        'directory.group.searchBase',
        `'cn=<groups>' is not a valid DN: at character 4, unescaped '<' in a value; write it as '\\<'. ${FORM}`,
      ],
    ]);
  });

  test('skips tokens and blank values (OKLDAP-113 reports blanks)', () => {
    expect(
      run(
        dnSyntaxRule,
        input(jumpCloud({ agent: { bindDn: stringToken('not a dn') }, user: { searchBase: ' ' } })),
      ),
    ).toEqual([]);
  });
});

function jumpCloudWithBind(bindDn: string) {
  return jumpCloud({ agent: { bindDn } });
}
