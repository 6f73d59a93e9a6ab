// The information system of the client service: the appeal journal, phone consultations, deadlines,
// repeat appeals, the retention of personal data and the statistics. The rules are pure (journal/*);
// this joins them to the store and the queue, and writes an audit line for every read and write of a record.
import type { QueueService } from './queue-service.js';
import { JournalStore, type SearchQuery } from '../store/journal-store.js';
import { localTime, officeDay } from '../domain/office-time.js';
import { queueError, type QueueError } from '../domain/errors.js';
import type { Ticket } from '../domain/types.js';
import { appealSummary, type Appeal, type AppealInput, type AppealSummary, type AuditEntry, type PhoneConsultation, type PhoneInput } from '../journal/types.js';
import { citizenKey, deadlineState, dueAt, erase, erasePhone, repeatsOf, retentionCutoff, settledAtVisit, type JournalRules } from '../journal/rules.js';
import { buildReport, type StatsReport } from '../journal/stats.js';
import { appealDocument, type DocumentKind } from '../journal/documents.js';

/** Who is asking: a staff member, or an integration by its name. */
export interface JournalActor {
  role: string;
  staffId?: string;
  booth?: number;
  integration?: string;
  /** The idempotency key of a changing request: repeated, it gets the first answer and writes nothing. */
  key?: string;
}

export type JournalAnswer<T> = { ok: true; data: T } | { ok: false; error: QueueError };

const DAY = 86_400_000;
const ok = <T>(data: T): JournalAnswer<T> => ({ ok: true, data });
const fail = (code: QueueError['code'], message: string): JournalAnswer<never> => ({ ok: false, error: queueError(code, message) });
const actorName = (a: JournalActor) => a.staffId ?? (a.integration ? `integration:${a.integration}` : a.role);

export class JournalService {
  private constructor(readonly store: JournalStore, private queue: QueueService, private log: (line: string) => void) {}

  static async start(queue: QueueService, log: (line: string) => void = () => {}): Promise<JournalService> {
    const store = new JournalStore(queue.store.db);
    const filled = await store.fillTicketHours(queue.config.office.timezone);
    if (filled) log(`statistics: local hours written for ${filled} earlier tickets`);
    const service = new JournalService(store, queue, log);
    await service.eraseExpired();
    // Each new office day is also the moment old personal data goes.
    queue.onCommitted((events) => {
      if (events.some((e) => e.event.type === 'day')) service.eraseExpired().catch((e) => log(`retention: ${(e as Error).message}`));
    });
    return service;
  }

  private get rules(): JournalRules {
    return this.queue.config.journal;
  }

  private get tz(): string {
    return this.queue.config.office.timezone;
  }

  private entry(actor: JournalActor, action: AuditEntry['action'], record: string | null): AuditEntry {
    return { at: this.queue.now(), actor: actorName(actor), role: actor.role, action, record };
  }

  /** The audit line of a read: who looked at what. */
  private audited(actor: JournalActor, action: AuditEntry['action'], record: string): Promise<void> {
    return this.store.write(() => this.store.audit([this.entry(actor, action, record)]));
  }

  private staffOf(actor: JournalActor, given: string | undefined): JournalAnswer<string> {
    const id = actor.role === 'integration' ? given : actor.staffId;
    if (!id) return fail('BAD_REQUEST', 'staffId: say which specialist received the citizen');
    if (!this.queue.config.staff.some((s) => s.id === id)) return fail('STAFF_NOT_FOUND', `No staff member "${id}"`);
    return ok(id);
  }

  private async ticket(id: string): Promise<Ticket | null> {
    return this.queue.state.tickets[id] ?? (await this.queue.store.ticket(id));
  }

