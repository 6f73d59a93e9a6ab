// The one place where commands meet the world: each command is decided by the pure rules against the
// current state, committed to the store, and only then applied and announced to listeners. Commands run
// one at a time, so the state in memory is always exactly what the database holds.
import { decide, initialState, officeDay, summarize, ZoneBook, type Actor, type Command, type QueueEvent, type QueueState, type Reply, type TimeZone } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { bodyHash } from './request-hash.js';
import type { OfficeConfig } from '../config/schema.js';
import { StoreError, type EarlierRequest, type QueueStore, type StoredEvent } from '../store/queue-store.js';
import { randomInt } from 'node:crypto';

/** Booking codes come from here: a generator whose next value cannot be told from the last ones. */
const secureRandom = () => randomInt(2 ** 47) / 2 ** 47;

export type Outcome = { ok: true; reply: Reply; events: StoredEvent[]; repeated?: boolean } | { ok: false; error: QueueError };
export type CommittedListener = (events: StoredEvent[]) => void;

/** A clock stepped back by more than this is reported; smaller steps are NTP's ordinary corrections. */
export const CLOCK_STEP_MS = 60_000;

export interface ServiceOptions {
  now?: () => number;
  /** A clock that only moves forward (by default the process's); it carries the time on while the system clock is behind. */
  monotonic?: () => number;
  random?: () => number;
  log?: (line: string) => void;
  /** Where the office's time zone is read (the daemon's, from the system's database); by default Intl. */
  zones?: ZoneBook;
}

export class QueueService {
  private tail: Promise<unknown> = Promise.resolve();
  private listeners = new Set<CommittedListener>();
  readonly now: () => number;
  readonly zones: ZoneBook;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  /** The latest time the daemon has seen (its clock's or a stored event's): a clock behind it went backwards. */
  private latest = -Infinity;
  /** While the system clock is behind: the time it stepped back from, and the monotonic reading then. */
  private step: { from: number; mono: number } | null = null;
  private readonly monotonic: () => number;

  private constructor(readonly store: QueueStore, public config: OfficeConfig, public state: QueueState, options: ServiceOptions) {
    this.now = options.now ?? Date.now;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.zones = options.zones ?? new ZoneBook();
    store.timeZone = this.zones.zone(config.office.timezone);
    this.random = options.random ?? secureRandom;
    this.log = options.log ?? (() => {});
  }

  static async start(store: QueueStore, config: OfficeConfig, options: ServiceOptions = {}): Promise<QueueService> {
    const now = (options.now ?? Date.now)();
    const zones = options.zones ?? new ZoneBook();
    const base = initialState(config, officeDay(now, zones.zone(config.office.timezone)));
    const service = new QueueService(store, config, store.load(base), { ...options, zones });
    service.latest = store.lastEventAt() ?? -Infinity;
    service.clock();
    // A daemon that was off overnight closes yesterday first.
    await service.execute({ type: 'rollDay' }, { role: 'system' });
    return service;
  }

  /**
   * The time now, for a decision. It never goes backwards: when the system clock steps back past the latest
   * time seen (a Pi that booted with its last saved time before NTP answered, an operator stepping the
   * clock), decisions go on from that latest time, moved on by the time that really passed (the monotonic
   * clock), until the system clock catches up. The step is logged, and logged again once the clock has
   * caught up; the alert service shows it to the head (see `clockBehindMs`). Small corrections (under
   * `CLOCK_STEP_MS`) only hold the time still for a moment.
   */
  clock(): number {
    const now = this.now();
    if (this.step) {
      const carried = this.step.from + (this.monotonic() - this.step.mono);
      if (now >= carried - CLOCK_STEP_MS) {
        this.step = null;
        this.log(`clock: the system clock has caught up (${new Date(now).toISOString()})`);
      } else {
        this.latest = Math.max(this.latest, carried);
        return this.latest;
      }
    }
    const behind = this.latest - now;
    if (behind > CLOCK_STEP_MS) {
      this.step = { from: this.latest, mono: this.monotonic() };
      this.log(`clock: the system clock is ${Math.round(behind / 60_000)} min behind the latest time seen (it reads ${new Date(now).toISOString()}, the daemon saw ${new Date(this.latest).toISOString()}): it went backwards; the office day stays ${this.state.day}, numbering continues and the queue keeps its own time until the clock catches up`);
      return this.latest;
    }
    this.latest = Math.max(this.latest, now);
    return this.latest;
  }

  /** How far the system clock is behind the queue's own time, when that is more than an ordinary correction; else 0. */
  clockBehindMs(): number {
    const now = this.now();
    const own = this.step ? this.step.from + (this.monotonic() - this.step.mono) : this.latest;
    const behind = own - now;
    return behind > CLOCK_STEP_MS ? behind : 0;
  }

