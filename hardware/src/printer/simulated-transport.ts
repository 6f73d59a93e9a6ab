// The printer of `npm start` and of tests that need no wire: keeps every job's bytes, and can be told to
// run out of paper or vanish, like the real thing.
import { PrinterError, type PrinterFault, type PrinterTransport, type TransportReport } from './types.js';

export class SimulatedTransport implements PrinterTransport {
  readonly kind = 'simulated' as const;
  jobs: Buffer[] = [];
  fault: PrinterFault | null = null;

  async send(bytes: Buffer): Promise<TransportReport> {
    await this.probe();
    this.jobs.push(Buffer.from(bytes));
    return { status: 'ok' };
  }

  async probe(): Promise<TransportReport> {
    if (this.fault) throw new PrinterError(this.fault, `simulated fault: ${this.fault}`);
    return { status: 'ok' };
  }

  async close(): Promise<void> {}
}
