// The one place where commands meet the world: each command is decided by the pure rules against the
// current state, committed to the store, and only then applied and announced to listeners. Commands run
// one at a time, so the state in memory is always exactly what the database holds.
import { decide, initialState, officeDay, summarize, type Actor, type Command, type QueueEvent, type QueueState, type Reply } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { bodyHash } from './request-hash.js';
import type { OfficeConfig } from '../config/schema.js';
import { StoreError, type EarlierRequest, type QueueStore, type StoredEvent } from '../store/queue-store.js';

export type Outcome = { ok: true; reply: Reply; events: StoredEvent[]; repeated?: boolean } | { ok: false; error: QueueError };
export type CommittedListener = (events: StoredEvent[]) => void;

export interface ServiceOptions {
  now?: () => number;
  random?: () => number;
  log?: (line: string) => void;
}

export class QueueService {
  private tail: Promise<unknown> = Promise.resolve();
  private listeners = new Set<CommittedListener>();
  readonly now: () => number;
  private readonly random: () => number;
  private readonly log: (line: string) => void;

  private constructor(readonly store: QueueStore, public config: OfficeConfig, public state: QueueState, options: ServiceOptions) {
    this.now = options.now ?? Date.now;
    store.timeZone = config.office.timezone;
    this.random = options.random ?? Math.random;
    this.log = options.log ?? (() => {});
  }

  static async start(store: QueueStore, config: OfficeConfig, options: ServiceOptions = {}): Promise<QueueService> {
    const now = (options.now ?? Date.now)();
    const base = initialState(config, officeDay(now, config.office.timezone));
    const service = new QueueService(store, config, store.load(base), options);
    // A daemon that was off overnight closes yesterday first.
    await service.execute({ type: 'rollDay' }, { role: 'system' });
    return service;
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
    const decision = decide(this.state, cmd, { now: this.now(), config: this.config, actor, random: this.random });
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
        stored = await this.store.commit(this.state, this.state, decided.events);
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
      const decision = decide(this.state, { type: 'configure' }, { now: this.now(), config: next, actor: { role: 'supervisor' }, random: this.random });
      if (!decision.ok) return decision;
      let stored: StoredEvent[];
      try {
        stored = this.store.commit(this.state, decision.state, decision.events);
      } catch (e) {
        return { ok: false, error: { code: 'STORAGE_FAILED', message: (e as Error).message } };
      }
      this.state = decision.state;
      this.config = next;
      this.store.timeZone = next.office.timezone;
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
    return summarize(this.state, this.config, this.now());
  }
}
