// A USB printer through escpos-usb. The adapter (and the native `usb` module under it) is loaded only
// when a USB printer is configured, so a machine without one starts without it. escpos-usb was written
// for `usb` 1.x: package.json pins it with npm overrides, as `usb` 2+ dropped the API it calls.
import { PrinterError, type PrinterTransport, type TransportReport } from './types.js';

export interface UsbDevice {
  open(callback: (err?: Error | null) => void): unknown;
  write(data: Buffer, callback: (err?: Error | null) => void): unknown;
  close(callback?: (err?: Error | null) => void): unknown;
}
export type UsbDeviceFactory = (vendorId?: number, productId?: number) => Promise<UsbDevice>;

export const escposUsbFactory: UsbDeviceFactory = async (vendorId, productId) => {
  const { default: USB } = await import('escpos-usb');
  return new USB(vendorId, productId);
};

export class UsbTransport implements PrinterTransport {
  readonly kind = 'usb' as const;
  constructor(private o: { vendorId?: number; productId?: number }, private factory: UsbDeviceFactory = escposUsbFactory) {}

  /** This link does not read the printer's status: a recheck sends ESC @, which prints nothing. */
  probe(timeoutMs: number): Promise<TransportReport> {
    return this.send(Buffer.from([0x1b, 0x40]), timeoutMs);
  }

  async send(bytes: Buffer, timeoutMs: number): Promise<TransportReport> {
    const work = (async () => {
      let device: UsbDevice;
      try {
        device = await this.factory(this.o.vendorId, this.o.productId);
      } catch (e) {
        throw new PrinterError('UNREACHABLE', `no USB printer found: ${(e as Error).message}`);
      }
      await new Promise<void>((resolve, reject) => device.open((err) => (err ? reject(new PrinterError('UNREACHABLE', `cannot open the USB printer: ${err.message}`)) : resolve())));
      try {
        await new Promise<void>((resolve, reject) => device.write(bytes, (err) => (err ? reject(new PrinterError('FAILED', `USB write failed: ${err.message}`)) : resolve())));
      } finally {
        device.close(() => {});
      }
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrinterError('TIMEOUT', `the USB printer did not take the ticket within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { status: 'unasked' };
  }

  async close(): Promise<void> {}
}

/** How many USB printers (interface class 7) are plugged in; throws when the USB library cannot load. */
export async function countUsbPrinters(): Promise<number> {
  const { default: USB } = await import('escpos-usb');
  return USB.findPrinter().length;
}