  /** The office's time zone under the current configuration. */
  get zone(): TimeZone {
    return this.zones.zone(this.config.office.timezone);
  }

  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a command behind the ones before it; resolves once it is committed (or refused). With a key,
   * a command already done under that key is not done again: the first reply is returned.
   */
  execute(cmd: Command, actor: Actor, key?: string): Promise<Outcome> {
    const run = this.tail.then(() => this.run(cmd, actor, key));
    this.tail = run.catch(() => {});
    return run;
  }

  private async run(cmd: Command, actor: Actor, key?: string): Promise<Outcome> {
    // The command stands for the request's body: the same request always makes the same command.
    const hash = key ? bodyHash(cmd) : undefined;
    if (key) {
      let earlier: EarlierRequest | undefined;
      try {
        earlier = this.store.findRequest(key);
      } catch {
        earlier = undefined; // an unreadable key is treated as new; the commit below then says whether it can be stored
      }
      if (earlier !== undefined && earlier.bodyHash !== null && earlier.bodyHash !== hash) {
        return { ok: false, error: queueError('KEY_REUSED', `The key ${key.split(':').pop()} was already used for another request; a retry must repeat the request unchanged, a new request needs a new key`) };
      }
      if (earlier !== undefined) return { ok: true, reply: earlier.reply as Reply, events: [], repeated: true };
    }
    const decision = decide(this.state, cmd, { now: this.clock(), config: this.config, actor, random: this.random, zone: this.zone });
    if (!decision.ok) return decision;
    let stored: StoredEvent[];
    try {
      stored = this.store.commit(this.state, decision.state, decision.events, key ? { key, reply: decision.reply, bodyHash: hash } : undefined);
    } catch (e) {
      this.log(`storage failed for ${cmd.type}: ${(e as Error).message}`);
      return { ok: false, error: { code: 'STORAGE_FAILED', message: e instanceof StoreError ? e.message : 'could not save the change' } };
    }
    this.state = decision.state;
    this.notify(stored);
    return { ok: true, reply: decision.reply, events: stored };
  }

  private notify(stored: StoredEvent[]) {
    if (stored.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(stored);
      } catch (e) {
        this.log(`a listener failed: ${(e as Error).stack ?? e}`);
      }
    }
  }

  /**
   * Commits events that no command decides (the daemon's own alerts), in turn with the commands: `decide`
   * sees the state as it stands then, and returns the events or a refusal.
   */
  record<T>(decideEvents: (state: QueueState) => { events: QueueEvent[]; value: T } | QueueError): Promise<{ ok: true; value: T; events: StoredEvent[] } | { ok: false; error: QueueError }> {
    const run = this.tail.then(async () => {
      const decided = decideEvents(this.state);
      if ('code' in decided) return { ok: false as const, error: decided };
      let stored: StoredEvent[];
      try {
        stored = await this.store.commit(this.state, this.state, decided.events, undefined, { clearsFault: false });
      } catch (e) {
        this.log(`storage failed for ${decided.events[0]?.type ?? 'nothing'}: ${(e as Error).message}`);
        return { ok: false as const, error: { code: 'STORAGE_FAILED' as const, message: e instanceof StoreError ? e.message : 'could not save the change' } };
      }
      this.notify(stored);
      return { ok: true as const, value: decided.value, events: stored };
    });
    this.tail = run.catch(() => {});
    return run;
  }

  /** Switches to a new configuration once the queue's state allows it (see `configure` in queue.ts). */
  reconfigure(next: OfficeConfig): Promise<Outcome> {
    const run = this.tail.then(async (): Promise<Outcome> => {
      const decision = decide(this.state, { type: 'configure' }, { now: this.clock(), config: next, actor: { role: 'supervisor' }, random: this.random, zone: this.zones.zone(next.office.timezone) });
      if (!decision.ok) return decision;
      let stored: StoredEvent[];
      try {
        stored = this.store.commit(this.state, decision.state, decision.events);
      } catch (e) {
        return { ok: false, error: { code: 'STORAGE_FAILED', message: (e as Error).message } };
      }
      this.state = decision.state;
      this.config = next;
      this.store.timeZone = this.zones.zone(next.office.timezone);
      this.notify(stored);
      return { ok: true, reply: decision.reply, events: stored };
    });
    this.tail = run.catch(() => {});
    return run;
  }

  /** Waits for the commands already queued. */
  idle(): Promise<unknown> {
    return this.tail;
  }

  summary() {
    return summarize(this.state, this.config, this.now(), this.zone);
  }
}
