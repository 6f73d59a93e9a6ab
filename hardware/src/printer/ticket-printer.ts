// The kiosk's printer as the daemon sees it: one job at a time, each with a time-out, a state that the
// health report and the supervisor see, and errors that say what a person must do.
import { renderTicket, renderTicketText, type LayoutOptions } from './ticket-layout.js';
import { NetworkTransport } from './network-transport.js';
import { SerialTransport } from './serial-transport.js';
import { SimulatedTransport } from './simulated-transport.js';
import { UsbTransport, type UsbDeviceFactory } from './usb-transport.js';
import { FAULT_TEXT, PrinterError, type PrinterState, type PrinterTransport, type TicketPrint } from './types.js';

export type PrinterConfig = LayoutOptions & { timeoutMs: number } & (
  | { transport: 'simulated' }
  | { transport: 'network'; host: string; port: number }
  | { transport: 'usb'; vendorId?: number; productId?: number }
  | { transport: 'serial'; path: string }
);

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
  private listeners = new Set<(s: PrinterState) => void>();

  constructor(readonly transport: PrinterTransport, private config: PrinterConfig) {
    this.state = transport.kind === 'simulated' ? { state: 'simulated' } : { state: 'unknown' };
  }

  onState(fn: (s: PrinterState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Prints one ticket after the jobs before it; rejects with a PrinterError. */
  print(ticket: TicketPrint): Promise<void> {
    const bytes = renderTicket(ticket, this.config);
    const text = renderTicketText(ticket, this.config.widthChars);
    return this.job(ticket.label, bytes, text);
  }

  printRaw(label: string, bytes: Buffer): Promise<void> {
    return this.job(label, bytes, '');
  }

  private job(label: string, bytes: Buffer, text: string): Promise<void> {
    const run = this.tail.then(async () => {
      try {
        await this.transport.send(bytes, this.config.timeoutMs);
      } catch (e) {
        const err = e instanceof PrinterError ? e : new PrinterError('FAILED', (e as Error).message);
        this.setState({ state: 'failed', detail: `${FAULT_TEXT[err.code]} (${err.message})` });
        throw err;
      }
      this.printed.push({ label, bytes, text });
      if (this.printed.length > 50) this.printed.shift();
      this.setState(this.transport.kind === 'simulated' ? { state: 'simulated' } : { state: 'ok' });
    });
    this.tail = run.catch(() => {});
    return run;
  }

  private setState(s: PrinterState) {
    if (s.state === this.state.state && s.detail === this.state.detail) return;
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
