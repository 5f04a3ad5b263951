import { groupRuleLimitRule } from '../../../lib/validation/rules/group-rule-limit';
import { input, run } from './rule-fixtures';

const mappings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ldapGroup: `g${i}`, oktaGroup: `G${i}` }));

describe('OKLDAP-210 at most 2,000 group rules', () => {
  test('passes 2,000', () => {
    expect(run(groupRuleLimitRule, input(undefined, { groupMappings: mappings(2000) }))).toEqual([]);
  });

  test('reports 2,001', () => {
    expect(run(groupRuleLimitRule, input(undefined, { groupMappings: mappings(2001) }))).toEqual([
      {
        ruleId: 'OKLDAP-210',
        severity: 'error',
        path: 'groupMappings',
        value: 2001,
        message: '2001 group mappings would make 2001 group rules; Okta allows at most 2000 per org',
        fix: 'Keep at most 2000 group mappings (fewer if the org has other group rules)',
      },
    ]);
  });
});
