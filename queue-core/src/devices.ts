// The office's devices as the daemon uses them: the kiosk printer prints each issued ticket, a booth's
// call button acts as its specialist would in the panel, a booth's rating keypad rates the visit just
// finished there as its touch screen would, and every call is announced over the PA.
// Each is an adapter around the queue: it feeds commands in and carries events out, and a device that
// fails is reported, never fatal.
import { resultOf } from './journal/visit-results.js';
import {
  ButtonHub, SimulatedHid, createAnnouncer, createPrinter, nodeHidApi,
  type Announcer, type ButtonAction, type ButtonMapping, type ButtonStatus, type HidApi, type JobOutcome, type PrinterConfig, type TicketPrint, type TicketPrinter,
} from 'hardware';
import type { OfficeConfig } from './config/schema.js';
import { printerConfig } from './config/printer-settings.js';
import { minutesText } from './domain/duration-words.js';
import { queueError, type QueueError } from './domain/errors.js';
import { officeDateText } from './domain/office-time.js';
import type { Ticket } from './domain/types.js';
import { hallOfDirection, hasSeveralHalls, speakersForBooth } from './domain/halls.js';
import { goToHallText } from './domain/hall-words.js';
import type { DeviceStatus, Notice } from './protocol/messages.js';
import type { QueueService } from './server/queue-service.js';
import type { StoredEvent } from './store/queue-store.js';

/** The rating keypads of the booths that take ratings, as the button hub reads them. */
function keypadMappings(config: OfficeConfig): ButtonMapping<number>[] {
  if (!config.rating.enabled) return [];
  return config.rating.booths.flatMap((b) => (b.keypad ? [{ booth: b.booth, ...b.keypad }] : []));
}

export interface DevicesOptions {
  log?: (line: string) => void;
  /** For tests: a HID bus instead of node-hid. */
  hid?: HidApi;
  /** Where spoken pieces are cached; default `<data>/voice-cache`. */
  voiceCacheDir?: string;
  /** The ticket page's address for a ticket, printed as its QR code (server/ticket-page-server.ts). */
  ticketLink?: (ticket: Ticket) => string | null;
  /** The result of a ticket's visitor card, if it has one: a button finishes the visit with it. */
  cardResult?: (ticketId: string) => string | null;
}

/** What a button's finish records when the visit has no card and `finishResult` names none. */
const DEFAULT_BUTTON_RESULT = 'explained';

export class Devices {
  readonly simulatedHid: SimulatedHid | null;
  private notify: (notice: Notice, audience?: 'public' | 'staff') => void = () => {};
  /** Set by the daemon once the journal is up (see DevicesOptions.cardResult). */
  cardResult: (ticketId: string) => string | null = () => null;
  private warmed: Promise<unknown> = Promise.resolve();

  private constructor(
    private service: QueueService,
    readonly printer: TicketPrinter,
    readonly announcer: Announcer | null,
    readonly buttons: ButtonHub,
    /** The booths' rating keypads (rating.booths[].keypad): read like the call buttons, each key a score 1–5. */
    readonly ratingKeypads: ButtonHub<number>,
    simulatedHid: SimulatedHid | null,
    private log: (line: string) => void,
    private ticketLink: ((ticket: Ticket) => string | null) | undefined,
  ) {
    this.simulatedHid = simulatedHid;
  }

  static async start(service: QueueService, dataDir: string, o: DevicesOptions = {}): Promise<Devices> {
    const log = o.log ?? (() => {});
    const hw = service.config.hardware;
    const printer = createPrinter(printerConfig(service.config) as PrinterConfig);
    const announcer = hw.voice.enabled ? await createAnnouncer(hw.voice, dataDir, { log, ...(o.voiceCacheDir ? { cacheDir: o.voiceCacheDir } : {}) }) : null;

    let simulated: SimulatedHid | null = null;
    let hid: HidApi;
    if (o.hid) hid = o.hid;
    else if (hw.buttonBus === 'simulated') {
      simulated = new SimulatedHid();
      for (const b of hw.buttons) simulated.plug({ vendorId: b.vendorId, productId: b.productId, serialNumber: b.serialNumber, path: `sim:booth-${b.booth}` });
      for (const k of keypadMappings(service.config)) simulated.plug({ vendorId: k.vendorId, productId: k.productId, serialNumber: k.serialNumber, path: `sim:rating-${k.booth}` });
      hid = simulated;
    } else {
      hid = await nodeHidApi().catch((e: Error) => {
        log(`buttons: node-hid cannot load (${e.message}); buttons are unavailable`);
        return { devices: () => { throw new Error(`node-hid cannot load: ${e.message}`); }, open: () => { throw new Error('node-hid cannot load'); } };
      });
    }
    let devices: Devices | null = null;
    const hub = new ButtonHub(hw.buttons, hid, (booth, action) => void devices?.press(booth, action), { simulated: hw.buttonBus === 'simulated', log });
    const keypads = new ButtonHub<number>(keypadMappings(service.config), hid, (booth, score) => void devices?.rateByKey(booth, score), { simulated: hw.buttonBus === 'simulated', log, name: 'rating keypad' });
    devices = new Devices(service, printer, announcer, hub, keypads, simulated, log, o.ticketLink);
    if (o.cardResult) devices.cardResult = o.cardResult;
    devices.wire();
    hub.start();
    keypads.start();
    return devices;
  }

