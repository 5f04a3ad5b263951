/**
 * Network stand-ins for failure tests: a server that accepts TCP and never answers, and a port
 * with nothing listening. Both on 127.0.0.1.
 */
import * as net from 'net';

export interface SilentServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Connections accepted so far. */
  readonly connections: () => number;
  /** Destroys every accepted socket and stops listening. Idempotent. */
  close(): Promise<void>;
}

/**
 * Accepts TCP connections on 127.0.0.1 and never sends a byte (a TLS client waits for the
 * ServerHello forever; an LDAP client waits for its bind response forever).
 */
export function startSilentServer(): Promise<SilentServer> {
  return new Promise((resolve, reject) => {
    const sockets = new Set<net.Socket>();
    let accepted = 0;
    const server = net.createServer((socket) => {
      accepted++;
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
      // Read and discard whatever the client sends, so its writes never block.
      socket.resume();
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) {
        reject(new Error('silent server: no address after listen'));
        return;
      }
      let closing: Promise<void> | undefined;
      resolve({
        host: '127.0.0.1',
        port: address.port,
        connections: () => accepted,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          })),
      });
    });
  });
}

/**
 * A port on 127.0.0.1 with nothing listening (connecting gives ECONNREFUSED). The port is taken from
 * the kernel and released; another process could take it later, so use it at once.
 */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
