import { entryDnUniqueIdentifierRule } from '../../../lib/validation/rules/entrydn-unique-identifier';
import { input, jumpCloud, openLdap, run } from './rule-fixtures';

describe('OKLDAP-111 entrydn as unique identifier (warning)', () => {
  test('passes entryuuid', () => {
    expect(run(entryDnUniqueIdentifierRule, input(openLdap()))).toEqual([]);
    expect(
      run(
        entryDnUniqueIdentifierRule,
        input(jumpCloud({ schema: { uniqueIdentifierAttribute: 'entryUUID' } })),
      ),
    ).toEqual([]);
  });

  test.each(['entrydn', 'entryDN'])('warns about %s (the JumpCloud recipe)', (value) => {
    expect(
      run(entryDnUniqueIdentifierRule, input(jumpCloud({ schema: { uniqueIdentifierAttribute: value } }))),
    ).toEqual([
      {
        ruleId: 'OKLDAP-111',
        severity: 'warning',
        path: 'directory.schema.uniqueIdentifierAttribute',
        value,
        message: `unique identifier attribute '${value}' changes when an entry is renamed or moved, so Okta would treat a renamed user as a new user; a stable identifier such as 'entryuuid' (RFC 4530) is preferred`,
        fix: "Set directory.schema.uniqueIdentifierAttribute to 'entryuuid' if the directory provides it (the preflight reports whether it does); keep 'entrydn' only if it does not",
      },
    ]);
  });
});
