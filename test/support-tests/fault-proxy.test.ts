import * as net from 'net';
import { Fault, FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { LOADED_MACHINE_SLACK_MS } from '../support/timing-bounds';

/** A local echo server: writes back every byte it receives. Records what it saw. */
interface EchoServer {
  readonly port: number;
  received: number;
  closedConnections: number;
  close(): Promise<void>;
}

async function startEchoServer(): Promise<EchoServer> {
  const sockets = new Set<net.Socket>();
  const state = { received: 0, closedConnections: 0 };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      state.received += chunk.length;
      socket.write(chunk);
    });
    socket.once('close', () => {
      sockets.delete(socket);
      state.closedConnections++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    get received() {
      return state.received;
    },
    get closedConnections() {
      return state.closedConnections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** What a client saw on one connection. */
interface ClientOutcome {
  data: Buffer;
  chunks: number;
  /** How the connection ended: 'end' (FIN), an error code, or 'open' when still open at `waitMs`. */
  ending: string;
  elapsedMs: number;
}

/** Connects through the proxy, sends `payload`, and collects what comes back until the socket ends or `waitMs`. */
function exchange(port: number, payload: Buffer, waitMs: number): Promise<ClientOutcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const parts: Buffer[] = [];
    let ending = 'open';
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write(payload));
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ data: Buffer.concat(parts), chunks: parts.length, ending, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk: Buffer) => {
      parts.push(chunk);
      if (Buffer.concat(parts).length >= payload.length && ending === 'open') {
        ending = 'complete';
        done();
      }
    });
    socket.on('end', () => {
      if (ending === 'open') ending = 'end';
      done();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (ending === 'open') ending = e.code ?? e.message;
      done();
    });
  });
}

const payload = Buffer.from('0123456789'.repeat(10)); // 100 bytes

describe('startFaultProxy', () => {
  let echo: EchoServer;
  let proxy: FaultProxy | undefined;

  beforeEach(async () => {
    echo = await startEchoServer();
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await echo.close();
  });

  const start = async (fault: Fault): Promise<FaultProxy> => {
    proxy = await startFaultProxy({ target: { host: '127.0.0.1', port: echo.port }, fault });
    return proxy;
  };

  it('forwards everything untouched with no fault', async () => {
    const p = await start({ kind: 'none' });
    const out = await exchange(p.port, payload, 2000);
    expect(out.ending).toBe('complete');
    expect(out.data.equals(payload)).toBe(true);
    expect(p.stats).toMatchObject({
      connections: 1,
      bytesFromClient: 100,
      bytesToServer: 100,
      faultsFired: 0,
    });
  });

  it('delay: holds each chunk in both directions', async () => {
    const p = await start({ kind: 'delay', ms: 150 });
    const out = await exchange(p.port, payload, 3000);
    expect(out.ending).toBe('complete');
    expect(out.data.equals(payload)).toBe(true);
    expect(out.elapsedMs).toBeGreaterThanOrEqual(290); // 150 ms out + 150 ms back
  });

  it('stall: forwards exactly N server bytes, then nothing, and keeps the socket open', async () => {
    const p = await start({ kind: 'stall', afterBytes: 40 });
    const out = await exchange(p.port, payload, 400);
    expect(out.ending).toBe('open');
    expect(out.data.toString()).toBe(payload.subarray(0, 40).toString());
    expect(p.stats.faultsFired).toBe(1);
    expect(p.stats.openSockets).toBeGreaterThanOrEqual(1);
  });

  it('stall at 0 bytes: the server is reached but the client never hears back', async () => {
    const p = await start({ kind: 'stall', afterBytes: 0 });
    const out = await exchange(p.port, payload, 300);
    expect(out.ending).toBe('open');
    expect(out.data.length).toBe(0);
    expect(echo.received).toBe(0);
  });

  it('reset: delivers N server bytes, then the client sees ECONNRESET', async () => {
    const p = await start({ kind: 'reset', afterServerBytes: 30 });
    const out = await exchange(p.port, payload, 2000);
    expect(out.ending).toBe('ECONNRESET');
    expect(out.data.toString()).toBe(payload.subarray(0, 30).toString());
    expect(p.stats.faultsFired).toBe(1);
  });

  it('closeDuringHandshake: closes on the first client chunk without forwarding it', async () => {
    const p = await start({ kind: 'closeDuringHandshake' });
    const out = await exchange(p.port, payload, 2000);
    expect(out.ending).toBe('end');
    expect(out.data.length).toBe(0);
    expect(p.stats.bytesToServer).toBe(0);
    expect(echo.received).toBe(0);
    expect(p.stats.faultsFired).toBe(1);
  });

  it('closeDuringHandshake after N server bytes: delivers them, then FIN', async () => {
    const p = await start({ kind: 'closeDuringHandshake', afterServerBytes: 25 });
    const out = await exchange(p.port, payload, 2000);
    expect(out.ending).toBe('end');
    expect(out.data.toString()).toBe(payload.subarray(0, 25).toString());
  });

  it('trickle: delivers every byte, one write per byte, spaced by the delay', async () => {
    const p = await start({ kind: 'trickle', delayMs: 3 });
    const short = Buffer.from('abcdefghijklmnopqrst'); // 20 bytes
    const out = await exchange(p.port, short, 3000);
    expect(out.ending).toBe('complete');
    expect(out.data.toString()).toBe('abcdefghijklmnopqrst');
    expect(out.chunks).toBeGreaterThan(10);
    expect(out.elapsedMs).toBeGreaterThanOrEqual(19 * 3);
    expect(p.stats.bytesToClient).toBe(20);
  });

  it('close(): destroys every socket and timer it owns, even mid-stall and mid-delay', async () => {
    const p = await start({ kind: 'delay', ms: 10_000 });
    const client = net.connect({ host: '127.0.0.1', port: p.port });
    client.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    client.write(payload);
    await new Promise((r) => setTimeout(r, 50));
    expect(p.stats.openSockets).toBe(2);
    const t0 = Date.now();
    await p.close();
    await closed;
    expect(Date.now() - t0).toBeLessThan(LOADED_MACHINE_SLACK_MS); // far below the 10 s delay
    expect(p.stats.openSockets).toBe(0);
    expect(echo.received).toBe(0); // the delayed chunk was never sent
    await p.close(); // idempotent
  });

  it('closes the client when the target refuses the connection', async () => {
    const refused = await startEchoServer();
    const port = refused.port;
    await refused.close();
    proxy = await startFaultProxy({ target: { host: '127.0.0.1', port }, fault: { kind: 'none' } });
    const out = await exchange(proxy.port, payload, 2000);
    expect(['end', 'ECONNRESET']).toContain(out.ending);
    expect(out.data.length).toBe(0);
  });

  it('rejects a negative or fractional fault parameter', async () => {
    await expect(
      startFaultProxy({ target: { host: '127.0.0.1', port: echo.port }, fault: { kind: 'delay', ms: -1 } }),
    ).rejects.toThrow('fault-proxy: delay.ms must be an integer >= 0 (got -1)');
    await expect(
      startFaultProxy({
        target: { host: '127.0.0.1', port: echo.port },
        fault: { kind: 'trickle', delayMs: 1.5 },
      }),
    ).rejects.toThrow('fault-proxy: trickle.delayMs must be an integer >= 0 (got 1.5)');
  });
});
