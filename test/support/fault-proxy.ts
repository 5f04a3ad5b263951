/**
 * A fault-injecting TCP proxy for tests: listens on 127.0.0.1, forwards every connection to a target
 * (the real slapd fixture) and misbehaves on purpose, the way a bad network or a broken middlebox does.
 *
 * Faults (one per proxy):
 * - `delay`: every chunk, in both directions, is held `ms` milliseconds (order kept).
 * - `stall`: forwards the first `afterBytes` bytes from the server, then forwards nothing more in either
 *   direction while keeping both sockets open (a server that stops answering mid-session).
 * - `reset`: forwards the first `afterServerBytes` bytes from the server, then resets the client's
 *   socket (TCP RST via `socket.resetAndDestroy()`).
 * - `closeDuringHandshake`: closes the client's socket (FIN) on the first client chunk (the TLS
 *   ClientHello) or, with `afterServerBytes`, after that many server bytes (mid ServerHello/certificate).
 * - `trickle`: server-to-client bytes are sent one byte per write, `delayMs` apart (0 = next tick).
 *
 * `close()` destroys every socket the proxy opened and clears every timer it set, so a test that uses
 * it leaves no handle behind.
 */
import * as net from 'net';

/** Forward everything untouched (a control). */
export interface NoFault {
  readonly kind: 'none';
}

/** Hold every chunk, in both directions, for `ms` milliseconds. */
export interface DelayFault {
  readonly kind: 'delay';
  readonly ms: number;
}

/** Stop forwarding (both directions) once `afterBytes` server bytes have been forwarded; keep sockets open. */
export interface StallFault {
  readonly kind: 'stall';
  readonly afterBytes: number;
}

/** Reset the client's socket (RST) once `afterServerBytes` server bytes have been forwarded. */
export interface ResetFault {
  readonly kind: 'reset';
  readonly afterServerBytes: number;
}

/**
 * Close the client's socket during the TLS handshake: on its first chunk (the ClientHello, not
 * forwarded) when `afterServerBytes` is undefined, else after that many server bytes.
 */
export interface CloseDuringHandshakeFault {
  readonly kind: 'closeDuringHandshake';
  readonly afterServerBytes?: number;
}

/** Send server bytes to the client one byte per write, `delayMs` apart (0 = next event-loop turn). */
export interface TrickleFault {
  readonly kind: 'trickle';
  readonly delayMs: number;
}

export type Fault = NoFault | DelayFault | StallFault | ResetFault | CloseDuringHandshakeFault | TrickleFault;

export interface FaultProxyOptions {
  /** Where to forward connections. */
  readonly target: { readonly host: string; readonly port: number };
  readonly fault: Fault;
}

/** Counters, live while the proxy runs. */
export interface FaultProxyStats {
  /** Client connections accepted. */
  connections: number;
  /** Bytes received from clients. */
  bytesFromClient: number;
  /** Bytes received from the target. */
  bytesFromServer: number;
  /** Bytes written to the target. */
  bytesToServer: number;
  /** Bytes written to clients. */
  bytesToClient: number;
  /** How many times the fault fired (stall started, reset sent, connection closed). */
  faultsFired: number;
  /** Sockets (client and upstream) currently open. */
  openSockets: number;
  /**
   * Client flights the server answered: a flight is the client data that arrives before the next
   * server byte is written to the client. Plus one for the TCP handshake, this is the number of
   * dependent round trips a client needed (what a higher latency multiplies).
   */
  answeredClientFlights: number;
}

