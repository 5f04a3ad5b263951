import * as net from 'net';
import * as tls from 'tls';
import { CertificateFacts, certificateFacts } from '../preflight/ldap-connection';
import { sharedSecureContext } from '../preflight/secure-context-cache';

/** Where a probe failed: at the proxy, in the TLS handshake with the org, or waiting for its HTTP answer. */
export type HttpsProbeStage = 'proxy' | 'tls' | 'http';

/** What the probe asks the org: Okta's public, unauthenticated org metadata (no token is ever sent). */
export const OKTA_ORG_METADATA_PATH = '/.well-known/okta-organization';

/** Options of one HTTPS probe. */
export interface HttpsProbeOptions {
  /** `https://host[:port]`. */
  readonly url: URL;
  /**
   * An `http://` or `https://` proxy that tunnels with `CONNECT` (what the agent's "Use Proxy Server" does).
   * @default - a direct connection
   */
  readonly proxy?: URL;
  /**
   * PEM CA bundle for the org's certificate (replaces Node's built-in roots), e.g. a TLS-inspecting
   * proxy's CA.
   * @default - Node's built-in root CAs
   */
  readonly ca?: string | Buffer;
  /** The only TLS version offered. */
  readonly tlsVersion: tls.SecureVersion;
  /** Milliseconds for the TCP connection (and the proxy's CONNECT answer) plus the TLS handshake. */
  readonly connectTimeoutMs: number;
  /** Milliseconds for the HTTP answer after the handshake. */
  readonly operationTimeoutMs: number;
}

/** What the probe saw. */
export interface HttpsProbeResult {
  readonly protocol?: string;
  readonly cipher?: string;
  readonly certificate?: CertificateFacts;
  /** The HTTP status of `GET /.well-known/okta-organization`. */
  readonly httpStatus: number;
  /** Up to 4 KiB of the response body. */
  readonly body: string;
}

/** A failed probe: the stage, and the certificate when the handshake got that far. */
export class HttpsProbeError extends Error {
  constructor(
    message: string,
    public readonly stage: HttpsProbeStage,
    public readonly reason: unknown,
    public readonly certificate?: CertificateFacts,
  ) {
    super(message);
    this.name = 'HttpsProbeError';
  }
}

const MAX_BODY = 4096;

/**
 * Opens HTTPS to an Okta org, offering exactly `tlsVersion` and verifying the certificate chain and
 * host name, optionally through a `CONNECT` proxy, and asks for the org's public metadata. Read-only,
 * no credentials. Every socket and timer is gone when the promise settles.
 */
export async function probeHttps(options: HttpsProbeOptions): Promise<HttpsProbeResult> {
  const host = options.url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(options.url.port || 443);
  const sockets: net.Socket[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stage: HttpsProbeStage = options.proxy !== undefined ? 'proxy' : 'tls';
  let certificate: CertificateFacts | undefined;
  const deadline = (ms: number, what: string): Promise<never> =>
    new Promise((_, reject) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => reject(Object.assign(new Error(`${what}: timed out after ${ms} ms`), { code: 'ETIMEDOUT' })),
        ms,
      );
    });
  try {
    const connected = (async (): Promise<tls.TLSSocket> => {
      const tunnel =
        options.proxy !== undefined ? await openTunnel(options.proxy, host, port, sockets) : undefined;
      stage = 'tls';
      const socket = tls.connect({
        ...(tunnel !== undefined ? { socket: tunnel } : { host, port }),
        ...(net.isIP(host) === 0 ? { servername: host } : {}),
        secureContext: sharedSecureContext(options.ca, options.tlsVersion, options.tlsVersion),
        rejectUnauthorized: true,
      });
      sockets.push(socket);
      socket.prependListener('secure', () => {
        const cert = socket.getPeerCertificate(false);
        if (cert && Object.keys(cert).length > 0) certificate = certificateFacts(cert);
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('secureConnect', () => resolve());
        socket.once('error', reject);
      });
      return socket;
    })();
    const socket = await Promise.race([connected, deadline(options.connectTimeoutMs, 'connect')]);
    stage = 'http';
    const protocol = socket.getProtocol() ?? undefined;
    const cipher = socket.getCipher()?.name;
    const answer = await Promise.race([
      httpGet(socket, options.url.host, OKTA_ORG_METADATA_PATH),
      deadline(options.operationTimeoutMs, 'HTTP response'),
    ]);
    return {
      ...(protocol ? { protocol } : {}),
      ...(cipher ? { cipher } : {}),
      ...(certificate !== undefined ? { certificate } : {}),
      ...answer,
    };
  } catch (error) {
    throw new HttpsProbeError((error as Error)?.message ?? String(error), stage, error, certificate);
  } finally {
    clearTimeout(timer);
    for (const s of sockets) s.destroy();
  }
}

/** TCP (or TLS, for an https:// proxy) to the proxy, then `CONNECT host:port`; resolves with the tunnel. */
async function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  sockets: net.Socket[],
): Promise<net.Socket> {
  const proxyHost = proxy.hostname.replace(/^\[|\]$/g, '');
  const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  const socket =
    proxy.protocol === 'https:'
      ? tls.connect({
          host: proxyHost,
          port: proxyPort,
          ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}),
        })
      : net.connect({ host: proxyHost, port: proxyPort });
  sockets.push(socket);
  const target = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
  return new Promise<net.Socket>((resolve, reject) => {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16 * 1024)
          reject(new Error('the proxy sent an answer of over 16 KiB without an end of headers'));
        return;
      }
      socket.off('data', onData);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'));
      if (!status) {
        reject(Object.assign(new Error('the proxy did not answer CONNECT with HTTP'), { code: 'EPROXY' }));
        return;
      }
      const code = Number(status[1]);
      if (code < 200 || code > 299) {
        reject(
          Object.assign(new Error(`the proxy answered CONNECT ${target} with HTTP ${code}`), {
            code: 'EPROXY',
            httpStatus: code,
          }),
        );
        return;
      }
      if (end + 4 < head.length) socket.unshift(head.subarray(end + 4));
      resolve(socket);
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () =>
      reject(
        Object.assign(new Error('the proxy closed the connection before answering CONNECT'), {
          code: 'ECONNRESET',
        }),
      ),
    );
    socket.write(
      `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\nUser-Agent: cdktf-okta-ldap agent-host\r\n\r\n`,
    );
  });
}

/** `GET path` over an open TLS socket; resolves with the status and the start of the body. */
function httpGet(
  socket: tls.TLSSocket,
  hostHeader: string,
  path: string,
): Promise<{ httpStatus: number; body: string }> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const finish = (): void => {
      const text = data.toString('utf8');
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text);
      if (!status) {
        reject(new Error('the server did not answer with HTTP'));
        return;
      }
      const bodyAt = text.indexOf('\r\n\r\n');
      resolve({
        httpStatus: Number(status[1]),
        body: bodyAt >= 0 ? text.slice(bodyAt + 4, bodyAt + 4 + MAX_BODY) : '',
      });
    };
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (data.length > MAX_BODY * 4) finish();
    });
    socket.once('end', finish);
    socket.once('close', finish);
    socket.once('error', reject);
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: ${hostHeader}\r\nAccept: application/json\r\nUser-Agent: cdktf-okta-ldap agent-host\r\nConnection: close\r\n\r\n`,
    );
  });
}