  /** Where notices go (the gateway); set once the gateway exists. */
  attach(notify: (notice: Notice, audience?: 'public' | 'staff') => void): void {
    this.notify = notify;
  }

  private wire() {
    const changed = () => this.notify({ kind: 'devices', devices: this.status() });
    this.printer.onState(changed);
    this.buttons.onStatus(changed);
    this.announcer?.onStatus(changed);
    this.service.onCommitted((events) => this.announceCalls(events));
    if (this.announcer) {
      const { config } = this.service;
      const started = Date.now();
      this.warmed = this.announcer
        .warm(config.directions.map((d) => d.prefix), config.booths.map((b) => b.number))
        .then((n) => this.log(`voice: ${n} spoken pieces ready in ${Date.now() - started} ms`), (e: Error) => this.log(`voice: could not prepare speech: ${e.message}`))
        .then(changed);
    }
  }

  /** Resolves when the speech pieces have been prepared (or failed to be). */
  ready(): Promise<unknown> {
    return this.warmed;
  }

  status(): DeviceStatus {
    return {
      printer: this.printer.state,
      voice: this.announcer ? this.announcer.status() : { state: 'off' },
      buttons: this.buttons.status().map((b: ButtonStatus) => ({ booth: b.booth, state: b.state })),
    };
  }

  /** Details for the health report, where an installer looks first. */
  health() {
    return {
      printer: { ...this.printer.state, transport: this.printer.transport.kind },
      voice: this.announcer ? this.announcer.status() : { state: 'off' },
      buttons: this.buttons.status(),
      ...(this.ratingKeypads.status().length > 0 ? { ratingKeypads: this.ratingKeypads.status() } : {}),
    };
  }

  private announceCalls(events: StoredEvent[]) {
    if (!this.announcer) return;
    for (const { event } of events) {
      if (event.type === 'ticket' && (event.action === 'called' || event.action === 'recalled') && event.ticket.booth !== null) {
        // On the speaker of the booth's hall (or every hall's): the citizen waits in that hall.
        void this.announcer.announce(event.ticket.label, event.ticket.booth, speakersForBooth(this.service.config, event.ticket.booth));
      }
      // A life situation's step finished: the citizen, still at the booth that finished it, is sent on.
      const from = event.type === 'ticket' && event.action === 'next-step' ? event.ticket.bundle?.fromBooth ?? null : null;
      if (event.type === 'ticket' && from !== null) {
        void this.announcer.announceNextStep(event.ticket.label, event.ticket.targetBooth, speakersForBooth(this.service.config, from));
      }
    }
  }

