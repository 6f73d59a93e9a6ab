// What the printer needs to know about a ticket, and how it reports trouble.

export interface TicketPrint {
  office: { name: string; address: string; phones: string[] };
  /** "Д105" */
  label: string;
  /** The chosen operation, in Russian as the paper is printed in Russian. */
  directionName: string;
  /** When it was issued, on the office's clock: "24.11.2026" and "09:07". */
  issuedDate: string;
  issuedTime: string;
  ahead: number;
  waitMinutes: number;
  /** Booked time ("09:20"), for a ticket issued against a booking. */
  bookedTime?: string | null;
  priorityName?: string | null;
  /** Printed as a QR code when the printer config asks for one (e.g. a status page URL). */
  qr?: string | null;
  /** "ПОВТОРНО" on a reprint. */
  reprint?: boolean;
}

export type PrinterFault = 'PAPER_OUT' | 'COVER_OPEN' | 'OFFLINE' | 'UNREACHABLE' | 'TIMEOUT' | 'FAILED';

export class PrinterError extends Error {
  constructor(readonly code: PrinterFault, message: string) {
    super(message);
    this.name = 'PrinterError';
  }
}

export const FAULT_TEXT: Record<PrinterFault, string> = {
  PAPER_OUT: 'в принтере закончилась бумага',
  COVER_OPEN: 'открыта крышка принтера',
  OFFLINE: 'принтер не готов (offline)',
  UNREACHABLE: 'принтер выключен или не подключён',
  TIMEOUT: 'принтер не отвечает',
  FAILED: 'ошибка печати',
};

export interface PrinterState {
  state: 'ok' | 'simulated' | 'failed' | 'unknown';
  detail?: string;
}

/** A way to get bytes to a printer. `status` asks the printer itself, where the link allows it. */
export interface PrinterTransport {
  readonly kind: 'network' | 'usb' | 'serial' | 'simulated';
  send(bytes: Buffer, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}
