import * as net from 'net';
import * as tls from 'tls';
import { Client, Entry, SearchOptions } from 'ldapts';
import { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import { LdapConnectionSecurity } from '../settings/setting-choices';
import { NormalizedEntry, normalizeEntry } from './entry-values';
import { TLS_HANDSHAKE_BYTES } from './fault-class';
import { PREFLIGHT_TLS_MIN_VERSION, sharedSecureContext } from './secure-context-cache';

/** What the TLS layer showed of the server: negotiated protocol and the peer certificate. */
export interface PeerTlsFacts {
  /** Negotiated protocol, e.g. `TLSv1.3`. */
  readonly protocol?: string;
  readonly cipher?: string;
  readonly certificate?: CertificateFacts;
}

/** The facts of a certificate that an admin can check by eye. */
export interface CertificateFacts {
  readonly subject: string;
  readonly issuer: string;
  /** e.g. `['DNS:ldap.jumpcloud.com', 'IP Address:127.0.0.1']`. */
  readonly subjectAltNames: string[];
  readonly validFrom: string;
  /** ISO-8601 expiry. */
  readonly notAfter: string;
  readonly fingerprint256: string;
  readonly serialNumber: string;
}

/** Options of one preflight connection. */
export interface LdapConnectionOptions {
  readonly ca?: string | Buffer;
  readonly connectTimeoutMs: number;
  readonly operationTimeoutMs: number;
  /**
   * The only TLS version to offer, e.g. `TLSv1.2` to prove what the Okta LDAP agent speaks.
   * @default - TLS 1.2 or later (whatever the server prefers)
   */
  readonly tlsVersion?: tls.SecureVersion;
}

/** A search result: normalized entries. */
export interface SearchResult {
  readonly entries: NormalizedEntry[];
  /** Milliseconds from sending the request to the last entry (what a slow, unindexed search shows). */
  readonly durationMs: number;
}

/**
 * The ONE connection a preflight uses. Wraps an ldapts `Client`, sets TLS verification
 * (`minVersion` TLSv1.2, certificate and host name checks, optional CA bundle) and captures the peer
 * certificate from the TLS socket before Node verifies it, so certificate facts are known even when
 * verification fails. Read-only: it exposes bind and search, nothing that writes.
 */
export class LdapConnection {
  /** `ldaps://host:port` or `ldap://host:port`. */
  public readonly url: string;
  private readonly client: Client;
  private readonly tlsOptions: tls.ConnectionOptions;
  private peer: PeerTlsFacts = {};
  private readonly sockets: net.Socket[] = [];
  /** Timers of operations in flight, with their rejecters (abort ends them at once). */
  private readonly pending = new Map<NodeJS.Timeout, (error: Error) => void>();
  /** Set once connect() succeeded: a lost connection is then an error, never a silent unbound reconnect. */
  private established = false;
  /** Set once a bind succeeded on this connection. */
  private bound = false;
  /** Searches asked on this connection, by base and options (each goes to the server once). */
  private readonly searches = new Map<string, Promise<SearchResult>>();

  constructor(
    private readonly settings: ResolvedLdapDirectorySettings,
    private readonly options: LdapConnectionOptions,
  ) {
    const { host, port, connectionSecurity } = settings.agent;
    const scheme = connectionSecurity === LdapConnectionSecurity.LDAPS ? 'ldaps' : 'ldap';
    const urlHost = isIpv6Address(host) ? `[${host}]` : host;
    this.url = `${scheme}://${urlHost}:${port}`;
    // The trust store (CA bundle) and the TLS floor live in a shared SecureContext (built on first
    // use, see secure-context-cache.ts); host name checking and verification stay per connection.
    this.tlsOptions = {
      rejectUnauthorized: true,
      ...(!isIpAddress(host) ? { servername: host } : {}),
    };
    const capture = (socket: tls.TLSSocket): tls.TLSSocket => {
      this.sockets.push(socket);
      // 'secure' fires when the handshake is done, before Node's own verification listener.
      socket.prependListener('secure', () => this.capturePeer(socket));
      annotateHandshakeErrors(socket);
      return socket;
    };
    // ldapts calls this as (port, host, tlsOptions) for LDAPS and (options) for StartTLS; the
    // options object is the last argument either way. Both sockets send without Nagle's delay: after
    // the bind the checks write all their searches at once, and with Nagle every request after the
    // first would wait for the server's ACK of the one before (a round trip, more with delayed ACKs).
    //
    // For LDAPS the TCP connection is opened first and the secure context built while it connects:
    // Node parses its bundled root certificates when it builds the first context of a process
    // (20-40 ms), which then overlaps the TCP handshake instead of preceding it.
    const secureContext = () =>
      options.tlsVersion !== undefined
        ? sharedSecureContext(options.ca, options.tlsVersion, options.tlsVersion)
        : sharedSecureContext(options.ca, PREFLIGHT_TLS_MIN_VERSION);
    const createSecureConnection = ((...args: unknown[]) => {
      const last = args.length - 1;
      const given = (args[last] ?? {}) as tls.ConnectionOptions;
      if (given.socket === undefined && args.length === 3) {
        const [port, host] = args as [number, string];
        const tcp = net.connect({ host, port }).setNoDelay(true);
        this.sockets.push(tcp);
        const context = secureContext();
        return capture(tls.connect({ ...given, host, port, socket: tcp, secureContext: context }));
      }
      args[last] = { ...given, secureContext: secureContext() };
      return capture((tls.connect as (...a: unknown[]) => tls.TLSSocket)(...args).setNoDelay(true));
    }) as typeof tls.connect;
    const createConnection = ((...args: unknown[]) => {
      const socket = (net.connect as (...a: unknown[]) => net.Socket)(...args).setNoDelay(true);
      this.sockets.push(socket);
      return socket;
    }) as typeof net.connect;
    this.client = new Client({
      url: this.url,
      connectTimeout: options.connectTimeoutMs,
      timeout: options.operationTimeoutMs,
      strictDN: false,
      createConnection,
      createSecureConnection,
      ...(connectionSecurity === LdapConnectionSecurity.LDAPS ? { tlsOptions: this.tlsOptions } : {}),
    });
  }

  /** True when a custom CA bundle replaces Node's built-in roots. */
  public get usesCustomCa(): boolean {
    return this.options.ca !== undefined;
  }

  /** TLS facts seen so far (empty for plain LDAP). */
  public get tlsFacts(): PeerTlsFacts {
    return this.peer;
  }

  /**
   * Opens the connection: TCP (+ TLS for LDAPS), or TCP then StartTLS. Ends within the connect
   * timeout (+ the operation timeout for StartTLS).
   */
  public async connect(): Promise<void> {
    const security = this.settings.agent.connectionSecurity;
    const internal = this.client as unknown as { _connect?: () => Promise<void> | void };
    if (typeof internal._connect !== 'function') {
      throw new Error('ldapts Client has no _connect(): this ldapts version is not supported (use 8.2.x)');
    }
    await this.withTimer(
      Promise.resolve(internal._connect.call(this.client)),
      this.options.connectTimeoutMs + 500,
      'Connection timeout',
    );
    if (security === LdapConnectionSecurity.STARTTLS) {
      const host = this.settings.agent.host;
      await this.withTimer(
        this.client.startTLS({ ...this.tlsOptions, host }),
        this.options.operationTimeoutMs,
        'StartTLS: Operation timed out',
      );
    }
    this.established = true;
  }

  /** Simple bind. The password goes to ldapts only. */
  public async bind(dn: string, password: string): Promise<void> {
    this.assertNotLost('Bind');
    await this.withTimer(
      this.client.bind(dn, password),
      this.options.operationTimeoutMs + 500,
      'Bind: Operation timed out',
    );
    this.bound = true;
  }

  /**
   * A search. Callers bound it with `sizeLimit` and ask for `['1.1']` when they only count. The same
   * search (base and options) goes to the server once per connection: checks that ask the same
   * question share the answer (e.g. PF-BASE-USERS and PF-BASE-GROUPS when both bases are ou=Users,
   * PF-GROUP-FILTER and PF-ROLE-CLASS when the role class is the group class, as in JumpCloud).
   */
  public search(base: string, options: SearchOptions): Promise<SearchResult> {
    const key = JSON.stringify([base, options]);
    let answer = this.searches.get(key);
    if (answer === undefined) {
      answer = this.searchOnce(base, options);
      this.searches.set(key, answer);
    }
    return answer;
  }

  private async searchOnce(base: string, options: SearchOptions): Promise<SearchResult> {
    this.assertNotLost('SearchRequest');
    const started = process.hrtime.bigint();
    let result;
    try {
      result = await this.withTimer(
        this.client.search(base, options),
        this.options.operationTimeoutMs + 500,
        'SearchRequest: Operation timed out',
      );
    } catch (error) {
      // After a bind succeeded on this connection, a close before the answer is a lost connection
      // (e.g. another operation timed out and ldapts closed the socket), not a protocol mismatch.
      const message = (error as Error)?.message ?? '';
      if (this.bound && /Connection closed before message response was received/.test(message)) {
        throw Object.assign(
          new Error(`SearchRequest: the connection was lost before the answer (${message})`),
          {
            code: 'ECONNRESET',
          },
        );
      }
      throw error;
    }
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { entries: result.searchEntries.map((e: Entry) => normalizeEntry(e)), durationMs };
  }

  /** Unbinds and destroys every socket. Never throws; safe to call twice. */
  public async close(): Promise<void> {
    try {
      await this.withTimer(this.client.unbind(), 1000, 'Unbind: Operation timed out');
    } catch {
      // The connection may already be gone; the sockets are destroyed below either way.
    } finally {
      this.abort();
    }
  }

  /**
   * Destroys the sockets at once and ends every operation in flight with an error (used by the
   * overall timeout). Clears every timer, ldapts' own connect timer included.
   */
  public abort(): void {
    for (const socket of this.sockets) socket.destroy();
    for (const [timer, reject] of this.pending) {
      clearTimeout(timer);
      reject(new Error('Connection aborted'));
    }
    this.pending.clear();
    const internal = this.client as unknown as { connectTimer?: NodeJS.Timeout };
    if (internal.connectTimer !== undefined) {
      clearTimeout(internal.connectTimer);
      internal.connectTimer = undefined;
    }
  }

  /** ldapts reconnects by itself when its socket is gone; the preflight must not (the bind would be lost). */
  private assertNotLost(operation: string): void {
    if (this.established && !this.client.isConnected) {
      throw Object.assign(
        new Error(`${operation}: the connection was lost earlier in the preflight; not reconnecting`),
        { code: 'ECONNRESET' },
      );
    }
  }

  private capturePeer(socket: tls.TLSSocket): void {
    try {
      const cert = socket.getPeerCertificate(false);
      const cipher = socket.getCipher();
      const protocol = socket.getProtocol();
      this.peer = {
        ...(protocol ? { protocol } : {}),
        ...(cipher?.name ? { cipher: cipher.name } : {}),
        ...(cert && Object.keys(cert).length > 0 ? { certificate: certificateFacts(cert) } : {}),
      };
    } catch {
      // Facts are best effort; verification itself is Node's.
    }
  }

  /** Our own timer on top of ldapts' timeouts (ldapts has none on the StartTLS handshake). */
  private withTimer<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.pending.delete(timer!);
        this.abort();
        reject(new Error(message));
      }, ms);
      this.pending.set(timer, reject);
    });
    return Promise.race([promise, timeout]).finally(() => {
      clearTimeout(timer);
      this.pending.delete(timer!);
    });
  }
}

