// Keeps each booth's call button connected: finds it by vendor/product id (and serial or path when two
// alike are plugged in), opens it, and when it is unplugged keeps looking for it, so that a button
// plugged back works again without a restart. A missing button is reported, never fatal.
import type { HidApi, HidDevice, HidDeviceInfo } from './hid-api.js';
import { ReportDecoder, type ButtonAction } from './report-decoder.js';

/** A device and what its keys mean (`A`: a call button's action, or a rating keypad's score). */
export interface ButtonMapping<A = ButtonAction> {
  booth: number;
  vendorId: number;
  productId: number;
  serialNumber?: string;
  path?: string;
  keys: Record<string, A>;
}

export interface ButtonStatus {
  booth: number;
  state: 'connected' | 'missing' | 'simulated';
  detail?: string;
}

export interface HubOptions {
  pollMs?: number;
  simulated?: boolean;
  log?: (line: string) => void;
  /** What the devices are called in the log: "buttons" (the default), "rating keypad". */
  name?: string;
}

interface Slot<A> {
  mapping: ButtonMapping<A>;
  device: HidDevice | null;
  path: string | null;
  decoder: ReportDecoder<A>;
  status: ButtonStatus;
}

const hex = (n: number) => n.toString(16).padStart(4, '0');

export class ButtonHub<A = ButtonAction> {
  private slots: Slot<A>[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private statusListeners = new Set<(s: ButtonStatus[]) => void>();
  private enumerateFailed = false;

  constructor(mappings: ButtonMapping<A>[], private api: HidApi, private onPress: (booth: number, action: A) => void, private o: HubOptions = {}) {
    this.slots = mappings.map((mapping) => ({ mapping, device: null, path: null, decoder: new ReportDecoder<A>(mapping.keys, (line) => this.o.log?.(`${this.name}: booth ${mapping.booth}: ${line}`)), status: { booth: mapping.booth, state: 'missing', detail: 'not found yet' } }));
  }

  private get name(): string {
    return this.o.name ?? 'buttons';
  }

  start(): this {
    this.poll();
    this.timer = setInterval(() => this.poll(), this.o.pollMs ?? 2000);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    for (const slot of this.slots) this.disconnect(slot, 'stopped', false);
  }

  status(): ButtonStatus[] {
    return this.slots.map((s) => s.status);
  }

  onStatus(fn: (s: ButtonStatus[]) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Looks for every button that is not connected. Called on a timer; safe to call any time. */
  poll(): void {
    const waiting = this.slots.filter((s) => !s.device);
    if (waiting.length === 0) return;
    let list: HidDeviceInfo[];
    try {
      list = this.api.devices();
      this.enumerateFailed = false;
    } catch (e) {
      if (!this.enumerateFailed) this.o.log?.(`${this.name}: cannot list HID devices: ${(e as Error).message}`);
      this.enumerateFailed = true;
      for (const slot of waiting) this.setStatus(slot, { booth: slot.mapping.booth, state: 'missing', detail: `cannot list HID devices: ${(e as Error).message}` });
      return;
    }
    const taken = new Set(this.slots.map((s) => s.path).filter(Boolean));
    for (const slot of waiting) {
      const m = slot.mapping;
      const found = list.find((d) => d.vendorId === m.vendorId && d.productId === m.productId && d.path && !taken.has(d.path)
        && (m.serialNumber === undefined || d.serialNumber === m.serialNumber) && (m.path === undefined || d.path === m.path));
      if (!found) {
        this.setStatus(slot, { booth: m.booth, state: 'missing', detail: `no device ${hex(m.vendorId)}:${hex(m.productId)}${m.serialNumber ? ` serial ${m.serialNumber}` : ''} is plugged in` });
        continue;
      }
      try {
        this.connect(slot, found.path!, this.api.open(found.path!));
        taken.add(found.path!);
      } catch (e) {
        const msg = (e as Error).message;
        const hint = /permission|EACCES|could not open/i.test(msg) ? ' — install the udev rule from systemd/ and re-plug the button' : '';
        this.setStatus(slot, { booth: m.booth, state: 'missing', detail: `cannot open ${found.path}: ${msg}${hint}` });
      }
    }
  }

  private connect(slot: Slot<A>, path: string, device: HidDevice) {
    slot.device = device;
    slot.path = path;
    device.on('data', (report: Buffer) => {
      for (const action of slot.decoder.decode(report)) this.onPress(slot.mapping.booth, action);
    });
    device.on('error', (e: Error) => this.disconnect(slot, `unplugged or failed: ${e.message}`, true));
    this.setStatus(slot, { booth: slot.mapping.booth, state: this.o.simulated ? 'simulated' : 'connected', detail: path });
    this.o.log?.(`${this.name}: booth ${slot.mapping.booth} ${this.o.name ? 'device' : 'button'} connected (${path})`);
  }

  private disconnect(slot: Slot<A>, why: string, report: boolean) {
    const device = slot.device;
    if (!device) return;
    slot.device = null;
    slot.path = null;
    device.removeAllListeners('data');
    try {
      device.close();
    } catch {
      /* already gone */
    }
    if (report) {
      this.o.log?.(`${this.name}: booth ${slot.mapping.booth} ${this.o.name ? 'device' : 'button'} ${why}`);
      this.setStatus(slot, { booth: slot.mapping.booth, state: 'missing', detail: why });
    }
  }

  private setStatus(slot: Slot<A>, status: ButtonStatus) {
    if (slot.status.state === status.state && slot.status.detail === status.detail) return;
    slot.status = status;
    const all = this.status();
    for (const fn of this.statusListeners) fn(all);
  }
}
