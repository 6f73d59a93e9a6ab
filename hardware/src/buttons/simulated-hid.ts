// A HID bus with virtual buttons, for the demo and the tests: a button can be pressed (it sends the
// report bytes a real one would), unplugged and plugged back.
import { EventEmitter } from 'node:events';
import type { HidApi, HidDevice, HidDeviceInfo } from './hid-api.js';
import { KEY_USAGE } from './keyboard-usage.js';

class VirtualDevice extends EventEmitter implements HidDevice {
  closed = false;
  close() {
    this.closed = true;
  }
}

export class SimulatedHid implements HidApi {
  private plugged = new Map<string, HidDeviceInfo>();
  private open_ = new Map<string, VirtualDevice>();
  /** Set to make the next open() fail, as a missing udev rule would. */
  denyOpen: string | null = null;

  plug(info: HidDeviceInfo & { path: string }): void {
    this.plugged.set(info.path, info);
  }

  unplug(path: string): void {
    this.plugged.delete(path);
    const d = this.open_.get(path);
    this.open_.delete(path);
    d?.emit('error', new Error('could not read from HID device'));
  }

  devices(): HidDeviceInfo[] {
    return [...this.plugged.values()];
  }

  open(path: string): HidDevice {
    if (this.denyOpen) throw new Error(this.denyOpen);
    if (!this.plugged.has(path)) throw new Error(`cannot open device with path ${path}`);
    const d = new VirtualDevice();
    this.open_.set(path, d);
    return d;
  }

  /** Sends raw report bytes from the device at `path`. */
  report(path: string, bytes: number[] | Buffer): void {
    const d = this.open_.get(path);
    if (!d || d.closed) throw new Error(`device ${path} is not open`);
    d.emit('data', Buffer.from(bytes));
  }

  /** A keyboard-type button: key down report, then the release report. */
  tapKey(path: string, key: string): void {
    const usage = KEY_USAGE[key.toUpperCase()];
    if (usage === undefined) throw new Error(`unknown key ${key}`);
    this.report(path, [0, 0, usage, 0, 0, 0, 0, 0]);
    this.report(path, [0, 0, 0, 0, 0, 0, 0, 0]);
  }
}
