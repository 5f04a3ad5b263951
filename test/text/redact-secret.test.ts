import {
  MIN_MASKED_SECRET_LENGTH,
  REDACTED,
  redactSecret,
  redactSecretDeep,
} from '../../lib/text/redact-secret';

describe('redactSecret', () => {
  test('replaces the secret as it is and URL-encoded, and leaves text without it alone', () => {
    expect(redactSecret('a s3cr/t b s3cr%2Ft c', 's3cr/t')).toBe('a <redacted> b <redacted> c');
    expect(redactSecret('nothing here', 's3cr/t')).toBe('nothing here');
  });

  test(`leaves text alone for a secret shorter than ${MIN_MASKED_SECRET_LENGTH} characters (it would mask words)`, () => {
    expect(redactSecret('the cat sat', '')).toBe('the cat sat');
    expect(redactSecret('the cat sat', 'at')).toBe('the cat sat');
    expect(redactSecret('the cat sat', 'cat ')).toBe(`the ${REDACTED}sat`);
  });
});

describe('redactSecretDeep', () => {
  test('masks the secret in every string of a JSON-like value, keys included, without changing the input', () => {
    const input = {
      message: 'bind with hunter22 failed',
      list: ['x', 'hunter22'],
      hunter22: 1,
      n: 2,
      ok: true,
      none: null,
    };
    expect(redactSecretDeep(input, 'hunter22')).toEqual({
      message: 'bind with <redacted> failed',
      list: ['x', '<redacted>'],
      '<redacted>': 1,
      n: 2,
      ok: true,
      none: null,
    });
    expect(input.message).toBe('bind with hunter22 failed');
  });

  test('returns the value itself for a too-short secret', () => {
    const input = { a: 'abc' };
    expect(redactSecretDeep(input, 'ab')).toBe(input);
  });
});
