import { oktaGroupNameLengthRule } from '../../../lib/validation/rules/okta-group-name-length';
import { input, run, stringToken } from './rule-fixtures';

const FIX = (i: number) =>
  `Shorten groupMappings[${i}].oktaGroup to at most 255 bytes (UTF-8: an accented letter takes 2 bytes, most emoji 4)`;

describe('OKLDAP-212 Okta group name length', () => {
  test('allows 255 bytes, in ASCII or in two-byte letters', () => {
    const groupMappings = [
      { ldapGroup: 'a', oktaGroup: 'x'.repeat(255) },
      { ldapGroup: 'b', oktaGroup: `${'é'.repeat(127)}y` },
    ];
    expect(run(oktaGroupNameLengthRule, input(undefined, { groupMappings }))).toEqual([]);
  });

  test('reports 256 bytes, counting UTF-8 bytes rather than characters', () => {
    const ascii = 'x'.repeat(256);
    const accented = 'é'.repeat(128); // 128 characters, 256 bytes
    const groupMappings = [
      { ldapGroup: 'a', oktaGroup: 'ok' },
      { ldapGroup: 'b', oktaGroup: ascii },
      { ldapGroup: 'c', oktaGroup: accented },
    ];
    expect(run(oktaGroupNameLengthRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-212',
        severity: 'error',
        path: 'groupMappings[1].oktaGroup',
        value: ascii,
        message: `Okta group name '${ascii}' has 256 bytes; Okta allows at most 255 bytes`,
        fix: FIX(1),
      },
      {
        ruleId: 'OKLDAP-212',
        severity: 'error',
        path: 'groupMappings[2].oktaGroup',
        value: accented,
        message: `Okta group name '${accented}' has 256 bytes in UTF-8 (128 characters); Okta allows at most 255 bytes`,
        fix: FIX(2),
      },
    ]);
  });

  test('skips tokens', () => {
    expect(
      run(
        oktaGroupNameLengthRule,
        input(undefined, { groupMappings: [{ ldapGroup: 'a', oktaGroup: stringToken('x'.repeat(300)) }] }),
      ),
    ).toEqual([]);
  });
});
