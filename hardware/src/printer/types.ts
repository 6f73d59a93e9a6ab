// What the printer needs to know about a ticket, and how it reports trouble.

export interface TicketPrint {
  office: { name: string; address: string; phones: string[] };
  /** "Д105" */
  label: string;
  /** The language of every printed word (the office language); default Russian. */
  language?: 'ru' | 'uk' | 'en';
  /** The chosen operation, in the office language: for a life situation, the situation ("Рождение ребёнка"). */
  directionName: string;
  /** A life situation's steps in order, each its direction's name in the office language and its booth if it has one. */
  steps?: { name: string; booth: number | null }[] | null;
  /** When it was issued, on the office's clock: "24.11.2026" and "09:07". */
  issuedDate: string;
  issuedTime: string;
  ahead: number;
  waitMinutes: number;
  /** The wait in words, as the kiosk shows it ("3 ч"); default "<waitMinutes> мин". */
  waitText?: string;
  /** Booked time ("09:20"), for a ticket issued against a booking. */
  bookedTime?: string | null;
  priorityName?: string | null;
  /** Where to go, in the office language ("Пройдите в зал 2"), when the office has more than one hall. */
  hallText?: string | null;
  /** Printed as a QR code when the printer config asks for one (e.g. a status page URL). */
  qr?: string | null;
  /** The QR code opens the ticket's page on the phone: a line under it says so. */
  qrIsTicketPage?: boolean;
  /** "ПОВТОРНО" on a reprint. */
  reprint?: boolean;
  /** For a visitor who cannot see well (the kiosk's accessible mode): the number in quadruple size, the
   * service, the people ahead and the wait in double size. */
  large?: boolean;
  /** A sample from `npm run doctor`: marked as such, not a ticket anyone queues with. */
  sample?: boolean;
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
  /** "unknown": not printed to yet, or a printer that never answers status queries (see `blind`). */
  state: 'ok' | 'simulated' | 'failed' | 'unknown';
  detail?: string;
  /** The paper roll's near-end sensor (DLE EOT 4): "low" before the roll runs out. */
  paper?: 'ok' | 'low';
  /** The printer takes jobs but never answers DLE EOT: paper-out and cover-open cannot be seen. */
  blind?: boolean;
}

/** What a transport learnt of the printer while it sent a job or asked after it. */
export interface TransportReport {
  /** "unknown": asked, no answer (a one-way print server); "unasked": this link does not ask. */
  status: 'ok' | 'unknown' | 'unasked';
  paperLow?: boolean;
}

/** A way to get bytes to a printer. `status` asks the printer itself, where the link allows it. */
export interface PrinterTransport {
  readonly kind: 'network' | 'usb' | 'serial' | 'simulated';
  send(bytes: Buffer, timeoutMs: number): Promise<TransportReport>;
  /** Asks after the printer without printing; rejects with a PrinterError while it is down. */
  probe(timeoutMs: number): Promise<TransportReport>;
  close(): Promise<void>;
}
