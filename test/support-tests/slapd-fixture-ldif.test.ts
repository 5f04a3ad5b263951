import { createHash } from 'crypto';
import fc from 'fast-check';
import { escapeDnValue, ldifLine, sshaHash } from '../support/slapd-fixture-ldif';

describe('ldifLine', () => {
  test('plain values stay readable; unsafe ones are base64', () => {
    expect(ldifLine('cn', 'Ada Lovelace')).toBe('cn: Ada Lovelace');
    expect(ldifLine('cn', ' leading space')).toBe(`cn:: ${Buffer.from(' leading space').toString('base64')}`);
    expect(ldifLine('cn', 'trailing ')).toBe(`cn:: ${Buffer.from('trailing ').toString('base64')}`);
    expect(ldifLine('cn', ':colon')).toBe(`cn:: ${Buffer.from(':colon').toString('base64')}`);
    expect(ldifLine('cn', '<angle')).toBe(`cn:: ${Buffer.from('<angle').toString('base64')}`);
    expect(ldifLine('cn', 'two\nlines')).toBe(`cn:: ${Buffer.from('two\nlines').toString('base64')}`);
    expect(ldifLine('cn', 'Gödel')).toBe(`cn:: ${Buffer.from('Gödel').toString('base64')}`);
    expect(ldifLine('cn', '')).toBe('cn: ');
  });

  test('every string round-trips and never spans two lines', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (value) => {
        const line = ldifLine('description', value);
        expect(line).not.toMatch(/[\r\n]/);
        const decoded = line.startsWith('description:: ')
          ? Buffer.from(line.slice('description:: '.length), 'base64').toString('utf8')
          : line.slice('description: '.length);
        expect(decoded).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeDnValue', () => {
  test('escapes specials the way slapd prints them', () => {
    expect(escapeDnValue('x,y')).toBe('x\\2Cy');
    expect(escapeDnValue('a+b=c')).toBe('a\\2Bb\\3Dc');
    expect(escapeDnValue('"q"')).toBe('\\22q\\22');
    expect(escapeDnValue('back\\slash')).toBe('back\\5Cslash');
    expect(escapeDnValue('<a>;')).toBe('\\3Ca\\3E\\3B');
    expect(escapeDnValue('#first')).toBe('\\23first');
    expect(escapeDnValue('not#first')).toBe('not#first');
    expect(escapeDnValue(' padded ')).toBe('\\20padded\\20');
    expect(escapeDnValue('ada.lovelace')).toBe('ada.lovelace');
  });

  test('the escaped value never holds an unescaped separator', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const escaped = escapeDnValue(value);
        // Remove every escape pair; what is left holds no RDN separator or special.
        expect(escaped.replace(/\\[0-9A-F]{2}/g, '')).not.toMatch(/[,+"\\<>;=]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sshaHash', () => {
  test('is {SSHA} of SHA-1(password + salt) followed by the salt', () => {
    const salt = Buffer.from('0123456789abcdef', 'hex');
    const hash = sshaHash('secret', salt);
    const raw = Buffer.from(hash.slice('{SSHA}'.length), 'base64');
    expect(hash.startsWith('{SSHA}')).toBe(true);
    expect(raw.subarray(20)).toEqual(salt);
    expect(raw.subarray(0, 20)).toEqual(createHash('sha1').update('secret').update(salt).digest());
  });

  test('salts differ between calls', () => {
    expect(sshaHash('same')).not.toBe(sshaHash('same'));
  });
});
