import { Fn, Lazy, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { isTokenText, isUnresolved } from '../../lib/terraform/cdktf-token';
import { terraformLiteral } from '../../lib/terraform/terraform-literal';

const stack = new TerraformStack(Testing.app(), 'tokens');
const variable = new TerraformVariable(stack, 'v', { type: 'string' });

/** Values cdktf itself makes, by kind: each is a token for `Token.isUnresolved`. */
const CDKTF_TOKENS: Record<string, unknown> = {
  'string token (Token.asString)': Token.asString(Lazy.stringValue({ produce: () => 'x' })),
  'variable reference': variable.stringValue,
  'text around a token': `cn=${variable.stringValue},dc=example,dc=com`,
  'number token (Token.asNumber)': Token.asNumber(variable.value),
  'number variable': variable.numberValue,
  'list token (Token.asList)': Token.asList(variable.value),
  'number list token (Token.asNumberList)': Token.asNumberList(variable.value),
  'string map token (Token.asStringMap)': Token.asStringMap(variable.value),
  'any map token (Token.asAnyMap)': Token.asAnyMap(variable.value),
  'function call (Fn.lower)': Fn.lower(variable.stringValue),
  'a resolvable object': Lazy.anyValue({ produce: () => 1 }),
};

/** Values that are not tokens, including look-alikes. */
const PLAIN_VALUES: Record<string, unknown> = {
  'plain text': 'ldap.example.com',
  'text with ${ but no token': 'a ${b} c',
  'a malformed token': '${TfToken[]}',
  'a float with an exponent': 1.5e300,
  'a negative number': -42.5,
  'the largest double': Number.MAX_VALUE,
  zero: 0,
  'a list of two list-token-like strings': ['#{TfToken[TOKEN.1]}', '#{TfToken[TOKEN.2]}'],
  'a list of plain strings': ['a'],
  'a plain object': { a: 1 },
  'an empty array': [],
  null: null,
  undefined: undefined,
  true: true,
};

describe('isUnresolved agrees with cdktf Token.isUnresolved', () => {
  test.each(Object.entries(CDKTF_TOKENS))('%s is a token for both', (_kind, value) => {
    expect(Token.isUnresolved(value)).toBe(true);
    expect(isUnresolved(value)).toBe(true);
  });

  test.each(Object.entries(PLAIN_VALUES))('%s is a token for neither', (_kind, value) => {
    expect(Token.isUnresolved(value)).toBe(false);
    expect(isUnresolved(value)).toBe(false);
  });

  test('the element of an encoded list, on its own, is a token too (a rule iterating the list sees it)', () => {
    const [stringElement] = Token.asList(variable.value);
    const [numberElement] = Token.asNumberList(variable.value);
    expect(isUnresolved(stringElement)).toBe(true);
    expect(isUnresolved(numberElement)).toBe(true);
    expect(isUnresolved([stringElement, 'plain'].slice(0, 1))).toBe(true);
  });
});

describe('isTokenText', () => {
  test('finds a string token anywhere in a text, repeatedly (no state left between calls)', () => {
    const text = `uid=${variable.stringValue},ou=Users`;
    expect(isTokenText(text)).toBe(true);
    expect(isTokenText(text)).toBe(true);
    expect(isTokenText('uid=alice,ou=Users')).toBe(false);
    expect(isTokenText(Token.asList(variable.value)[0]!)).toBe(false);
  });
});

test('a match of isTokenText leaves no state behind: terraformLiteral right after keeps the token', () => {
  const text = `${variable.stringValue}`;
  expect(isTokenText(`prefix ${text}`)).toBe(true);
  expect(terraformLiteral(text)).toBe(text);
  expect(terraformLiteral(`\${literal} ${text}`)).toBe(`$\${literal} ${text}`);
});