  /** Creates or corrects a visit record; tells whether the citizen came before within the repeat period. */
  async save(input: AppealInput, actor: JournalActor): Promise<JournalAnswer<{ appeal: Appeal; earlier: AppealSummary[] }>> {
    const repeated = await this.repeated<{ appeal: Appeal; earlier: AppealSummary[] }>(actor);
    if (repeated) return repeated;
    const staff = this.staffOf(actor, input.staffId);
    if (!staff.ok) return staff;
    if (!this.queue.config.journal.reasons.some((r) => r.id === input.reason)) return fail('REASON_NOT_FOUND', `reason: no reason "${input.reason}" in the configured list`);
    if (!input.citizen.fullName.trim()) return fail('BAD_REQUEST', "citizen.fullName: expected the citizen's full name");
    const ticket = input.ticketId ? await this.ticket(input.ticketId) : null;
    if (input.ticketId && !ticket) return fail('TICKET_NOT_FOUND', `No ticket ${input.ticketId}`);
    const now = this.queue.now();
    const rules = this.rules;
    try {
      return ok(await this.store.write(async () => {
        // One record per visit: a second save for the same ticket corrects the first.
        const prev = input.id ? await this.store.appeal(input.id) : ticket ? await this.store.appealOfTicket(ticket.id) : null;
        if (input.id && !prev) throw queueError('APPEAL_NOT_FOUND', `No appeal ${input.id}`);
        if (prev?.erasedAt) throw queueError('APPEAL_ERASED', `The personal data of ${prev.id} was erased under the retention rule`);
        const at = prev?.at ?? ticket?.calledAt ?? now;
        const day = prev?.day ?? officeDay(at, this.tz);
        const citizen = { fullName: input.citizen.fullName.trim(), address: input.citizen.address.trim(), passport: input.citizen.passport.trim() };
        const key = citizenKey(citizen);
        const earlier = key ? (await this.store.visitsOf(key, at - rules.repeatWithinDays * DAY, at)).filter((a) => a.id !== prev?.id) : [];
        const repeats = repeatsOf(earlier, citizen, at, rules, prev?.id);
        const settled = settledAtVisit(input.result);
        const appeal: Appeal = {
          id: prev?.id ?? (await this.store.nextAppealId(day)),
          at, day,
          ticketId: prev?.ticketId ?? ticket?.id ?? null,
          ticketLabel: prev?.ticketLabel ?? ticket?.label ?? null,
          directionId: prev?.directionId ?? ticket?.directionId ?? null,
          staffId: prev?.staffId ?? staff.data,
          booth: prev?.booth ?? ticket?.booth ?? actor.booth ?? null,
          citizen,
          category: input.category, appealType: input.appealType, reason: input.reason, result: input.result,
          documents: clean(input.documents), missingDocuments: clean(input.missingDocuments), notes: (input.notes ?? '').trim(),
          dueAt: dueAt(input.appealType, input.result, at, rules),
          closedAt: settled ? (prev?.closedAt ?? now) : prev && !settledAtVisit(prev.result) ? prev.closedAt : null,
          repeatOf: repeats.map((a) => a.id),
          createdAt: prev?.createdAt ?? now, updatedAt: now, erasedAt: null,
        };
        await this.store.putAppeal(appeal, Math.floor(localTime(at, this.tz).minutes / 60));
        await this.store.audit([this.entry(actor, 'save', appeal.id)]);
        return this.remember(actor, now, { appeal, earlier: repeats.map(appealSummary) });
      }));
    } catch (e) {
      return this.failure(e);
    }
  }

  /** One record with every earlier visit of the same citizen. */
  async get(id: string, actor: JournalActor): Promise<JournalAnswer<{ appeal: Appeal; earlier: AppealSummary[] }>> {
    const appeal = await this.store.appeal(id);
    if (!appeal) return fail('APPEAL_NOT_FOUND', `No appeal ${id}`);
    const key = appeal.citizen ? citizenKey(appeal.citizen) : null;
    const earlier = key ? (await this.store.visitsOf(key, 0, appeal.at)).filter((a) => a.id !== id) : [];
    await this.audited(actor, 'read', id);
    return ok({ appeal, earlier: earlier.map(appealSummary) });
  }