export interface FaultProxy {
  /** Port on 127.0.0.1. */
  readonly port: number;
  /** `127.0.0.1`. */
  readonly host: string;
  readonly stats: FaultProxyStats;
  /** Stops listening, destroys every socket, clears every timer. Idempotent. */
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (random port) in front of `options.target`. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  validateFault(options.fault);
  const stats: FaultProxyStats = {
    connections: 0,
    bytesFromClient: 0,
    bytesFromServer: 0,
    bytesToServer: 0,
    bytesToClient: 0,
    faultsFired: 0,
    openSockets: 0,
    answeredClientFlights: 0,
  };
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    stats.openSockets++;
    socket.on('error', () => undefined); // resets and aborts are the point of this proxy
    socket.once('close', () => {
      sockets.delete(socket);
      stats.openSockets--;
    });
  };
  const immediates = new Set<NodeJS.Immediate>();
  /** setTimeout (or setImmediate for 0 ms), tracked so close() can clear it. */
  const schedule = (ms: number, fn: () => void): void => {
    if (ms === 0) {
      const immediate = setImmediate(() => {
        immediates.delete(immediate);
        if (!closed) fn();
      });
      immediates.add(immediate);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) fn();
    }, ms);
    timers.add(timer);
  };

  const server = net.createServer((client) => {
    stats.connections++;
    track(client);
    // The proxy stands for the network: it forwards each chunk when its delay is over, without
    // holding small writes back for an ACK (Nagle) as a sender's own socket may.
    client.setNoDelay(true);
    const upstream = net.connect({ host: options.target.host, port: options.target.port, noDelay: true });
    track(upstream);
    const connection = new Connection(client, upstream, options.fault, stats, schedule);
    connection.start();
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as net.AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    host: '127.0.0.1',
    stats,
    close: () => {
      closing ??= (async () => {
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const immediate of immediates) clearImmediate(immediate);
        immediates.clear();
        const socketsClosed = [...sockets].map(
          (socket) =>
            new Promise<void>((resolve) =>
              socket.closed ? resolve() : socket.once('close', () => resolve()),
            ),
        );
        for (const socket of sockets) socket.destroy();
        await Promise.all([...socketsClosed, new Promise<void>((resolve) => server.close(() => resolve()))]);
      })();
      return closing;
    },
  };
}

function validateFault(fault: Fault): void {
  const nonNegative = (name: string, value: number | undefined): void => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new Error(`fault-proxy: ${fault.kind}.${name} must be an integer >= 0 (got ${value})`);
    }
  };
  switch (fault.kind) {
    case 'none':
      return;
    case 'delay':
      return nonNegative('ms', fault.ms);
    case 'stall':
      return nonNegative('afterBytes', fault.afterBytes);
    case 'reset':
      return nonNegative('afterServerBytes', fault.afterServerBytes);
    case 'closeDuringHandshake':
      return nonNegative('afterServerBytes', fault.afterServerBytes);
    case 'trickle':
      return nonNegative('delayMs', fault.delayMs);
  }
}

/** One proxied connection: client <-> upstream, with the fault applied. */
class Connection {
  private serverBytesForwarded = 0;
  private stalled = false;
  private finished = false;
  /** Server-to-client chunks scheduled (delay) or queued bytes (trickle) not yet written. */
  private pendingToClient = 0;
  private readonly trickleQueue: Buffer[] = [];
  private tricklePumping = false;
  private upstreamGone = false;
  /** Whether the client's current flight has been answered (server bytes written since it began). */
  private flightAnswered = true;
  private flightOpen = false;

  constructor(
    private readonly client: net.Socket,
    private readonly upstream: net.Socket,
    private readonly fault: Fault,
    private readonly stats: FaultProxyStats,
    private readonly schedule: (ms: number, fn: () => void) => void,
  ) {}

