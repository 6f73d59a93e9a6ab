// The printer of `npm start` and of tests that need no wire: keeps the newest jobs' bytes (a demo left
// running all day must not hold every ticket it printed), and can be told to run out of paper or vanish,
// like the real thing.
import { PrinterError, type PrinterFault, type PrinterTransport, type TransportReport } from './types.js';

const KEPT_JOBS = 50;

export class SimulatedTransport implements PrinterTransport {
  readonly kind = 'simulated' as const;
  jobs: Buffer[] = [];
  fault: PrinterFault | null = null;

  async send(bytes: Buffer): Promise<TransportReport> {
    await this.probe();
    this.jobs.push(Buffer.from(bytes));
    if (this.jobs.length > KEPT_JOBS) this.jobs.shift();
    return { status: 'ok' };
  }

  async probe(): Promise<TransportReport> {
    if (this.fault) throw new PrinterError(this.fault, `simulated fault: ${this.fault}`);
    return { status: 'ok' };
  }

  async close(): Promise<void> {}
}
