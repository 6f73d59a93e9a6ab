// The daemon's clock as a screen sees it. Screens show office time from the daemon, never their own: a
// Raspberry Pi without network time, or a TV whose clock was set by hand, may be hours wrong, and its
// clock may jump while the page is open. So the estimate is kept against the page's monotonic clock
// (performance.now), which a wall-clock jump does not move, and is corrected by ping round trips, NTP's
// way: each answer says the daemon's time, taken to be the middle of the round trip; of the last few
// answers the one with the shortest round trip is trusted most. A daemon whose clock was stepped (NTP on
// the Pi, a test moving it) disagrees with every earlier answer beyond their error bars: they are dropped.
// No timers and no I/O here; the controller feeds it.

export interface ClockSample {
  /** The daemon's time minus the monotonic clock, at the sample. */
  offset: number;
  /** The round trip it was measured over; half of it bounds the error. Infinity for a snapshot's `now`. */
  rtt: number;
}

/** How far two samples may disagree beyond their round trips before the daemon's clock counts as stepped. */
const STEP_MS = 100;

const monotonic = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

export class DaemonClock {
  private samples: ClockSample[] = [];

  constructor(private readonly mono: () => number = monotonic, private readonly keep = 8) {}

  /** The daemon's time now; the screen's own clock until the daemon has said anything. */
  now(): number {
    const best = this.best();
    return best ? this.mono() + best.offset : Date.now();
  }

  /** The monotonic reading to pass back to `ping` as `sentAt`. */
  stamp(): number {
    return this.mono();
  }

  /**
   * A ping sent at `sentAt` (a `stamp()`) was answered now with the daemon's time. Returns how far the
   * estimate moved, in ms, so that a screen redraws when its clock face would change.
   */
  ping(sentAt: number, daemonNow: number): number {
    const receivedAt = this.mono();
    const rtt = Math.max(0, receivedAt - sentAt);
    return this.add({ offset: daemonNow - (sentAt + rtt / 2), rtt });
  }

  /** A coarse reading (a snapshot's `now`): used only until the first ping is answered. */
  seed(daemonNow: number): number {
    if (this.samples.some((s) => Number.isFinite(s.rtt))) return 0;
    this.samples = [];
    return this.add({ offset: daemonNow - this.mono(), rtt: Infinity });
  }

  private add(sample: ClockSample): number {
    const before = this.best();
    const stepped = before && Number.isFinite(sample.rtt) && Number.isFinite(before.rtt)
      && Math.abs(sample.offset - before.offset) > (sample.rtt + before.rtt) / 2 + STEP_MS;
    this.samples = stepped ? [sample] : [...this.samples.filter((s) => Number.isFinite(s.rtt)), sample].slice(-this.keep);
    const after = this.best()!;
    return before ? Math.abs(after.offset - before.offset) : Infinity;
  }

  private best(): ClockSample | undefined {
    let best: ClockSample | undefined;
    for (const s of this.samples) if (!best || s.rtt <= best.rtt) best = s;
    return best;
  }
}
