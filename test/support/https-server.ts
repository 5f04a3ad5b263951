/**
 * A local HTTPS server with a throwaway CA, standing in for an Okta org (it answers
 * `/.well-known/okta-organization` like Okta does) or for any TLS server that only accepts some TLS
 * versions. Listens on 127.0.0.1 only.
 */
import { promises as fs } from 'fs';
import * as https from 'https';
import * as net from 'net';
import type * as tls from 'tls';
import { createTlsFiles } from './slapd-fixture-tls';
import { tempDir } from './temp-dir';

export interface HttpsServerOptions {
  /** @default 'TLSv1.2' */
  readonly minVersion?: tls.SecureVersion;
  /** @default 'TLSv1.3' */
  readonly maxVersion?: tls.SecureVersion;
  /** HTTP status of every answer. @default 200 */
  readonly status?: number;
}

export interface HttpsServer {
  /** `https://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The throwaway CA that signed the server certificate (SAN IP:127.0.0.1, DNS:localhost). */
  readonly caPem: string;
  readonly caFile: string;
  /** `METHOD path` of every request answered, in order. */
  readonly requests: string[];
  /** The TLS versions clients negotiated, in order. */
  readonly protocols: string[];
  close(): Promise<void>;
}

/** The org metadata the stand-in returns (the shape of Okta's public answer). */
export const STAND_IN_ORG = { id: '00o1standin0rg1d0x7', pipeline: 'idx' };

export async function startHttpsServer(options: HttpsServerOptions = {}): Promise<HttpsServer> {
  const dir = tempDir('https-stand-in-');
  const files = await createTlsFiles('openssl', dir, {});
  const requests: string[] = [];
  const protocols: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = https.createServer(
    {
      cert: await fs.readFile(files.certFile),
      key: await fs.readFile(files.keyFile),
      minVersion: options.minVersion ?? 'TLSv1.2',
      maxVersion: options.maxVersion ?? 'TLSv1.3',
    },
    (req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const status = options.status ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? JSON.stringify(STAND_IN_ORG) : '{"errorCode":"E0000022"}');
    },
  );
  server.on('secureConnection', (socket: tls.TLSSocket) => protocols.push(socket.getProtocol() ?? ''));
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    caPem: files.caPem,
    caFile: files.caFile,
    requests,
    protocols,
    close: () =>
      (closing ??= (async () => {
        for (const s of sockets) s.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await fs.rm(dir, { recursive: true, force: true });
      })()),
  };
}