  /** Prints an issued ticket with what the citizen needs to know on it, every word in the office language. */
  async print(ticket: Ticket, issued: { ahead: number; waitMinutes: number; reprint?: boolean; large?: boolean }): Promise<JobOutcome> {
    const { config, state } = this.service;
    const lang = config.office.language;
    // A life situation's ticket names the situation the citizen chose and its steps, not the step it waits at.
    const direction = config.directions.find((d) => d.id === (ticket.bundle?.id ?? ticket.directionId));
    const nameOf = (id: string) => ((d) => (d ? d.name[lang] ?? d.name.ru : id))(config.directions.find((d) => d.id === id));
    const booking = ticket.bookingId ? state.bookings[ticket.bookingId] : undefined;
    const qrUrl = config.hardware.printer.qrUrl;
    const page = this.ticketLink?.(ticket) ?? null;
    const clock = officeDateText(ticket.issuedAt, this.service.zone);
    const paper: TicketPrint = {
      office: { name: config.office.name, address: config.office.address, phones: config.office.phones },
      label: ticket.label,
      language: lang,
      directionName: direction ? direction.name[lang] ?? direction.name.ru : ticket.directionId,
      steps: ticket.bundle ? ticket.bundle.steps.map((s) => ({ name: nameOf(s.direction), booth: s.booth })) : null,
      issuedDate: clock.date,
      issuedTime: clock.time,
      ahead: issued.ahead,
      waitMinutes: issued.waitMinutes,
      waitText: minutesText(issued.waitMinutes, lang),
      bookedTime: booking ? officeDateText(booking.at, this.service.zone).time : null,
      hallText: ((h) => (h ? goToHallText(h.name, lang) : null))(hasSeveralHalls(config) ? hallOfDirection(config, ticket.directionId) : undefined),
      priorityName: ((p) => (p ? p.name[lang] ?? p.name.ru : null))(config.priorities.find((p) => p.id === ticket.priority)),
      // The ticket page's own address when it is on (the config allows no qrUrl then), else the configured one.
      qr: page ?? (qrUrl ? qrUrl.replace('{ticket}', encodeURIComponent(ticket.label)) : null),
      qrIsTicketPage: page !== null,
      reprint: issued.reprint ?? false,
      large: issued.large ?? false,
    };
    const outcome = await this.printer.print(paper);
    // The demo's printer has no paper: its ticket is shown in the daemon's output, as the citizen would read it.
    if (this.printer.transport.kind === 'simulated') {
      const text = this.printer.printed.findLast((p) => p.label === ticket.label)?.text ?? '';
      this.log(`simulated printer: ticket ${ticket.label}\n${text.replace(/^/gm, '  | ')}`);
    }
    return outcome;
  }

  /**
   * The demo's way to try a booth's call button from the panel: the simulated button sends the report
   * its mapping names for the action, and from there on it is a press like any other. Real buttons
   * cannot be pressed from the network.
   */
  pressVirtual(booth: number, action: ButtonAction): QueueError | null {
    const bus = this.simulatedHid;
    if (!bus) return queueError('BUTTONS_NOT_SIMULATED', 'The call buttons are real hardware here; only simulated ones can be pressed remotely');
    const mapping = this.service.config.hardware.buttons.find((m) => m.booth === booth);
    const key = mapping && Object.entries(mapping.keys).find(([, a]) => a === action)?.[0];
    if (!key) return queueError('BAD_REQUEST', `action: booth ${booth}'s button has no key for ${action}`);
    const path = `sim:booth-${booth}`;
    try {
      if (key.startsWith('key:')) bus.tapKey(path, key.slice(4));
      else {
        const bytes = Buffer.from(key.replace(/\s+/g, ''), 'hex');
        bus.report(path, bytes);
        bus.report(path, Buffer.alloc(bytes.length));
      }
    } catch (e) {
      return queueError('BAD_REQUEST', `booth ${booth}'s button is not connected: ${(e as Error).message}`);
    }
    return null;
  }

  /** A button press does what the same action in the panel does, for the booth's specialist. */
  private async press(booth: number, action: ButtonAction) {
    const { config, state } = this.service;
    const b = state.booths[booth];
    const mapping = config.hardware.buttons.find((m) => m.booth === booth);
    // A visit with a visitor card finishes with the card's result; the button's own only stands in for none.
    const current = b?.ticketId ?? null;
    const result = (current && this.cardResult(current)) || resultOf(mapping?.finishResult) || DEFAULT_BUTTON_RESULT;
    const cmd = action === 'finish' ? { type: 'finish' as const, booth, result } : { type: action, booth };
    const outcome = await this.service.execute(cmd, { role: 'operator', staffId: b?.staffId ?? undefined, booth });
    this.notify({ kind: 'button', booth, action, ok: outcome.ok, ...(outcome.ok ? {} : { error: outcome.error }) }, 'staff');
    if (!outcome.ok) this.log(`buttons: booth ${booth} ${action}: ${outcome.error.code}`);
  }

  /**
   * A key of a booth's rating keypad rates the visit just finished there, as a face touched on its screen
   * would. Nothing shows on a keypad: a key pressed with no window open, or a second time, is only logged.
   */
  private async rateByKey(booth: number, score: number) {
    const outcome = await this.service.execute({ type: 'rate', booth, score }, { role: 'display', booth });
    if (!outcome.ok) this.log(`rating keypad: booth ${booth} score ${score}: ${outcome.error.code}`);
  }

  /** Stops the buttons, then waits for the speech being prepared and the calls being announced, so that
   * nothing writes into the data folder once the daemon has closed. */
  async close(): Promise<void> {
    this.buttons.stop();
    this.ratingKeypads.stop();
    this.printer.close();
    await this.warmed;
    await this.announcer?.idle();
  }
}
