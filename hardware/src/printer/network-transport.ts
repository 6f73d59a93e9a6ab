// A network printer on TCP port 9100 (the raw "JetDirect" port). Before each ticket the printer is asked
// for its real-time status; a printer that does not answer status queries is printed to anyway. A
// printer that is switched off refuses the connection or never answers: both end in a clear error.
import { Socket } from 'node:net';
import { DLE_EOT, faultFromStatus } from './status.js';
import { PrinterError, type PrinterTransport } from './types.js';

export interface NetworkOptions {
  host: string;
  port: number;
  /** How long to wait for the status bytes before printing without them. */
  statusWaitMs?: number;
}

export class NetworkTransport implements PrinterTransport {
  readonly kind = 'network' as const;
  constructor(private o: NetworkOptions) {}

  async send(bytes: Buffer, timeoutMs: number): Promise<void> {
    const socket = new Socket();
    socket.setNoDelay(true);
    const received: number[] = [];
    let failure: PrinterError | null = null;
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        failure ??= new PrinterError('TIMEOUT', `no answer from ${this.o.host}:${this.o.port} within ${timeoutMs} ms`);
        socket.destroy();
      }, timeoutMs);
      socket.on('data', (d) => received.push(...d));
      socket.on('error', (e: NodeJS.ErrnoException) => {
        failure ??= e.code === 'ECONNREFUSED' || e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH' || e.code === 'ENOTFOUND'
          ? new PrinterError('UNREACHABLE', `${this.o.host}:${this.o.port}: ${e.code}`)
          : new PrinterError('FAILED', `${this.o.host}:${this.o.port}: ${e.message}`);
      });
      socket.on('close', () => {
        clearTimeout(timer);
        if (failure) reject(failure);
        else resolve();
      });
    });
    socket.connect(this.o.port, this.o.host, async () => {
      try {
        const fault = await this.status(socket, received);
        if (fault) {
          failure = fault;
          socket.destroy();
          return;
        }
        socket.end(bytes);
      } catch (e) {
        failure = e as PrinterError;
        socket.destroy();
      }
    });
    return done;
  }

  /** Sends DLE EOT 1, 2, 4 and reads three bytes, or gives up quietly after statusWaitMs. */
  private async status(socket: Socket, received: number[]): Promise<PrinterError | null> {
    socket.write(Buffer.concat([DLE_EOT(1), DLE_EOT(2), DLE_EOT(4)]));
    const wait = this.o.statusWaitMs ?? 300;
    const end = Date.now() + wait;
    while (received.length < 3 && Date.now() < end && !socket.destroyed) await new Promise((r) => setTimeout(r, 5));
    if (received.length < 3) return null; // this printer does not answer status queries
    return faultFromStatus(received[0]!, received[1]!, received[2]!);
  }

  async close(): Promise<void> {}
}
