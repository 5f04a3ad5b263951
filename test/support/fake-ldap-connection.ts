import type { SearchOptions } from 'ldapts';
import type { CheckContext, PreflightCheck } from '../../lib/preflight/check';
import { ALL_CHECKS } from '../../lib/preflight/checks';
import type { NormalizedEntry } from '../../lib/preflight/entry-values';
import type { LdapConnection, PeerTlsFacts, SearchResult } from '../../lib/preflight/ldap-connection';
import { integrationModel, type IntegrationModelInput } from '../../lib/model/integration-model';
import {
  LdapDirectorySettings,
  ResolvedLdapDirectorySettings,
} from '../../lib/settings/ldap-directory-settings';
import { jumpCloudDirectory, JumpCloudDirectoryProps } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { openLdapDirectory, OpenLdapDirectoryProps } from '../../lib/presets/openldap/openldap-directory';

/** The part of `LdapConnection` the checks use (the class has private state, so no structural match). */
export type LdapConnectionSurface = Pick<
  LdapConnection,
  'url' | 'usesCustomCa' | 'tlsFacts' | 'connect' | 'bind' | 'search' | 'close' | 'abort'
>;

/** One call a check made on the fake, in order. */
export type RecordedRequest =
  | { readonly op: 'connect' | 'close' | 'abort' }
  | { readonly op: 'bind'; readonly dn: string }
  | { readonly op: 'search'; readonly base: string; readonly options: SearchOptions };

/** Which searches an answer is for: each field given must match (base case-insensitively). */
export interface SearchMatch {
  readonly base?: string;
  readonly filter?: string;
  readonly scope?: SearchOptions['scope'];
}

/** Entries (the fake applies `sizeLimit` as a server does), or an error the search rejects with. */
export type SearchAnswer = readonly NormalizedEntry[] | Error;

/** An entry as the connection hands it to checks (attribute names lower-cased, values as lists). */
export function entry(dn: string, attributes: Record<string, string | string[]> = {}): NormalizedEntry {
  return {
    dn,
    attributes: new Map(
      Object.entries(attributes).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]]),
    ),
  };
}

/** An error shaped like Node's net/tls errors (`code` a string), e.g. `ECONNREFUSED`. */
export function nodeError(code: string, message: string = code): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * A fake `LdapConnection`: programmable answers per base/filter/scope (first match wins; an
 * unmatched search finds nothing), injectable errors, and every request recorded.
 */
export class FakeLdapConnection implements LdapConnectionSurface {
  public readonly url: string;
  public usesCustomCa = false;
  public tlsFacts: PeerTlsFacts = {};
  public readonly requests: RecordedRequest[] = [];
  private readonly answers: { match: SearchMatch; answer: SearchAnswer; durationMs: number }[] = [];
  private connectError?: Error;
  private bindError?: Error;

  constructor(url = 'ldaps://ldap.example.test:636') {
    this.url = url;
  }

  /** Answers searches that match with entries (or rejects them with an error). */
  public onSearch(match: SearchMatch, answer: SearchAnswer, durationMs = 1): this {
    this.answers.push({ match, answer, durationMs });
    return this;
  }

  public failConnect(error: Error): this {
    this.connectError = error;
    return this;
  }

  public failBind(error: Error): this {
    this.bindError = error;
    return this;
  }

  /** The searches asked so far. */
  public get searches(): { base: string; options: SearchOptions }[] {
    return this.requests.flatMap((r) => (r.op === 'search' ? [{ base: r.base, options: r.options }] : []));
  }

  /** This fake as the type `CheckContext.connection` has. */
  public asConnection(): LdapConnection {
    return this as unknown as LdapConnection;
  }

  public async connect(): Promise<void> {
    this.requests.push({ op: 'connect' });
    if (this.connectError) throw this.connectError;
  }

  public async bind(dn: string, _password: string): Promise<void> {
    this.requests.push({ op: 'bind', dn });
    if (this.bindError) throw this.bindError;
  }

  public async search(base: string, options: SearchOptions): Promise<SearchResult> {
    this.requests.push({ op: 'search', base, options });
    const found = this.answers.find(({ match }) => matches(match, base, options));
    if (found === undefined) return { entries: [], durationMs: 1 };
    if (found.answer instanceof Error) throw found.answer;
    const limit = options.sizeLimit !== undefined && options.sizeLimit > 0 ? options.sizeLimit : Infinity;
    return { entries: found.answer.slice(0, limit), durationMs: found.durationMs };
  }

  public async close(): Promise<void> {
    this.requests.push({ op: 'close' });
  }

  public abort(): void {
    this.requests.push({ op: 'abort' });
  }
}

function matches(match: SearchMatch, base: string, options: SearchOptions): boolean {
  return (
    (match.base === undefined || match.base.toLowerCase() === base.toLowerCase()) &&
    (match.filter === undefined || match.filter === options.filter) &&
    (match.scope === undefined || match.scope === options.scope)
  );
}

/** The check `id` as the preflight runs it: from `ALL_CHECKS`, with the directory profiles' hints. */
export function preflightCheck(id: string): PreflightCheck {
  const check = ALL_CHECKS.find((c) => c.id === id);
  if (check === undefined) throw new Error(`no preflight check ${id}`);
  return check;
}

/** A `CheckContext` over a fake connection, from typed (unresolved) directory settings. */
export function checkContext(
  settings: LdapDirectorySettings,
  connection: FakeLdapConnection,
  extra: Partial<Omit<CheckContext, 'settings' | 'connection' | 'input'>> & {
    input?: Omit<IntegrationModelInput, 'settings'>;
  } = {},
): CheckContext & { settings: ResolvedLdapDirectorySettings } {
  const { input, ...rest } = extra;
  const model = integrationModel({ ...input, settings });
  return {
    settings: model.settings,
    input: model,
    connection: connection.asConnection(),
    bindPassword: 'secret',
    now: new Date('2026-06-01T00:00:00Z'),
    connectTimeoutMs: 5000,
    operationTimeoutMs: 10000,
    ...rest,
  };
}

/** JumpCloud settings of org `ORG`: users, groups and the bind DN all in ou=Users. */
export const ORG = '5f3c0a1b2c3d4e5f60718293';
export const JC_USERS = `ou=Users,o=${ORG},dc=jumpcloud,dc=com`;
export const JC_BIND_DN = `uid=okta-bind,${JC_USERS}`;
export function jumpCloud(
  overrides: Omit<JumpCloudDirectoryProps, 'orgId' | 'bindUser'> = {},
): LdapDirectorySettings {
  return jumpCloudDirectory({ orgId: ORG, bindUser: 'okta-bind', ...overrides });
}

/** OpenLDAP settings under dc=example,dc=test (people in ou=people, groups in ou=groups). */
export const OL_BASE = 'dc=example,dc=test';
export function openLdap(overrides: Partial<OpenLdapDirectoryProps> = {}): LdapDirectorySettings {
  return openLdapDirectory({
    host: 'ldap.example.test',
    baseDn: OL_BASE,
    bindDn: `cn=okta,${OL_BASE}`,
    ...overrides,
  });
}
