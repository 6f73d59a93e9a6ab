// ESC/POS real-time status (DLE EOT n): one byte back per query, read even while the printer is busy.
import { PrinterError } from './types.js';

export const DLE_EOT = (n: 1 | 2 | 4) => Buffer.from([0x10, 0x04, n]);

/** Turns the answers to DLE EOT 1, 2 and 4 into the fault a person must fix, or null when ready. */
export function faultFromStatus(printer: number, offlineCause: number, paper: number): PrinterError | null {
  if ((paper & 0x60) === 0x60 || (offlineCause & 0x20) === 0x20) return new PrinterError('PAPER_OUT', 'paper has run out');
  if ((offlineCause & 0x04) === 0x04) return new PrinterError('COVER_OPEN', 'the cover is open');
  if ((printer & 0x08) === 0x08) return new PrinterError('OFFLINE', 'the printer is offline');
  return null;
}

/** DLE EOT 4, bits 2 and 3: the roll's near-end sensor sees the paper running low. */
export const paperNearEnd = (paper: number): boolean => (paper & 0x0c) === 0x0c;
