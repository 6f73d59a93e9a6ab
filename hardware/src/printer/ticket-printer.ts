// The kiosk's printer as the daemon sees it: one job at a time, each with a time-out, a state that the
// health report and the supervisor see, and errors that say what a person must do. Once the printer is
// known to be down (it timed out, refused or failed), later jobs fail at once instead of each waiting its
// own time-out, and the printer is asked after every `recheckMs` until it answers again.
import { renderTicket, renderTicketText, type LayoutOptions } from './ticket-layout.js';
import { NetworkTransport } from './network-transport.js';
import { SerialTransport } from './serial-transport.js';
import { SimulatedTransport } from './simulated-transport.js';
import { UsbTransport, type UsbDeviceFactory } from './usb-transport.js';
import { FAULT_TEXT, PrinterError, type PrinterFault, type PrinterState, type PrinterTransport, type TicketPrint, type TransportReport } from './types.js';

export type PrinterConfig = LayoutOptions & { timeoutMs: number; /** How often a printer that is down is asked after; default 5 s. */ recheckMs?: number } & (
  | { transport: 'simulated' }
  | { transport: 'network'; host: string; port: number }
  | { transport: 'usb'; vendorId?: number; productId?: number }
  | { transport: 'serial'; path: string }
);

/** Faults that cost a whole time-out or that no job can get past: later jobs fail at once. Paper out and
 * an open cover are answered at once by the printer, so each job still asks. */
const DOWN: PrinterFault[] = ['TIMEOUT', 'UNREACHABLE', 'FAILED'];

/** How a job ended: "unconfirmed" when the printer took it but cannot say whether it printed. */
export type JobOutcome = { confirmed: boolean };

export interface PrintedTicket {
  label: string;
  bytes: Buffer;
  text: string;
}

export class TicketPrinter {
  state: PrinterState;
  /** The newest jobs, with their text: what the simulator shows and `doctor` prints. */
  readonly printed: PrintedTicket[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  /** The fault that put the printer down: jobs fail with it at once until a recheck succeeds. */
  private down: PrinterError | null = null;
  private recheck: ReturnType<typeof setInterval> | null = null;
  private asking = false;
  private listeners = new Set<(s: PrinterState) => void>();

  constructor(readonly transport: PrinterTransport, private config: PrinterConfig) {
    this.state = transport.kind === 'simulated' ? { state: 'simulated' } : { state: 'unknown' };
  }

  onState(fn: (s: PrinterState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Prints one ticket after the jobs before it; rejects with a PrinterError. */
  print(ticket: TicketPrint): Promise<JobOutcome> {
    const bytes = renderTicket(ticket, this.config);
    const text = renderTicketText(ticket, this.config.widthChars);
    return this.job(ticket.label, bytes, text);
  }

  printRaw(label: string, bytes: Buffer): Promise<JobOutcome> {
    return this.job(label, bytes, '');
  }

  /** Stops asking after a printer that is down (the daemon is closing). */
  close(): void {
    if (this.recheck) clearInterval(this.recheck);
    this.recheck = null;
  }

  private job(label: string, bytes: Buffer, text: string): Promise<JobOutcome> {
    const run = this.tail.then(async () => {
      if (this.down) throw this.down;
      let report: TransportReport;
      try {
        report = await this.transport.send(bytes, this.config.timeoutMs);
      } catch (e) {
        throw this.failed(e);
      }
      this.printed.push({ label, bytes, text });
      if (this.printed.length > 50) this.printed.shift();
      this.heard(report);
      return { confirmed: report.status !== 'unknown' };
    });
    this.tail = run.catch(() => {});
    return run;
  }

  private failed(e: unknown): PrinterError {
    const err = e instanceof PrinterError ? e : new PrinterError('FAILED', (e as Error).message);
    this.setState({ state: 'failed', detail: `${FAULT_TEXT[err.code]} (${err.message})` });
    if (DOWN.includes(err.code)) this.down = err;
    if (!this.recheck) {
      this.recheck = setInterval(() => void this.ask(), this.config.recheckMs ?? 5000);
      this.recheck.unref();
    }
    return err;
  }

  /** A recheck of a failed printer: it recovers by itself once it answers. */
  private async ask() {
    if (this.asking) return;
    this.asking = true;
    try {
      const report = await this.transport.probe(this.config.timeoutMs);
      this.down = null;
      this.heard(report);
    } catch (e) {
      this.failed(e);
    } finally {
      this.asking = false;
    }
  }

  /** The printer answered (or took a job): its state from what it said. */
  private heard(report: TransportReport) {
    if (this.recheck) clearInterval(this.recheck);
    this.recheck = null;
    if (this.transport.kind === 'simulated') return this.setState({ state: 'simulated' });
    if (report.status === 'unknown') {
      return this.setState({ state: 'unknown', blind: true, detail: 'статус неизвестен: принтер не отвечает на запросы состояния (DLE EOT)' });
    }
    this.setState(report.paperLow ? { state: 'ok', paper: 'low', detail: 'бумага заканчивается' } : { state: 'ok', ...(report.status === 'ok' ? { paper: 'ok' as const } : {}) });
  }

  private setState(s: PrinterState) {
    if (JSON.stringify(s) === JSON.stringify(this.state)) return;
    this.state = s;
    for (const fn of this.listeners) fn(s);
  }
}

export function createPrinter(config: PrinterConfig, usbFactory?: UsbDeviceFactory): TicketPrinter {
  let transport: PrinterTransport;
  switch (config.transport) {
    case 'network': transport = new NetworkTransport({ host: config.host, port: config.port }); break;
    case 'usb': transport = new UsbTransport({ vendorId: config.vendorId, productId: config.productId }, usbFactory); break;
    case 'serial': transport = new SerialTransport({ path: config.path }); break;
    case 'simulated': transport = new SimulatedTransport(); break;
  }
  return new TicketPrinter(transport, config);
}