  start(): void {
    const { client, upstream } = this;
    client.on('data', (chunk: Buffer) => {
      this.stats.bytesFromClient += chunk.length;
      if (this.flightAnswered) {
        // A new flight: the client sends after an answer (or for the first time).
        this.flightAnswered = false;
        this.flightOpen = true;
      }
      this.fromClient(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      this.stats.bytesFromServer += chunk.length;
      this.fromServer(chunk);
    });
    // The client closing ends everything. The server closing ends everything once the bytes still
    // owed to the client (delayed or trickled) are written — unless a stall keeps the client waiting.
    client.once('close', () => this.finish());
    upstream.once('close', () => {
      this.upstreamGone = true;
      if (!this.stalled && !this.finished) this.finishWhenDrained();
    });
    if (this.fault.kind === 'stall' && this.fault.afterBytes === 0) this.stalled = true;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.client.destroy();
    this.upstream.destroy();
  }

  private finishWhenDrained(): void {
    if (this.pendingToClient === 0) {
      if (!this.client.destroyed) this.client.end();
      this.finish();
    }
  }

  private fromClient(chunk: Buffer): void {
    const fault = this.fault;
    if (this.stalled || this.finished) return;
    if (fault.kind === 'closeDuringHandshake' && fault.afterServerBytes === undefined) {
      this.stats.faultsFired++;
      this.finished = true;
      this.client.end(); // FIN, and the ClientHello is never forwarded
      this.upstream.destroy();
      return;
    }
    if (fault.kind === 'delay') {
      this.schedule(fault.ms, () => {
        if (!this.finished && !this.stalled) this.write(this.upstream, chunk, 'toServer');
      });
      return;
    }
    this.write(this.upstream, chunk, 'toServer');
  }

  private fromServer(chunk: Buffer): void {
    const fault = this.fault;
    if (this.stalled || this.finished) return;
    switch (fault.kind) {
      case 'none':
        this.write(this.client, chunk, 'toClient');
        return;
      case 'delay':
        // Timers of equal duration fire in the order they were set: chunk order is kept.
        this.pendingToClient++;
        this.schedule(fault.ms, () => {
          this.pendingToClient--;
          if (!this.finished && !this.stalled) this.write(this.client, chunk, 'toClient');
          if (this.upstreamGone) this.finishWhenDrained();
        });
        return;
      case 'trickle':
        for (let i = 0; i < chunk.length; i++) this.trickleQueue.push(chunk.subarray(i, i + 1));
        this.pendingToClient += chunk.length;
        this.pumpTrickle(fault.delayMs);
        return;
      case 'stall':
        this.forwardUpTo(chunk, fault.afterBytes, () => {
          this.stalled = true;
          this.stats.faultsFired++;
        });
        return;
      case 'reset':
        this.forwardUpTo(chunk, fault.afterServerBytes, () => {
          this.stats.faultsFired++;
          this.finished = true;
          this.upstream.destroy();
          // Let the forwarded bytes reach the client's kernel and be read, then RST (a reset that
          // overtakes unread data makes Linux discard it, and an immediate reset degrades to FIN).
          this.client.write(Buffer.alloc(0), () =>
            this.schedule(20, () => {
              if (!this.client.destroyed) this.client.resetAndDestroy();
            }),
          );
        });
        return;
      case 'closeDuringHandshake':
        this.forwardUpTo(chunk, fault.afterServerBytes ?? 0, () => {
          this.stats.faultsFired++;
          this.finished = true;
          this.client.end();
          this.upstream.destroy();
        });
        return;
    }
  }

  private pumpTrickle(delayMs: number): void {
    if (this.tricklePumping) return;
    this.tricklePumping = true;
    const step = (): void => {
      const byte = this.trickleQueue.shift();
      if (byte === undefined || this.finished) {
        this.tricklePumping = false;
        return;
      }
      this.pendingToClient--;
      this.write(this.client, byte, 'toClient');
      if (this.trickleQueue.length > 0) this.schedule(delayMs, step);
      else {
        this.tricklePumping = false;
        if (this.upstreamGone) this.finishWhenDrained();
      }
    };
    this.schedule(delayMs, step);
  }

  /** Forwards at most `limit` server bytes in total; calls `onLimit` once the limit is reached. */
  private forwardUpTo(chunk: Buffer, limit: number, onLimit: () => void): void {
    const room = limit - this.serverBytesForwarded;
    const part = room >= chunk.length ? chunk : chunk.subarray(0, Math.max(0, room));
    if (part.length > 0) {
      this.serverBytesForwarded += part.length;
      this.write(this.client, part, 'toClient');
    }
    if (this.serverBytesForwarded >= limit) onLimit();
  }

  private write(target: net.Socket, chunk: Buffer, direction: 'toClient' | 'toServer'): void {
    if (target.destroyed || !target.writable) return;
    if (direction === 'toClient') {
      this.stats.bytesToClient += chunk.length;
      if (this.flightOpen && !this.flightAnswered) {
        this.flightAnswered = true;
        this.stats.answeredClientFlights++;
      }
    } else this.stats.bytesToServer += chunk.length;
    target.write(chunk);
  }
}
