// A network printer on TCP port 9100 (the raw "JetDirect" port). Before each ticket the printer is asked
// for its real-time status; a printer that does not answer status queries (a one-way print server) is
// printed to anyway and reported as "status unknown". A printer that is switched off refuses the
// connection or never answers: both end in a clear error.
import { Socket } from 'node:net';
import { DLE_EOT, faultFromStatus, paperNearEnd } from './status.js';
import { PrinterError, type PrinterTransport, type TransportReport } from './types.js';

export interface NetworkOptions {
  host: string;
  port: number;
  /** How long to wait for the status bytes before printing without them. */
  statusWaitMs?: number;
}

export class NetworkTransport implements PrinterTransport {
  readonly kind = 'network' as const;
  constructor(private o: NetworkOptions) {}

  send(bytes: Buffer, timeoutMs: number): Promise<TransportReport> {
    return this.session(bytes, timeoutMs);
  }

  /** Connects and asks the status without printing; a hung printer times out as a job would. */
  probe(timeoutMs: number): Promise<TransportReport> {
    return this.session(null, timeoutMs);
  }

  /** One connection: the status asked, then the job (if any) sent, then the printer's side closed. */
  private session(bytes: Buffer | null, timeoutMs: number): Promise<TransportReport> {
    const socket = new Socket();
    socket.setNoDelay(true);
    const received: number[] = [];
    let failure: PrinterError | null = null;
    let report: TransportReport = { status: 'unknown' };
    const done = new Promise<TransportReport>((resolve, reject) => {
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
        else resolve(report);
      });
    });
    socket.connect(this.o.port, this.o.host, async () => {
      const status = await this.status(socket, received);
      if (status instanceof PrinterError) {
        failure = status;
        socket.destroy();
        return;
      }
      report = status;
      if (bytes) socket.end(bytes);
      else socket.end();
    });
    return done;
  }

  /** Sends DLE EOT 1, 2, 4 and reads three bytes, or gives up quietly after statusWaitMs. */
  private async status(socket: Socket, received: number[]): Promise<TransportReport | PrinterError> {
    socket.write(Buffer.concat([DLE_EOT(1), DLE_EOT(2), DLE_EOT(4)]));
    const wait = this.o.statusWaitMs ?? 300;
    const end = Date.now() + wait;
    while (received.length < 3 && Date.now() < end && !socket.destroyed) await new Promise((r) => setTimeout(r, 5));
    if (received.length < 3) return { status: 'unknown' }; // this printer does not answer status queries
    return faultFromStatus(received[0]!, received[1]!, received[2]!) ?? { status: 'ok', paperLow: paperNearEnd(received[2]!) };
  }

  async close(): Promise<void> {}
}
