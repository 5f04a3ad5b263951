import { Construct } from 'constructs';
import { App } from 'cdktf';
import { OktaLdapIntegration } from '../../../lib/resources/okta-ldap-integration';
import { OrgStack, thrownBy, validProps } from '../../resources/fixtures';

describe('OKLDAP-404 Terraform name collision', () => {
  test('refuses two integrations whose ids differ only by "-" and "_"', () => {
    const stack = new OrgStack(new App({ stackTraces: false }), 'org');
    new OktaLdapIntegration(stack, 'team-a', validProps());
    const error = thrownBy(() => new OktaLdapIntegration(stack, 'team_a', validProps()));
    expect(error.violations).toEqual([
      {
        ruleId: 'OKLDAP-404',
        severity: 'error',
        path: 'id',
        value: 'team_a',
        message:
          'the integrations org/team-a and org/team_a would both get the bind password variable ' +
          'team_a_bind_password (TF_VAR_team_a_bind_password) and the outputs team_a_…: one secret for two directories',
        fix:
          'Rename one of the two integrations (or a construct above it) so that their ids still differ when ' +
          '"-", "." and "/" become "_"',
      },
    ]);
  });

  test('refuses a renamed path that meets another id, whichever integration comes last', () => {
    const orders = [
      ['nested', 'root', 'rootTwin'],
      ['root', 'rootTwin', 'nested'],
    ];
    for (const order of orders) {
      const stack = new OrgStack(new App({ stackTraces: false }), 'org');
      const build = {
        // `Team/JumpCloud` becomes Team_JumpCloud once `JumpCloud` is also an id at the root.
        nested: () => new OktaLdapIntegration(new Construct(stack, 'Team'), 'JumpCloud', validProps()),
        root: () => new OktaLdapIntegration(stack, 'Team_JumpCloud', validProps()),
        rootTwin: () => new OktaLdapIntegration(stack, 'JumpCloud', validProps()),
      } as Record<string, () => unknown>;
      for (const name of order.slice(0, -1)) build[name]!();
      const error = thrownBy(build[order[order.length - 1]!]!);
      expect(
        error.violations.map((v) => [v.ruleId, v.message.includes('Team_JumpCloud_bind_password')]),
      ).toEqual([['OKLDAP-404', true]]);
    }
  });

  test('allows the same id in different constructs (their paths differ)', () => {
    const stack = new OrgStack(new App({ stackTraces: false }), 'org');
    new OktaLdapIntegration(new Construct(stack, 'A'), 'JumpCloud', validProps());
    expect(() => new OktaLdapIntegration(new Construct(stack, 'B'), 'JumpCloud', validProps())).not.toThrow();
  });
});