/**
 * `net.isIPv6(host)`, without running Node's IPv6 pattern on a host that has no `:` (every IPv6
 * address has one): its first use compiles a large regular expression, about 5 ms of a preflight's
 * start-up, which a host name or an IPv4 address never needs here.
 */
function isIpv6Address(host: string): boolean {
  return host.includes(':') && net.isIPv6(host);
}

/** `net.isIP(host) !== 0`, the same way (IPv4 pattern for a host without `:`). */
function isIpAddress(host: string): boolean {
  return host.includes(':') ? net.isIPv6(host) : net.isIPv4(host);
}

/**
 * Before the handshake completes, stamps every error of `socket` with the server bytes received so
 * far ({@link TLS_HANDSHAKE_BYTES}). Node counts them on the TCP handle under the TLS layer
 * (`socket._handle._parent.bytesRead`, read while the error is being emitted, before the handle is
 * freed); when that internal is missing, nothing is stamped and errors classify as before.
 */
function annotateHandshakeErrors(socket: tls.TLSSocket): void {
  const tcp = (socket as unknown as { _handle?: { _parent?: { bytesRead?: unknown } } })._handle?._parent;
  if (tcp === undefined || typeof tcp.bytesRead !== 'number') return;
  let secure = false;
  socket.once('secure', () => {
    secure = true;
  });
  socket.prependOnceListener('error', (error: unknown) => {
    const bytes = tcp.bytesRead;
    if (secure || typeof error !== 'object' || error === null || typeof bytes !== 'number') return;
    Object.defineProperty(error, TLS_HANDSHAKE_BYTES, { value: bytes, enumerable: true, configurable: true });
  });
}

/** The facts of a peer certificate an admin can check by eye (also used for the Okta org's certificate). */
export function certificateFacts(cert: tls.PeerCertificate): CertificateFacts {
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    subjectAltNames: (cert.subjectaltname ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    validFrom: new Date(cert.valid_from).toISOString(),
    notAfter: new Date(cert.valid_to).toISOString(),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
  };
}

function distinguishedName(name: tls.Certificate | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}
