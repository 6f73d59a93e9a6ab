// A serial (RS-232 or USB-serial) printer, written through its device file. The line speed is set by the
// udev rule shipped in systemd/ (or `stty -F /dev/ttyUSB0 9600 raw`), so no native serial module is needed.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { PrinterError, type PrinterTransport, type TransportReport } from './types.js';

export class SerialTransport implements PrinterTransport {
  readonly kind = 'serial' as const;
  constructor(private o: { path: string }) {}

  /** This link does not read the printer's status: a recheck sends ESC @, which prints nothing. */
  probe(timeoutMs: number): Promise<TransportReport> {
    return this.send(Buffer.from([0x1b, 0x40]), timeoutMs);
  }

  async send(bytes: Buffer, timeoutMs: number): Promise<TransportReport> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrinterError('TIMEOUT', `${this.o.path} did not take the ticket within ${timeoutMs} ms`)), timeoutMs);
    });
    const work = (async () => {
      let fh;
      try {
        // No O_CREAT: an unplugged device must fail, not turn into a plain file.
        fh = await open(this.o.path, constants.O_WRONLY | constants.O_NOCTTY);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new PrinterError('UNREACHABLE', `${this.o.path}: ${code === 'ENOENT' ? 'no such device (unplugged?)' : code === 'EACCES' ? 'permission denied (udev rule?)' : (e as Error).message}`);
      }
      try {
        await fh.write(bytes);
      } catch (e) {
        throw new PrinterError('FAILED', `${this.o.path}: ${(e as Error).message}`);
      } finally {
        await fh.close().catch(() => {});
      }
    })();
    try {
      await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { status: 'unasked' };
  }

  async close(): Promise<void> {}
}
