// Slows down guessing of PINs and integration tokens, with memory and work that do not grow with the
// attack. A wrong PIN counts against the staff id (whatever address it came from, so many addresses do
// not multiply the guesses at the head's PIN) and against the address; a wrong token counts against the
// address. Every table has a fixed capacity: when full, the entry touched longest ago goes (a lock still
// running is passed over, a few at most), so each attempt costs the same however many came before.
// Real staff ids have their own table, never filled by made-up ids. Time comes from the caller.

export interface LimitRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface LimiterOptions {
  /** Wrong PINs for one staff id, from any address. */
  staff: LimitRule;
  /** Wrong PINs and tokens from one address, whatever the staff id. */
  address: LimitRule;
  /** Wrong integration tokens from one address. */
  token: LimitRule;
  /** Entries per table. */
  capacity: number;
}

const MINUTES_5 = 5 * 60_000;
export const DEFAULT_LIMITS: LimiterOptions = {
  staff: { maxFailures: 5, windowMs: MINUTES_5, lockMs: MINUTES_5 },
  address: { maxFailures: 20, windowMs: MINUTES_5, lockMs: MINUTES_5 },
  token: { maxFailures: 5, windowMs: MINUTES_5, lockMs: MINUTES_5 },
  capacity: 4096,
};

/** A lock that is running: what the head of the service is told about. */
export interface Lockout {
  kind: 'staff' | 'address' | 'token';
  subject: string;
  since: number;
  until: number;
}

interface Entry {
  count: number;
  first: number;
  lockedUntil: number;
}

/** How many locks of made-up ids, addresses and tokens are kept for the head to see. */
const OTHER_LOCKS_SHOWN = 8;

/** How many of the oldest entries an insertion looks at for one that is not locked. */
const EVICTION_LOOK = 8;

/** Failures by key, at most `capacity` of them; insertion order is the order of last touch. */
class FailureTable {
  private entries = new Map<string, Entry>();
  constructor(private rule: LimitRule, private capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  lockedFor(key: string, now: number): number {
    const e = this.entries.get(key);
    return e && e.lockedUntil > now ? e.lockedUntil - now : 0;
  }

  /** Counts a failure; answers the lock's end when this failure started one. */
  fail(key: string, now: number): number | null {
    let e = this.entries.get(key);
    if (e) this.entries.delete(key);
    else this.makeRoom(now);
    if (!e || (now - e.first > this.rule.windowMs && e.lockedUntil <= now)) e = { count: 0, first: now, lockedUntil: 0 };
    e.count++;
    let started: number | null = null;
    if (e.count >= this.rule.maxFailures && e.lockedUntil <= now) started = e.lockedUntil = now + this.rule.lockMs;
    this.entries.set(key, e);
    return started;
  }

  clear(key: string): void {
    this.entries.delete(key);
  }

  private makeRoom(now: number) {
    if (this.entries.size < this.capacity) return;
    let looked = 0;
    let oldest: string | undefined;
    for (const [k, e] of this.entries) {
      oldest ??= k;
      if (e.lockedUntil <= now) return void this.entries.delete(k);
      if (++looked >= EVICTION_LOOK) break;
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}

export class LoginLimiter {
  private readonly options: LimiterOptions;
  private knownStaff: FailureTable;
  private otherStaff: FailureTable;
  private addresses: FailureTable;
  private tokens: FailureTable;
  /** Locks running now, for the head's alerts: those of real staff ids, and the latest few of the rest. */
  private staffLocks = new Map<string, Lockout>();
  private otherLocks = new Map<string, Lockout>();

  constructor(options: Partial<LimiterOptions> = {}) {
    this.options = { ...DEFAULT_LIMITS, ...options };
    const { capacity } = this.options;
    this.knownStaff = new FailureTable(this.options.staff, capacity);
    this.otherStaff = new FailureTable(this.options.staff, capacity);
    this.addresses = new FailureTable(this.options.address, capacity);
    this.tokens = new FailureTable(this.options.token, capacity);
  }

  /** Entries held in all tables: bounded by four times the capacity, whatever the attack. */
  get size(): number {
    return this.knownStaff.size + this.otherStaff.size + this.addresses.size + this.tokens.size + this.staffLocks.size + this.otherLocks.size;
  }

  /** Milliseconds until a PIN may be tried for this staff id from this address, or 0. */
  pinLockedFor(address: string, staffId: string, known: boolean, now: number): number {
    return Math.max(this.addresses.lockedFor(address, now), (known ? this.knownStaff : this.otherStaff).lockedFor(staffId, now));
  }

  /** Milliseconds until a token may be tried from this address, or 0. */
  tokenLockedFor(address: string, now: number): number {
    return Math.max(this.addresses.lockedFor(address, now), this.tokens.lockedFor(address, now));
  }

  /** A wrong PIN; answers the locks it started (empty when none). */
  pinFailed(address: string, staffId: string, known: boolean, now: number): Lockout[] {
    const started: Lockout[] = [];
    this.note(started, 'staff', staffId, (known ? this.knownStaff : this.otherStaff).fail(staffId, now), now, known);
    this.note(started, 'address', address, this.addresses.fail(address, now), now);
    return started;
  }

  /** A wrong integration token; answers the locks it started. */
  tokenFailed(address: string, now: number): Lockout[] {
    const started: Lockout[] = [];
    this.note(started, 'token', address, this.tokens.fail(address, now), now);
    this.note(started, 'address', address, this.addresses.fail(address, now), now);
    return started;
  }

  /** The right PIN ends the count for the staff id (the address keeps its count: others may guess from it). */
  pinSucceeded(staffId: string, known: boolean): void {
    (known ? this.knownStaff : this.otherStaff).clear(staffId);
  }

  /**
   * The locks running now: every real staff member's, and the latest few of made-up ids, addresses and
   * tokens (an attack with ever-new ids shows as some of them, not as thousands of alerts).
   */
  lockouts(now: number): { staff: Lockout[]; others: Lockout[] } {
    for (const table of [this.staffLocks, this.otherLocks]) for (const [k, l] of table) if (l.until <= now) table.delete(k);
    return { staff: [...this.staffLocks.values()], others: [...this.otherLocks.values()] };
  }

  private note(started: Lockout[], kind: Lockout['kind'], subject: string, until: number | null, now: number, known = false) {
    if (until === null) return;
    const lock: Lockout = { kind, subject, since: now, until };
    const key = `${kind}:${subject}`;
    const table = known ? this.staffLocks : this.otherLocks;
    table.delete(key);
    if (!known && table.size >= OTHER_LOCKS_SHOWN) table.delete(table.keys().next().value!);
    table.set(key, lock);
    started.push(lock);
  }
}
