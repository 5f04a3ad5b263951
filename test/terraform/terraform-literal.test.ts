import fc from 'fast-check';
import { Token } from 'cdktf';
import { terraformLiteral, terraformLiteralDeep } from '../../lib/terraform/terraform-literal';

/**
 * Reads a string the way Terraform's template scanner does, left to right: `$${` and `%%{` are
 * escapes for `${` and `%{`; a bare `${` or `%{` starts an interpolation or directive (returns
 * undefined: the text would not come back literally).
 */
function terraformRead(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i);
    if (rest.startsWith('$${') || rest.startsWith('%%{')) {
      out += rest.slice(1, 3);
      i += 3;
    } else if (rest.startsWith('${') || rest.startsWith('%{')) {
      return undefined;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

describe('terraformLiteral', () => {
  test('escapes template sequences and leaves other text alone', () => {
    expect(terraformLiteral('Team ${x} and %{if y}')).toBe('Team $${x} and %%{if y}');
    expect(terraformLiteral('plain $ { } % text')).toBe('plain $ { } % text');
    expect(terraformLiteral('$${already}')).toBe('$$${already}');
    expect(terraformRead('a${x}')).toBeUndefined();
    expect(terraformRead('$$${{')).toBe('$${{');
  });

  test('keeps embedded cdktf tokens and escapes the text around them', () => {
    const token = Token.asString({ resolve: () => 'x' });
    const out = terraformLiteral(`a\${b}-${token}-%{c}`);
    expect(out).toBe(`a$\${b}-${token}-%%{c}`);
    expect(terraformLiteral(token)).toBe(token);
  });

  test('any string survives Terraform: read as a template, the escaped text gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '%', '{', '}', 'a', '\\', ' ') }), (s) => {
        expect(terraformRead(terraformLiteral(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  test('terraformLiteralDeep escapes every string leaf', () => {
    expect(terraformLiteralDeep({ a: ['${x}', 1, true, null], b: { c: '%{y}' } })).toEqual({
      a: ['$${x}', 1, true, null],
      b: { c: '%%{y}' },
    });
  });
});
