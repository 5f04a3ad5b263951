import { searchBaseWithinRootDnRule } from '../../../lib/validation/rules/search-base-within-root-dn';
import { input, jumpCloud, openLdap, ORG_DN, run, stringToken, USERS_DN } from './rule-fixtures';

describe('OKLDAP-102 search bases inside the root DN', () => {
  test('passes when the bases equal the root DN or lie below it, in any letter case', () => {
    expect(run(searchBaseWithinRootDnRule, input(jumpCloud()))).toEqual([]);
    expect(run(searchBaseWithinRootDnRule, input(openLdap()))).toEqual([]);
    expect(
      run(
        searchBaseWithinRootDnRule,
        input(jumpCloud({ group: { searchBase: `cn=x,${USERS_DN.toUpperCase()}` } })),
      ),
    ).toEqual([]);
  });

  test('reports a group base beside the root DN (the ou=Groups mistake)', () => {
    const base = `ou=Groups,${ORG_DN}`;
    expect(run(searchBaseWithinRootDnRule, input(jumpCloud({ group: { searchBase: base } })))).toEqual([
      {
        ruleId: 'OKLDAP-102',
        severity: 'error',
        path: 'directory.group.searchBase',
        value: base,
        message: `search base '${base}' is outside the root DN '${USERS_DN}'; a search base must equal the root DN or end with it`,
        fix: `Use a search base that ends with ',${USERS_DN}' (or the root DN itself), or widen directory.agent.rootDn`,
      },
    ]);
  });

  test('reports a user base above the root DN', () => {
    const violations = run(searchBaseWithinRootDnRule, input(jumpCloud({ user: { searchBase: ORG_DN } })));
    expect(violations.map((v) => [v.ruleId, v.path, v.value])).toEqual([
      ['OKLDAP-102', 'directory.user.searchBase', ORG_DN],
    ]);
  });

  test('skips tokens and invalid DNs (OKLDAP-101 reports those)', () => {
    expect(
      run(searchBaseWithinRootDnRule, input(jumpCloud({ user: { searchBase: stringToken() } }))),
    ).toEqual([]);
    expect(run(searchBaseWithinRootDnRule, input(jumpCloud({ user: { searchBase: 'ou=a,,' } })))).toEqual([]);
    expect(run(searchBaseWithinRootDnRule, input(jumpCloud({ agent: { rootDn: stringToken() } })))).toEqual(
      [],
    );
  });
});
