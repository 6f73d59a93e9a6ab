// The one piece of screen logic every app shares: a Lit reactive controller that owns the connection to
// the daemon (the protocol client), the daemon's clock (kept by pings, see daemon-clock.ts) and the tick.
// Every change from the daemon redraws its element at once; the tick only moves clock faces, ages and
// highlights, and falls on the office clock's whole second (or minute), so a clock face turns over when
// the daemon's does. Elements below the one that owns the controller follow its client with
// `ClientRedraw`. The interfaces are Lit's, written out so that queue-core does not depend on Lit.
import type { QueueClient, ClientOptions } from '../protocol/client.js';
import { DaemonClock } from './daemon-clock.js';
import { connect } from './connect.js';

/** Lit's ReactiveController. */
export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}
/** Lit's ReactiveControllerHost (every LitElement is one). */
export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

export interface QueueControllerOptions {
  /** Opens the connection at once with this hello; without it, `open()` does later (a panel's sign-in). */
  hello?: ClientOptions['hello'];
  /** The tick: 1000 redraws on each second of office time, 60 000 on each minute, null never. */
  tickMs?: number | null;
  /** How often the daemon's clock is asked; null: never (a screen that shows no time). */
  pingMs?: number | null;
  /** Passed to the protocol client (tests shorten the retry delays). */
  client?: Partial<ClientOptions>;
}

const PING_MS = 20_000;
/** A second ping soon after connecting: the first answer, queued behind the snapshot, is often slow. */
const SECOND_PING_MS = 2_000;
/** A clock correction smaller than this waits for the next tick. */
const REDRAW_ON_CORRECTION_MS = 100;

export class QueueController implements ReactiveController {
  client: QueueClient | null = null;
  readonly clock = new DaemonClock();
  private readonly tickMs: number | null;
  private readonly pingMs: number | null;
  private connected = false;
  private tickTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimers: ReturnType<typeof setTimeout>[] = [];
  private unsubscribe: (() => void)[] = [];
  private snapshotNow: number | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: QueueControllerOptions = {}) {
    this.tickMs = options.tickMs === undefined ? 1000 : options.tickMs;
    this.pingMs = options.pingMs === undefined ? PING_MS : options.pingMs;
    host.addController(this);
    if (options.hello) this.open(options.hello);
  }

  /** The daemon's time now, in epoch ms. */
  now(): number {
    return this.clock.now();
  }

  /** Opens a connection with this hello, closing the one before. */
  open(hello: ClientOptions['hello']): QueueClient {
    this.close();
    const client = connect(hello, this.options.client);
    this.client = client;
    this.unsubscribe = [
      client.onChange((c) => {
        // A snapshot's `now` sets the clock only until a ping has been answered; updates carry none.
        if (c.view && c.view.now !== this.snapshotNow) {
          this.snapshotNow = c.view.now;
          this.clock.seed(c.view.now);
        }
        this.host.requestUpdate();
      }),
      client.onStatus((s) => {
        if (s === 'online') this.startPings();
        else this.stopPings();
      }),
    ];
    return client;
  }

  /** Closes the connection (sign-out); the element keeps its clock. */
  close(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.stopPings();
    this.client?.close();
    this.client = null;
    this.snapshotNow = null;
  }

  hostConnected(): void {
    this.connected = true;
    this.scheduleTick();
    if (this.client?.status === 'online') this.startPings();
    globalThis.document?.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    this.stopPings();
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
  }

  /** A screen woken from sleep asks at once: its monotonic clock may have stood still meanwhile. */
  private onVisible = () => {
    if (globalThis.document?.visibilityState === 'visible') void this.ping();
  };

  private scheduleTick() {
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    const every = this.tickMs;
    if (!this.connected || every === null) return;
    // To the next whole second (minute) of the daemon's clock, a little after it so the face has turned.
    const delay = every - (((this.now() % every) + every) % every) + 5;
    this.tickTimer = setTimeout(() => {
      this.host.requestUpdate();
      this.scheduleTick();
    }, delay);
  }

  private startPings() {
    this.stopPings();
    if (!this.connected || this.pingMs === null) return;
    void this.ping();
    this.pingTimers = [setTimeout(() => void this.ping(), SECOND_PING_MS), setInterval(() => void this.ping(), this.pingMs)];
  }

  private stopPings() {
    for (const t of this.pingTimers) clearTimeout(t);
    this.pingTimers = [];
  }

  private async ping() {
    const client = this.client;
    if (!client || client.status !== 'online' || this.pingMs === null) return;
    const sentAt = this.clock.stamp();
    let daemonNow: number;
    try {
      daemonNow = (await client.request('ping', {})).now;
    } catch {
      return; // a lost connection pings again when it is back
    }
    if (client !== this.client) return;
    if (this.clock.ping(sentAt, daemonNow) >= REDRAW_ON_CORRECTION_MS) {
      this.host.requestUpdate();
      this.scheduleTick();
    }
  }
}

/**
 * For an element handed a client by the element that owns the QueueController (the panel's views):
 * redraws it at once on every change of that client, instead of waiting for its parent's tick.
 */
export class ClientRedraw implements ReactiveController {
  private followed: QueueClient | null = null;
  private off: (() => void) | null = null;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly source: () => QueueClient | null | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.off?.();
    this.off = null;
    this.followed = null;
  }

  private follow() {
    const client = this.connected ? this.source() ?? null : null;
    if (client === this.followed) return;
    this.off?.();
    this.followed = client;
    this.off = client ? client.onChange(() => this.host.requestUpdate()) : null;
  }
}
