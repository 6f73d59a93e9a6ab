// The slice of node-hid the buttons use, as an interface: the real module behind it in the office, a
// simulated one in the demo and the tests (no USB device exists there; everything around it is real).
import type { EventEmitter } from 'node:events';

export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string;
  serialNumber?: string;
  product?: string;
  manufacturer?: string;
}

/** An open device: emits 'data' with each input report and 'error' when it is unplugged. */
export interface HidDevice extends EventEmitter {
  close(): void;
}

export interface HidApi {
  devices(): HidDeviceInfo[];
  open(path: string): HidDevice;
}

/** node-hid, loaded when first needed so that a machine without hidraw/libusb still starts. */
export async function nodeHidApi(): Promise<HidApi> {
  const hid = (await import('node-hid')).default as unknown as {
    devices(): HidDeviceInfo[];
    HID: new (path: string) => HidDevice;
  };
  return {
    devices: () => hid.devices(),
    open: (path) => new hid.HID(path),
  };
}
