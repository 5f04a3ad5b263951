import { stringTokenPattern } from './cdktf-token';

/**
 * Makes a literal string safe inside Terraform JSON configuration.
 *
 * Terraform treats every string in `*.tf.json` as a template: `${…}` is interpolated and `%{…}` is a
 * directive, and cdktf writes such text through unchanged. A group name, description or LDAP
 * filter that happens to contain either would be evaluated (or fail to parse) at plan time.
 * Escaping `${` as `$${` and `%{` as `%%{` makes Terraform produce the literal text again.
 *
 * Embedded cdktf tokens (references, variables) are kept as they are: they are meant to be
 * interpolated. Only the text around them is escaped. The comment key `"//"` needs no escaping
 * (Terraform ignores it).
 */
export function terraformLiteral(value: string): string {
  // Nothing to escape without a `{` (the common case; also no token then).
  if (!value.includes('{')) return value;
  let out = '';
  let last = 0;
  for (const match of value.matchAll(stringTokenPattern())) {
    out += escapeTemplate(value.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeTemplate(value.slice(last));
}

function escapeTemplate(text: string): string {
  // A function replacement: in a replacement string `$$` would mean a single `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/**
 * Applies `terraformLiteral` to every string leaf of a JSON-like value (objects, arrays, scalars),
 * returning a new value. Used before `JSON.stringify` for values written into Terraform strings.
 */
export function terraformLiteralDeep(value: unknown): unknown {
  if (typeof value === 'string') return terraformLiteral(value);
  if (Array.isArray(value)) return value.map(terraformLiteralDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terraformLiteralDeep(v)]));
  }
  return value;
}
