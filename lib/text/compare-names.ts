/**
 * Orders names (stack ids, construct ids, Okta attribute names) case-insensitively, lower case
 * first on a tie, then by UTF-16 code units: `dev` < `org` < `Org`. For letters and digits this is
 * the order `localeCompare` gives in an English locale, but it is the same on every machine and
 * needs no ICU collator, whose first use costs a one-shot CLI process several milliseconds.
 */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? 1 : a > b ? -1 : 0;
}
