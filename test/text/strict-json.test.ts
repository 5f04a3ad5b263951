import {
  JsonSyntaxError,
  parseStrictJson,
  repeatedKeysReason,
  repeatedKeysRefusal,
} from '../../lib/text/strict-json';

test('valid JSON without a repeated key reads as JSON.parse reads it', () => {
  const text = '{"a":[1,{"b":"x\\"y"}],"c":{"d":null,"e":true}}';
  expect(parseStrictJson(text)).toEqual({ value: JSON.parse(text), duplicates: [] });
});

test('a repeated key is named by its path and keeps every value, in file order', () => {
  const r = parseStrictJson(
    '{"resource":{"okta_group_role":{"a":{"role_type":"READ_ONLY_ADMIN","role_type":"SUPER_ADMIN"}}},' +
      '"list":[{"k":1},{"k":2,"k":3}],"resource":{"terraform_data":{"t":{}}}}',
  );
  expect(r.duplicates).toEqual(['resource.okta_group_role.a.role_type', 'list[1].k', 'resource']);
  expect(r.value).toEqual({
    resource: [
      { okta_group_role: { a: { role_type: ['READ_ONLY_ADMIN', 'SUPER_ADMIN'] } } },
      { terraform_data: { t: {} } },
    ],
    list: [{ k: 1 }, { k: [2, 3] }],
  });
});

test('keys written with escapes are compared by their value', () => {
  expect(parseStrictJson('{"a\\u0041":1,"aA":2}').duplicates).toEqual(['aA']);
});

test('not JSON: the error gives a position, never the text (it may hold a secret)', () => {
  let error: unknown;
  try {
    parseStrictJson('{"token": s3cr3t}');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(JsonSyntaxError);
  expect((error as Error).message).toBe('not valid JSON at character 10');
});

describe('repeatedKeysRefusal', () => {
  test('names the file and every repeated key, says why it is refused, and ends with the fix', () => {
    const { duplicates } = parseStrictJson('{"a":1,"a":2,"b":{"c":1,"c":2}}');
    expect(repeatedKeysRefusal('plan.json', duplicates, 'Write it again.')).toBe(
      'plan.json repeats the key "a", "b.c" in one object: readers disagree on which value counts, so it is refused. Write it again.',
    );
  });

  test('its reason alone (for a reader whose caller names the file) names the keys and not the file', () => {
    const { duplicates } = parseStrictJson('{"a":{"b":1,"b":2}}');
    expect(repeatedKeysReason(duplicates)).toBe(
      'repeats the key "a.b" in one object: readers disagree on which value counts, so it is refused',
    );
  });
});