  async search(q: SearchQuery, actor: JournalActor): Promise<JournalAnswer<{ appeals: Appeal[] }>> {
    if (q.from && q.to && q.from > q.to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
    const appeals = await this.store.search(q);
    const what = `"${(q.text ?? '').slice(0, 60)}" ${q.from ?? ''}..${q.to ?? ''} → ${appeals.length}: ${appeals.slice(0, 20).map((a) => a.id).join(' ')}`;
    await this.audited(actor, 'search', what);
    return ok({ appeals });
  }

  /** What is overdue and what falls due within two days, with the count of all open appeals. */
  async due(actor: JournalActor): Promise<JournalAnswer<{ overdue: Appeal[]; dueSoon: Appeal[]; open: number }>> {
    const now = this.queue.now();
    const list = await this.store.dueBefore(now + 2 * DAY);
    const overdue = list.filter((a) => deadlineState(a, now) === 'overdue');
    const dueSoon = list.filter((a) => deadlineState(a, now) === 'due-soon');
    await this.audited(actor, 'search', `deadlines → ${list.length}`);
    return ok({ overdue, dueSoon, open: await this.store.countOpen() });
  }

  /** Takes an appeal off control: answered, or filed. */
  async close(id: string, result: Appeal['result'] | undefined, actor: JournalActor): Promise<JournalAnswer<{ appeal: Appeal }>> {
    const repeated = await this.repeated<{ appeal: Appeal }>(actor);
    if (repeated) return repeated;
    try {
      return ok(await this.store.write(async () => {
        const a = await this.store.appeal(id);
        if (!a) throw queueError('APPEAL_NOT_FOUND', `No appeal ${id}`);
        if (a.closedAt !== null) throw queueError('APPEAL_CLOSED', `${id} is already closed`);
        const now = this.queue.now();
        const appeal: Appeal = { ...a, result: result ?? a.result, closedAt: now, updatedAt: now };
        await this.store.putAppeal(appeal, Math.floor(localTime(a.at, this.tz).minutes / 60));
        await this.store.audit([this.entry(actor, 'close', id)]);
        return this.remember(actor, now, { appeal });
      }));
    } catch (e) {
      return this.failure(e);
    }
  }

  async document(id: string, kind: DocumentKind, lang: 'ru' | 'uk' | 'en', actor: JournalActor): Promise<JournalAnswer<{ html: string }>> {
    const appeal = await this.store.appeal(id);
    if (!appeal) return fail('APPEAL_NOT_FOUND', `No appeal ${id}`);
    if (appeal.erasedAt) return fail('APPEAL_ERASED', `The personal data of ${id} was erased under the retention rule`);
    if (kind === 'receipt' && appeal.documents.length === 0) return fail('NOTHING_TO_PRINT', `${id}: no accepted documents are listed for a receipt`);
    if (kind === 'memo' && appeal.missingDocuments.length === 0) return fail('NOTHING_TO_PRINT', `${id}: no missing documents are listed for a memo`);
    const { config } = this.queue;
    const reason = config.journal.reasons.find((r) => r.id === appeal.reason);
    const html = appealDocument(kind, appeal, {
      office: config.office,
      staffName: config.staff.find((s) => s.id === appeal.staffId)?.name ?? appeal.staffId,
      reasonName: reason ? (reason.name[lang] ?? reason.name.ru) : appeal.reason,
      lang,
    });
    await this.audited(actor, 'document', `${id} ${kind}`);
    return ok({ html });
  }

  async savePhone(input: PhoneInput, actor: JournalActor): Promise<JournalAnswer<{ consultation: PhoneConsultation }>> {
    const repeated = await this.repeated<{ consultation: PhoneConsultation }>(actor);
    if (repeated) return repeated;
    const staff = this.staffOf(actor, input.staffId);
    if (!staff.ok) return staff;
    if (!input.topic.trim()) return fail('BAD_REQUEST', 'topic: expected what the call was about');
    const at = this.queue.now();
    const day = officeDay(at, this.tz);
    try {
      return ok(await this.store.write(async () => {
        const consultation: PhoneConsultation = {
          id: await this.store.nextPhoneId(day), at, day, staffId: staff.data,
          topic: input.topic.trim(), result: input.result.trim(), caller: (input.caller ?? '').trim(), notes: (input.notes ?? '').trim(), erasedAt: null,
        };
        await this.store.putPhone(consultation, Math.floor(localTime(at, this.tz).minutes / 60));
        await this.store.audit([this.entry(actor, 'phone-save', consultation.id)]);
        return this.remember(actor, at, { consultation });
      }));
    } catch (e) {
      return this.failure(e);
    }
  }

  async phones(from: string, to: string, actor: JournalActor): Promise<JournalAnswer<{ consultations: PhoneConsultation[] }>> {
    if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
    const consultations = await this.store.phones(from, to, 500);
    await this.audited(actor, 'phone-read', `${from}..${to} → ${consultations.length}`);
    return ok({ consultations });
  }

  async stats(from: string, to: string): Promise<JournalAnswer<{ report: StatsReport }>> {
    if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
    return ok({ report: buildReport(from, to, await this.store.statsRows(from, to)) });
  }

  async auditLog(from: string, to: string, limit: number): Promise<JournalAnswer<{ entries: AuditEntry[] }>> {
    if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
    const start = Date.parse(`${from}T00:00:00Z`) - DAY, end = Date.parse(`${to}T00:00:00Z`) + 2 * DAY; // a day's margin for the zone
    const entries = (await this.store.auditLog(start, end, limit)).filter((e) => { const d = officeDay(e.at, this.tz); return d >= from && d <= to; });
    return ok({ entries });
  }

  /** Erases the personal fields of records older than the retention period; the counts stay for the statistics. */
  async eraseExpired(): Promise<number> {
    const now = this.queue.now();
    const cutoff = retentionCutoff(now, this.rules);
    let erased = 0;
    for (;;) {
      const appeals = await this.store.appealsToErase(cutoff, 500);
      const phones = await this.store.phonesToErase(cutoff, 500);
      if (appeals.length === 0 && phones.length === 0) break;
      await this.store.write(async () => {
        for (const a of appeals) await this.store.putAppeal(erase(a, now), Math.floor(localTime(a.at, this.tz).minutes / 60));
        for (const p of phones) await this.store.putPhone(erasePhone(p, now), Math.floor(localTime(p.at, this.tz).minutes / 60));
        await this.store.deleteAuditBefore(cutoff);
        await this.store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${appeals.length} appeals, ${phones.length} phone consultations before ${new Date(cutoff).toISOString()}` }]);
      });
      erased += appeals.length + phones.length;
    }
    if (erased) this.log(`retention: personal data erased from ${erased} records older than ${this.rules.retentionDays} days`);
    return erased;
  }

  private async repeated<T>(actor: JournalActor): Promise<JournalAnswer<T> | null> {
    if (!actor.key) return null;
    const earlier = await this.store.findRequest(actor.key);
    return earlier === undefined ? null : ok(earlier as T);
  }

  /** Stores the answer under the request's key, in the same transaction as the change. */
  private async remember<T>(actor: JournalActor, at: number, answer: T): Promise<T> {
    if (actor.key) await this.store.putRequest(actor.key, at, answer);
    return answer;
  }

  private failure(e: unknown): JournalAnswer<never> {
    if (e && typeof e === 'object' && 'code' in e && 'message' in e && !(e instanceof Error)) return { ok: false, error: e as QueueError };
    this.log(`journal storage failed: ${(e as Error).message}`);
    return fail('STORAGE_FAILED', 'could not save the journal record');
  }
}

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);
