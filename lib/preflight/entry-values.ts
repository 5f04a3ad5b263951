import type { Entry } from 'ldapts';

/**
 * An LDAP entry with every attribute as a list of strings, keyed by lower-case attribute name.
 * ldapts gives one value as a string, several as an array and a requested-but-absent attribute as
 * `[]`, under the server's canonical names (`entryDN`, `memberOf`): normalized once here.
 */
export interface NormalizedEntry {
  readonly dn: string;
  /** Lower-case attribute name -> values (never empty: absent attributes are not keys). */
  readonly attributes: ReadonlyMap<string, readonly string[]>;
}

/** Normalizes one ldapts search entry. Binary values become base64. */
export function normalizeEntry(entry: Entry): NormalizedEntry {
  const attributes = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(entry)) {
    if (name === 'dn') continue;
    const list = Array.isArray(raw) ? raw : [raw];
    const values = list.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : String(v)));
    if (values.length === 0) continue;
    const key = name.toLowerCase();
    attributes.set(key, [...(attributes.get(key) ?? []), ...values]);
  }
  return { dn: entry.dn, attributes };
}

/** Values of an attribute (case-insensitive name), or `[]`. */
export function valuesOf(entry: NormalizedEntry, attribute: string): readonly string[] {
  return entry.attributes.get(attribute.toLowerCase()) ?? [];
}

/** First value of an attribute, or undefined. */
export function firstValue(entry: NormalizedEntry, attribute: string): string | undefined {
  return valuesOf(entry, attribute)[0];
}
