import fc from 'fast-check';
import {
  dnEquals,
  DnSyntaxError,
  escapeRdnValue,
  formatDn,
  isAttributeType,
  isDnWithin,
  LENIENT_DN,
  parseDn,
  type Rdn,
  rdnEquals,
  tryParseDn,
} from '../../lib/ldap-names/dn';

const atv = (type: string, value: string, hex = false) => ({ type, value, hex });

function errorOf(dn: string): DnSyntaxError {
  try {
    parseDn(dn);
  } catch (err) {
    if (DnSyntaxError.isDnSyntaxError(err)) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(dn)} to be rejected`);
}

describe('parseDn', () => {
  test('parses the JumpCloud root DN into four RDNs, leftmost first', () => {
    expect(parseDn('ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com')).toEqual([
      [atv('ou', 'Users')],
      [atv('o', '5f3c0a1b2c3d4e5f60718293')],
      [atv('dc', 'jumpcloud')],
      [atv('dc', 'com')],
    ]);
  });

  test('the empty string is the empty DN', () => {
    expect(parseDn('')).toEqual([]);
  });

  test.each([
    ['cn=Smith\\, John,dc=x', 'Smith, John'],
    ['cn=a\\+b,dc=x', 'a+b'],
    ['cn=\\"quoted\\",dc=x', '"quoted"'],
    ['cn=back\\\\slash,dc=x', 'back\\slash'],
    ['cn=\\<tag\\>,dc=x', '<tag>'],
    ['cn=semi\\;colon,dc=x', 'semi;colon'],
    ['cn=eq\\=ual,dc=x', 'eq=ual'],
    ['cn=a=b,dc=x', 'a=b'],
    ['cn=hex\\2Ccomma,dc=x', 'hex,comma'],
    ['cn=\\C3\\A9t\\C3\\A9,dc=x', 'été'],
    ['cn=\\ leading,dc=x', ' leading'],
    ['cn=trailing\\ ,dc=x', 'trailing '],
    ['cn=\\#hash,dc=x', '#hash'],
    ['cn=in#side,dc=x', 'in#side'],
    ['cn=two  spaces,dc=x', 'two  spaces'],
    ['cn=,dc=x', ''],
  ])('unescapes %s', (dn, value) => {
    const rdns = parseDn(dn);
    expect(rdns[0]).toEqual([atv('cn', value)]);
    expect(rdns[1]).toEqual([atv('dc', 'x')]);
  });

  test('keeps a # hex value (BER) as written, in lower case', () => {
    expect(parseDn('uid=#04024869,dc=x')).toEqual([[atv('uid', '#04024869', true)], [atv('dc', 'x')]]);
    expect(parseDn('uid=#0A0B')[0]).toEqual([atv('uid', '#0a0b', true)]);
  });

  test('parses a multi-valued RDN joined with +', () => {
    expect(parseDn('cn=Ann+uid=ann,ou=Users,dc=x')).toEqual([
      [atv('cn', 'Ann'), atv('uid', 'ann')],
      [atv('ou', 'Users')],
      [atv('dc', 'x')],
    ]);
  });

  test('accepts numeric OIDs as attribute types', () => {
    expect(parseDn('2.5.4.3=Ann,0.9.2342.19200300.100.1.25=com')).toEqual([
      [atv('2.5.4.3', 'Ann')],
      [atv('0.9.2342.19200300.100.1.25', 'com')],
    ]);
  });

  test.each([
    ['cn=a,b', 6, "attribute type 'b' is not followed by '=' and a value"],
    ['cn=a;b,dc=x', 5, "unescaped ';' in a value; write it as '\\;'"],
    ['cn=a"b', 5, "unescaped '\"' in a value; write it as '\\\"'"],
    ['cn=<a>', 4, "unescaped '<' in a value; write it as '\\<'"],
    ['cn=a>', 5, "unescaped '>' in a value; write it as '\\>'"],
    ['ou=Users, o=x', 10, "space after ',': RFC 4514 allows no space around ',' or '+'; remove it"],
    ['ou=Users ,o=x', 9, "unescaped space before ',': RFC 4514 allows no space around ',' or '+'; remove it"],
    ['ou =Users', 3, "space after attribute type 'ou': RFC 4514 allows no space before '='"],
    ['ou= Users', 4, "a value starts with an unescaped space; write it as '\\ ' or remove it"],
    ['ou=Users ', 9, "the DN ends with an unescaped space; write it as '\\ ' or remove it"],
    [' ou=Users', 1, 'the DN starts with a space; remove it'],
    [
      'cn=a\\zb',
      5,
      "invalid escape '\\z': a backslash is followed by one of \" + , ; < > \\ # = space, or two hex digits",
    ],
    ['cn=a\\', 5, "the DN ends with a lone '\\'; write a backslash in a value as '\\\\'"],
    ['cn=\\C3x', 4, 'the escaped bytes \\C3 are not valid UTF-8'],
    [
      'cn=#zz',
      5,
      "'z' in a '#' hex value; after '#' come pairs of hex digits (escape a leading '#' as '\\#')",
    ],
    [
      'cn=#abc',
      4,
      "a '#' hex value needs an even, non-zero number of hex digits, got 3 (escape a leading '#' as '\\#')",
    ],
    [
      'cn=#',
      4,
      "a '#' hex value needs an even, non-zero number of hex digits, got 0 (escape a leading '#' as '\\#')",
    ],
    ['cn=a,', 6, "the DN ends with ','; remove it or add an RDN after it"],
    ['cn=a+', 6, "the DN ends with '+'; add a type=value pair after it or remove it"],
    [
      'cn=a,,dc=x',
      6,
      "expected an attribute type, found ','; expected a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')",
    ],
    [
      '=a',
      1,
      "expected an attribute type, found '='; expected a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')",
    ],
    ['cn', 1, "attribute type 'cn' is not followed by '=' and a value"],
    [
      'c_n=a',
      2,
      "unexpected '_' in attribute type 'c'; expected '=' after a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')",
    ],
    [
      '01.2=a',
      1,
      "'01.2' is not an attribute type; expected a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')",
    ],
    ['cn=a\u0000b', 5, "unescaped NUL in a value; write it as '\\00'"],
  ])('rejects %j at character %i', (dn, character, reason) => {
    const err = errorOf(dn);
    expect(err.reason).toBe(reason);
    expect(err.position).toBe(character - 1);
    expect(err.message).toBe(`invalid DN ${JSON.stringify(dn)} at character ${character}: ${reason}`);
  });

  test('tryParseDn returns the error instead of throwing', () => {
    const result = tryParseDn('cn=a;b');
    expect(result.rdns).toBeUndefined();
    expect(result.error?.reason).toBe("unescaped ';' in a value; write it as '\\;'");
    expect(tryParseDn('dc=x')).toEqual({ rdns: [[atv('dc', 'x')]] });
  });
});

describe('escapeRdnValue', () => {
  test.each([
    ['Smith, John', 'Smith\\, John'],
    ['a+b"c\\d<e>f;g', 'a\\+b\\"c\\\\d\\<e\\>f\\;g'],
    [' lead', '\\ lead'],
    ['trail ', 'trail\\ '],
    [' ', '\\ '],
    ['#hash', '\\#hash'],
    ['mid#dle', 'mid#dle'],
    ['a=b', 'a=b'],
    ['nul\u0000', 'nul\\00'],
    ['okta-bind', 'okta-bind'],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeRdnValue(value)).toBe(escaped);
    expect(parseDn(`uid=${escaped}`)).toEqual([[atv('uid', value)]]);
  });
});

describe('formatDn', () => {
  test('escapes values and keeps # hex values and multi-valued RDNs', () => {
    const rdns: Rdn[] = [
      [atv('cn', 'Smith, J'), atv('uid', '#x')],
      [atv('uid', '#0401', true)],
      [atv('dc', 'com')],
    ];
    expect(formatDn(rdns)).toBe('cn=Smith\\, J+uid=\\#x,uid=#0401,dc=com');
    expect(parseDn(formatDn(rdns))).toEqual(rdns);
  });
});

describe('isDnWithin / dnEquals / rdnEquals', () => {
  const root = 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com';

  test('a DN is within itself and within its ancestors', () => {
    expect(isDnWithin(root, root)).toBe(true);
    expect(isDnWithin(`uid=ann,${root}`, root)).toBe(true);
    expect(isDnWithin(root, 'dc=jumpcloud,dc=com')).toBe(true);
    expect(isDnWithin(root, '')).toBe(true);
  });

  test('compares types and values case-insensitively and ignores insignificant spaces', () => {
    expect(isDnWithin('UID=ann,OU=USERS,O=5F3C0A1B2C3D4E5F60718293,DC=JumpCloud,DC=COM', root)).toBe(true);
    expect(dnEquals('cn=John  Smith,dc=x', 'cn=john smith,dc=x')).toBe(true);
    expect(dnEquals('2.5.4.3=Ann,dc=x', 'cn=ann,dc=x')).toBe(true);
  });

  test('a sibling, a parent or a longer value is not within', () => {
    expect(isDnWithin('ou=Groups,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com', root)).toBe(false);
    expect(isDnWithin('o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com', root)).toBe(false);
    expect(isDnWithin('uid=a,ou=Users2,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com', root)).toBe(false);
    expect(isDnWithin('uid=a,xou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com', root)).toBe(false);
  });

  test('an escaped comma is part of the value, not an RDN boundary', () => {
    expect(isDnWithin('ou=a\\,dc=com', 'dc=com')).toBe(false);
    expect(isDnWithin('ou=a\\2Cdc\\3Dcom', 'dc=com')).toBe(false);
  });

  test('multi-valued RDNs compare in any order', () => {
    expect(rdnEquals(parseDn('cn=a+uid=b')[0] as Rdn, parseDn('UID=B+CN=A')[0] as Rdn)).toBe(true);
    expect(rdnEquals(parseDn('cn=a+uid=b')[0] as Rdn, parseDn('cn=a')[0] as Rdn)).toBe(false);
    expect(isDnWithin('cn=x,uid=b+cn=a,dc=com', 'cn=a+uid=b,dc=com')).toBe(true);
  });

  test('hex values compare with hex values only', () => {
    expect(dnEquals('uid=#0401,dc=x', 'uid=#0401,dc=x')).toBe(true);
    expect(dnEquals('uid=#0401,dc=x', 'uid=\\#0401,dc=x')).toBe(false);
  });

  test('throws a DnSyntaxError for an invalid DN', () => {
    expect(() => isDnWithin('ou=a,', root)).toThrow(DnSyntaxError);
  });
});

describe('the lenient mode (DNs a directory returns)', () => {
  const root = 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com';

  test('reads spaces around separators and `;` between RDNs, which strict mode refuses', () => {
    const spaced = ' CN=Engineering , OU = Users ;O=5f3c0a1b2c3d4e5f60718293, DC=jumpcloud,DC=com ';
    expect(tryParseDn(spaced).error?.message).toBe(
      `invalid DN ${JSON.stringify(spaced)} at character 1: the DN starts with a space; remove it`,
    );
    expect(parseDn(spaced, LENIENT_DN)).toEqual(
      parseDn('CN=Engineering,OU=Users,O=5f3c0a1b2c3d4e5f60718293,DC=jumpcloud,DC=com'),
    );
    expect(parseDn('cn=a + uid=b', LENIENT_DN)).toEqual([[atv('cn', 'a'), atv('uid', 'b')]]);
    expect(parseDn('uid=#0401 ,dc=x', LENIENT_DN)).toEqual([[atv('uid', '#0401', true)], [atv('dc', 'x')]]);
  });

  test('keeps inner and escaped spaces of a value, and escapes still count', () => {
    expect(parseDn('cn=John Smith ,dc=x', LENIENT_DN)[0]).toEqual([atv('cn', 'John Smith')]);
    expect(parseDn('cn=a\\ ,dc=x', LENIENT_DN)[0]).toEqual([atv('cn', 'a ')]);
    expect(isDnWithin('ou=a\\,dc=com', 'dc=com', LENIENT_DN)).toBe(false);
  });

  test('compares like strict mode, and answers false instead of throwing for an unreadable DN', () => {
    expect(isDnWithin(`cn=eng, ${root.replace(/,/g, ', ')}`, root, LENIENT_DN)).toBe(true);
    expect(
      dnEquals(
        'UID=okta-bind, OU=users, 2.5.4.10=5F3C0A1B2C3D4E5F60718293, DC=jumpcloud, dc=com',
        `uid=okta-bind,${root}`,
        LENIENT_DN,
      ),
    ).toBe(true);
    expect(isDnWithin('ou=Groups,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com', root, LENIENT_DN)).toBe(
      false,
    );
    expect(isDnWithin('cn="quoted, value",dc=x', 'dc=x', LENIENT_DN)).toBe(false);
    expect(dnEquals('not a dn', 'not a dn', LENIENT_DN)).toBe(false);
    expect(() => dnEquals('not a dn', 'not a dn')).toThrow(DnSyntaxError);
  });

  test('property: every strict DN reads the same in lenient mode', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('cn', 'ou', 'dc', 'uid'), fc.string({ minLength: 1, maxLength: 8 })),
          {
            maxLength: 4,
          },
        ),
        (pairs) => {
          const dn = formatDn(pairs.map(([type, value]) => [atv(type, value)]));
          expect(parseDn(dn, LENIENT_DN)).toEqual(parseDn(dn));
        },
      ),
    );
  });
});

describe('isAttributeType', () => {
  test.each(['cn', 'entryUUID', 'x-custom-1', '2.5.4.3', '0.9.2342.19200300.100.1.1'])(
    'accepts %s',
    (name) => {
      expect(isAttributeType(name)).toBe(true);
    },
  );
  test.each(['', 'member of', 'user_password', '1cn', '-cn', '2.5.04', '2', '2.', 'cn;lang-en', '(cn=x)'])(
    'rejects %j',
    (name) => {
      expect(isAttributeType(name)).toBe(false);
    },
  );
});

describe('round-trip properties', () => {
  const typeArb = fc.oneof(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}$/),
    fc.constantFrom('cn', 'ou', 'uid', '2.5.4.3'),
  );
  const atvArb = fc.record({
    type: typeArb,
    value: fc.string({ unit: 'binary', maxLength: 12 }),
    hex: fc.constant(false),
  });
  const rdnsArb = fc.array(fc.array(atvArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

  test('formatDn(rdns) parses back to the same RDNs', () => {
    fc.assert(
      fc.property(rdnsArb, (rdns) => {
        expect(parseDn(formatDn(rdns))).toEqual(rdns);
      }),
      { numRuns: 1000 },
    );
  });

  test('formatDn(parseDn(x)) parses to the same RDNs as x', () => {
    const chars = fc.constantFrom(
      'a',
      'B',
      '=',
      ',',
      '+',
      '\\',
      ' ',
      '#',
      '"',
      ';',
      '<',
      '>',
      '2',
      'C',
      'é',
      '.',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 20 }), (parts) => {
        const dn = parts.join('');
        const parsed = tryParseDn(dn);
        if (parsed.rdns === undefined) return;
        expect(parseDn(formatDn(parsed.rdns))).toEqual(parsed.rdns);
      }),
      { numRuns: 3000 },
    );
  });

  test('a value holding an unescaped special character is rejected', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,5}$/),
        fc.constantFrom('"', ';', '<', '>'),
        fc.stringMatching(/^[a-z]{0,5}$/),
        (before, special, after) => {
          expect(tryParseDn(`cn=${before}${special}${after},dc=com`).error).toBeInstanceOf(DnSyntaxError);
        },
      ),
    );
  });
});
