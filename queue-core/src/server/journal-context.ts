// What every part of the journal service shares: who is asking, the shape of an answer, and the
// journal's hold on the store and the queue — the audit line of each read and write, the idempotency
// key of each change, and the mapping of a failed write to an error value.
import type { QueueService } from './queue-service.js';
import type { JournalStore } from '../store/journal-store.js';
import { localTime, type TimeZone } from '../domain/office-time.js';
import { queueError, type QueueError } from '../domain/errors.js';
import type { Ticket } from '../domain/types.js';
import { own } from '../domain/own.js';
import type { AuditEntry } from '../journal/types.js';
import type { JournalRules } from '../journal/rules.js';

/** Who is asking: a staff member, or an integration by its name. */
export interface JournalActor {
  role: string;
  staffId?: string;
  booth?: number;
  integration?: string;
  /** The kiosk a citizen wrote at (the book of feedback). */
  kiosk?: string;
  /** The idempotency key of a changing request: repeated, it gets the first answer and writes nothing. */
  key?: string;
  /** The fingerprint of the keyed request's body: the same key with another body is refused (KEY_REUSED). */
  bodyHash?: string;
}

export type JournalAnswer<T> = { ok: true; data: T } | { ok: false; error: QueueError };

export const DAY = 86_400_000;
export const ok = <T>(data: T): JournalAnswer<T> => ({ ok: true, data });
export const fail = (code: QueueError['code'], message: string): JournalAnswer<never> => ({ ok: false, error: queueError(code, message) });
const actorName = (a: JournalActor) => a.staffId ?? (a.integration ? `integration:${a.integration}` : a.kiosk ? `kiosk:${a.kiosk}` : a.role);

export class JournalContext {
  constructor(readonly store: JournalStore, readonly queue: QueueService, readonly log: (line: string) => void) {}

  get rules(): JournalRules {
    return this.queue.config.journal;
  }

  get tz(): TimeZone {
    return this.queue.zone;
  }

  /** The office-local hour of an instant, kept beside each record for the statistics. */
  hourOf(at: number): number {
    return Math.floor(localTime(at, this.tz).minutes / 60);
  }

  entry(actor: JournalActor, action: AuditEntry['action'], record: string | null): AuditEntry {
    return { at: this.queue.now(), actor: actorName(actor), role: actor.role, action, record };
  }

  /** The audit line of a read: who looked at what. */
  audited(actor: JournalActor, action: AuditEntry['action'], record: string): void {
    this.store.write(() => this.store.audit([this.entry(actor, action, record)]));
  }

  /**
   * The audit of a list (a search, the deadlines, a period's phone calls): one line saying what was asked
   * and how many came back, then one line per record shown, whose `record` is that record's id alone, so
   * "who has seen record X" is one exact match however the record was reached.
   */
  auditedList(actor: JournalActor, action: AuditEntry['action'], query: string, ids: readonly string[]): void {
    this.store.write(() => this.store.audit([this.entry(actor, action, `${query} → ${ids.length}`), ...ids.map((id) => this.entry(actor, action, id))]));
  }

  /** The specialist a record is written for: the staff member signed in, or the one an integration names in `field`. */
  staffOf(actor: JournalActor, given: string | undefined, field: string): JournalAnswer<string> {
    const id = actor.role === 'integration' ? given : actor.staffId;
    if (!id) return fail('BAD_REQUEST', `${field}: say which specialist received the citizen`);
    if (!this.queue.config.staff.some((s) => s.id === id)) return fail('STAFF_NOT_FOUND', `No staff member "${id}"`);
    return ok(id);
  }

  ticket(id: string): Ticket | null {
    return this.queue.state.tickets.get(id) ?? this.queue.store.ticket(id);
  }

  /**
   * The first answer to a request repeated under the same idempotency key, or null for a new one. The
   * repeat shows the record again, so it is audited as a read of it (`read` names the record, `action`
   * the kind of read).
   */
  repeated<T>(actor: JournalActor, action: AuditEntry['action'], read: (answer: T) => string): JournalAnswer<T> | null {
    if (!actor.key) return null;
    const earlier = this.store.findRequest(actor.key);
    if (earlier === undefined) return null;
    if (earlier.bodyHash !== null && earlier.bodyHash !== (actor.bodyHash ?? null)) {
      return fail('KEY_REUSED', 'This key was already used for another request; a retry must repeat the request unchanged, a new request needs a new key');
    }
    this.audited(actor, action, read(earlier.reply as T));
    return ok(earlier.reply as T);
  }

  /** Stores the answer under the request's key; called inside the change's own transaction. */
  remember<T>(actor: JournalActor, at: number, answer: T): T {
    if (actor.key) this.store.putRequest(actor.key, at, answer, actor.bodyHash ?? null);
    return answer;
  }

  /** A refusal thrown inside a write (a QueueError value) as it is; anything else as STORAGE_FAILED. */
  failure(e: unknown): JournalAnswer<never> {
    if (e && typeof e === 'object' && 'code' in e && 'message' in e && !(e instanceof Error)) return { ok: false, error: e as QueueError };
    this.log(`journal storage failed: ${(e as Error).message}`);
    return fail('STORAGE_FAILED', 'could not save the journal record');
  }
}
