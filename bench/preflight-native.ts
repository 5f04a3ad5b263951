/**
 * The native baseline of bench/preflight.ts: the searches the preflight asks, recorded from a real
 * run, turned into `ldapsearch -f FILE` invocations — ONE process, one TLS session and one bind for
 * every search under one base.
 *
 * What `ldapsearch -f` can and cannot ask (OpenLDAP 2.5):
 * - one base, one scope, one size limit and one attribute list for every line of the file. So the
 *   searches are grouped by base DN: one invocation (one connection) per distinct base. The
 *   JumpCloud recipe has one base (root, user and group bases are all `ou=Users,o=…`), so the
 *   bench's fixture needs ONE process; with k distinct bases the baseline is k processes, run one
 *   after another, and the bench prints how many.
 * - scope `sub` for all lines: a base-scope search of base B with filter F becomes the line
 *   `(&(entryDN=B)F)` (the same entry, found through the subtree; one search, one round trip).
 * - size limit: the largest any search of the group asks (the others read up to that many entries
 *   instead of theirs); attributes: the union of what the group's searches ask (`1.1` only when
 *   none asks for any). The native client so reads a few entries and attributes more than the
 *   preflight: a few KB on a 10-user directory, in the native client's disfavour.
 * - the filter pattern is `(%s)` with each filter's outer parentheses removed: ldapsearch takes a
 *   bare `%s` argument, which has neither `(` nor `=`, for an attribute name. The server receives
 *   exactly the preflight's filter strings.
 * - `-c` (continue after an error): a full bounded search ends with sizeLimitExceeded (4), which
 *   would otherwise stop the file at its first line. ldapsearch runs the lines one after another,
 *   waiting for each result: one dependent round trip per search, where the preflight sends them all
 *   at once.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SearchOptions } from 'ldapts';
import { LdapConnection } from '../lib/preflight/ldap-connection';
import { PreflightInput, PreflightOptions } from '../lib/preflight/preflight-options';
import { runPreflight } from '../lib/preflight/run-preflight';

/** One search as the preflight sends it to the server (after its own de-duplication). */
export interface RecordedSearch {
  readonly base: string;
  readonly options: SearchOptions;
}

/**
 * Runs the preflight in this process and records the searches it sends (each distinct base and
 * options once, as `LdapConnection.search` sends them). Returns them in the order asked.
 */
export async function recordPreflightSearches(
  input: PreflightInput,
  options: PreflightOptions,
): Promise<RecordedSearch[]> {
  const proto = LdapConnection.prototype;
  const original = proto.search; // eslint-disable-line @typescript-eslint/unbound-method
  const seen = new Map<string, RecordedSearch>();
  proto.search = function (this: LdapConnection, base: string, opts: SearchOptions) {
    const key = JSON.stringify([base, opts]);
    if (!seen.has(key)) seen.set(key, { base, options: opts });
    return original.call(this, base, opts);
  };
  try {
    const report = await runPreflight(input, options);
    if (!report.ok && report.findings.some((f) => f.id === 'PF-BIND' && f.status !== 'pass')) {
      throw new Error('recording the preflight searches: the bind failed');
    }
  } finally {
    proto.search = original;
  }
  return [...seen.values()];
}

/** One `ldapsearch` invocation of the baseline: its base and the argument list after the connection arguments. */
export interface NativeInvocation {
  readonly base: string;
  /** Lines of the filter file (filters without their outer parentheses). */
  readonly lines: string[];
  readonly args: string[];
}

/** RFC 4515 escaping of an assertion value. */
function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function filterOf(search: RecordedSearch): string {
  const filter = typeof search.options.filter === 'string' ? search.options.filter : '(objectClass=*)';
  const scope = search.options.scope ?? 'sub';
  if (scope === 'sub') return filter;
  if (scope === 'base') return `(&(entryDN=${escapeFilterValue(search.base)})${filter})`;
  throw new Error(`native baseline: scope ${scope} is not modelled`);
}

/**
 * Groups the searches by base and writes one filter file per base into `dir`; returns the
 * invocations (arguments after `-x -H URL -D DN -y PWFILE`).
 */
export function nativeInvocations(searches: RecordedSearch[], dir: string): NativeInvocation[] {
  const byBase = new Map<string, RecordedSearch[]>();
  for (const s of searches) byBase.set(s.base, [...(byBase.get(s.base) ?? []), s]);
  return [...byBase].map(([base, group], i) => {
    const lines = group.map((s) => {
      const filter = filterOf(s);
      if (!filter.startsWith('(') || !filter.endsWith(')')) throw new Error(`unexpected filter ${filter}`);
      return filter.slice(1, -1);
    });
    const file = path.join(dir, `native-filters-${i}.txt`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    // 0 = no limit, in ldapsearch as in LDAP: an unbounded search makes the whole group unbounded.
    const limits = group.map((s) => s.options.sizeLimit ?? 0);
    const limit = limits.includes(0) ? 0 : Math.max(...limits);
    const attrs = [...new Set(group.flatMap((s) => s.options.attributes ?? []).filter((a) => a !== '1.1'))];
    const args = ['-LLL', '-c', '-b', base, '-s', 'sub', '-z', String(limit), '-f', file, '(%s)'];
    return { base, lines, args: [...args, ...(attrs.length > 0 ? attrs : ['1.1'])] };
  });
}
