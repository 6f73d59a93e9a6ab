// A network printer stand-in: a TCP server on 127.0.0.1 that answers DLE EOT status queries with the
// status it is told to have, and keeps the bytes of every job it receives.
import { createServer, type Server, type Socket } from 'node:net';

export interface FakePrinterStatus {
  /** DLE EOT 1, 2, 4 answers; null: the printer does not answer status queries. */
  answers: [number, number, number] | null;
  /** Swallow the connection without reading: a printer that hangs. */
  hang?: boolean;
}

export const READY: [number, number, number] = [0x12, 0x12, 0x12];
export const PAPER_OUT: [number, number, number] = [0x1a, 0x32, 0x72];
export const COVER_OPEN: [number, number, number] = [0x1a, 0x16, 0x12];

export class FakePrinter {
  jobs: Buffer[] = [];
  /** Called with each complete job as its last byte arrives. */
  onJob: (job: Buffer) => void = () => {};
  status: FakePrinterStatus = { answers: READY };
  private server: Server;
  private sockets = new Set<Socket>();
  port = 0;

  constructor() {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      if (this.status.hang) return;
      const chunks: Buffer[] = [];
      socket.on('data', (d) => {
        let data = d;
        // Status queries are answered at once; everything else is the job.
        while (data.length >= 3 && data[0] === 0x10 && data[1] === 0x04) {
          if (this.status.answers) socket.write(Buffer.from([this.status.answers[[1, 2, 4].indexOf(data[2]!)]!]));
          data = data.subarray(3);
        }
        if (data.length) chunks.push(data);
      });
      socket.on('end', () => {
        if (chunks.length) {
          const job = Buffer.concat(chunks);
          this.jobs.push(job);
          this.onJob(job);
        }
        socket.end();
      });
      socket.on('error', () => {});
    });
  }

  listen(): Promise<this> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => {
      this.port = (this.server.address() as { port: number }).port;
      resolve(this);
    }));
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
