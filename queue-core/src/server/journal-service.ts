// The information system of the client service: the appeal journal, phone consultations, deadlines,
// repeat appeals, the retention of personal data and the statistics. The rules are pure (journal/*);
// this joins them to the store and the queue. The work itself is in journal-records.ts (appeals),
// journal-phones.ts, journal-reports.ts (statistics, audit trail) and journal-retention.ts; what they
// share (the actor, the audit line, idempotency keys) in journal-context.ts.
import type { QueueService } from './queue-service.js';
import { JournalStore, type SearchQuery } from '../store/journal-store.js';
import type { Appeal, AppealInput, AuditEntry, PhoneConsultation, PhoneInput } from '../journal/types.js';
import type { StatsReport } from '../journal/stats.js';
import type { DocumentKind } from '../journal/documents.js';
import { JournalContext, type JournalActor, type JournalAnswer } from './journal-context.js';
import { cardStepOf } from '../domain/life-situations.js';
import { appealPaper, closeAppeal, followTicketResult, dueAppeals, getAppeal, saveAppeal, searchAppeals, type SavedAppeal } from './journal-records.js';
import { listPhones, savePhone } from './journal-phones.js';
import { auditTrail, statistics } from './journal-reports.js';
import { eraseExpired } from './journal-retention.js';
import { cardDraft, type DraftAnswer } from './journal-drafts.js';
import type { CardDraftFields } from '../store/card-drafts.js';
import { answerFeedbackEntry, feedbackAlert, leaveFeedback, listFeedback, type LeftFeedback } from './journal-feedback.js';
import type { AlertCondition } from '../domain/alerts.js';
import type { FeedbackInput } from '../journal/feedback.js';
import { analysis, cancelVisit, importList, listVisits, planVisit, printList, rescheduleVisit, visitList, type ImportAnswer } from './journal-outreach.js';
import type { ListedCitizen, OutreachPlanInput, OutreachRescheduleInput, OutreachVisit } from '../journal/outreach-types.js';
import type { OutreachAnalysis } from '../journal/outreach-rules.js';
import * as reception from './journal-reception.js';
import type { ReceptionBookInput, ReceptionBooking, ReceptionDecideInput } from '../journal/reception-types.js';
import type { ControlFilter } from '../journal/reception-rules.js';
import { annualDocument, annualFigures } from './journal-annual.js';
import type { AnnualReport } from '../journal/annual-figures.js';
import type { AnnualLang } from '../journal/annual-words.js';

export type { JournalActor, JournalAnswer } from './journal-context.js';

export class JournalService {
  private constructor(readonly store: JournalStore, readonly ctx: JournalContext) {}

  static async start(queue: QueueService, log: (line: string) => void = () => {}): Promise<JournalService> {
    const store = new JournalStore(queue.store.db);
    const filled = store.fillTicketHours(queue.zone);
    if (filled) log(`statistics: local hours written for ${filled} earlier tickets`);
    const service = new JournalService(store, new JournalContext(store, queue, log));
    await service.eraseExpired();
    // Each new office day is also the moment old personal data goes.
    queue.onCommitted((events) => {
      if (events.some((e) => e.event.type === 'day')) service.eraseExpired().catch((e) => log(`retention: ${(e as Error).message}`));
      // One result per visit: a finished ticket's card takes the result it was finished with.
      for (const { event } of events) {
        if (event.type !== 'ticket' || event.action !== 'finished') continue;
        try {
          followTicketResult(service.ctx, event.ticket);
        } catch (e) {
          log(`journal: the card of ${event.ticket.label} keeps its result: ${(e as Error).message}`);
        }
      }
    });
    return service;
  }

  /** Creates or corrects a visit record; tells whether the citizen came before within the repeat period. */
  async save(input: AppealInput, actor: JournalActor): Promise<JournalAnswer<SavedAppeal>> {
    const saved = saveAppeal(this.ctx, input, actor);
    if (saved.ok) await this.ticketFollows(saved.data.appeal);
    return saved;
  }

  /**
   * One result per visit: a card saved, corrected or closed with a result after its ticket was finished
   * gives the ticket that result, through the queue (a `result-recorded` event). A ticket still at the
   * booth takes the card's result when it is finished; one of an earlier day is no longer in the queue,
   * and the statistics count its visit under the card's result (journal/visit-results.ts).
   */
  private async ticketFollows(appeal: Appeal): Promise<void> {
    const ticket = appeal.ticketId ? this.ctx.queue.state.tickets.get(appeal.ticketId) : undefined;
    if (!ticket || ticket.state !== 'done' || ticket.result === appeal.result) return;
    // A life situation's ticket carries only its last step's result; an earlier step's card keeps its own.
    if (ticket.bundle && (appeal.step ?? 0) !== ticket.bundle.step) return;
    const outcome = await this.ctx.queue.execute({ type: 'recordResult', ticketId: ticket.id, result: appeal.result }, { role: 'system' });
    if (!outcome.ok) this.ctx.log(`journal: ticket ${ticket.label} keeps its result: ${outcome.error.message}`);
  }

  /** One record with every earlier visit of the same citizen. */
  async get(id: string, actor: JournalActor): Promise<JournalAnswer<SavedAppeal>> {
    return getAppeal(this.ctx, id, actor);
  }

  async search(q: SearchQuery, actor: JournalActor): Promise<JournalAnswer<{ appeals: Appeal[] }>> {
    return searchAppeals(this.ctx, q, actor);
  }

  /** What is overdue and what falls due within two days, with the count of all open appeals. */
  async due(actor: JournalActor): Promise<JournalAnswer<{ overdue: Appeal[]; dueSoon: Appeal[]; open: number }>> {
    return dueAppeals(this.ctx, actor);
  }

  /** Takes an appeal off control: answered, or filed. */
  async close(id: string, result: Appeal['result'] | undefined, actor: JournalActor): Promise<JournalAnswer<{ appeal: Appeal }>> {
    const closed = closeAppeal(this.ctx, id, result, actor);
    if (closed.ok) await this.ticketFollows(closed.data.appeal);
    return closed;
  }

  /** The result of a ticket's visitor card, if it has one; for a life situation, the card of the step it is at. */
  cardResult(ticketId: string): Appeal['result'] | null {
    const ticket = this.ctx.queue.state.tickets.get(ticketId);
    return this.store.appealOfTicket(ticketId, ticket ? cardStepOf(ticket) : null)?.result ?? null;
  }

  async document(id: string, kind: DocumentKind, lang: 'ru' | 'uk' | 'en', actor: JournalActor): Promise<JournalAnswer<{ html: string }>> {
    return appealPaper(this.ctx, id, kind, lang, actor);
  }

  /** Stores (fields), discards (null) or reads (undefined) the draft of a ticket's visitor card. */
  async draft(ticketId: string, fields: CardDraftFields | null | undefined, actor: JournalActor): Promise<JournalAnswer<DraftAnswer>> {
    return cardDraft(this.ctx, ticketId, fields, actor);
  }

  /** An entry of the book of feedback, typed at a kiosk: a journal appeal of its kind, under control. */
  async leaveFeedback(input: FeedbackInput, actor: JournalActor): Promise<JournalAnswer<LeftFeedback>> {
    return leaveFeedback(this.ctx, input, actor);
  }

  /** The entries of the book of feedback not answered yet. */
  async feedbackList(actor: JournalActor): Promise<JournalAnswer<{ open: Appeal[]; count: number }>> {
    return listFeedback(this.ctx, actor);
  }

  /** The alert the head gets while entries of the book of feedback wait for an answer (alert-service.ts). */
  feedbackAlerts(): AlertCondition[] {
    return feedbackAlert(this.ctx);
  }

  /** The head's answer to an entry, which takes it off control. */
  async answerFeedback(id: string, answer: string, actor: JournalActor): Promise<JournalAnswer<{ appeal: Appeal }>> {
    return answerFeedbackEntry(this.ctx, id, answer, actor);
  }

  async savePhone(input: PhoneInput, actor: JournalActor): Promise<JournalAnswer<{ consultation: PhoneConsultation }>> {
    return savePhone(this.ctx, input, actor);
  }

  async phones(from: string, to: string, actor: JournalActor): Promise<JournalAnswer<{ consultations: PhoneConsultation[] }>> {
    return listPhones(this.ctx, from, to, actor);
  }

  /** Counted in the statistics worker: the queue goes on answering meanwhile. */
  stats(from: string, to: string): Promise<JournalAnswer<{ report: StatsReport }>> {
    return statistics(this.ctx, from, to);
  }

  async auditLog(from: string, to: string, limit: number): Promise<JournalAnswer<{ entries: AuditEntry[] }>> {
    return auditTrail(this.ctx, from, to, limit);
  }

  /**
   * Bookings carry a citizen's name and phone to staff screens: the ones a staff session is shown, and
   * each one booked, moved, cancelled or checked in, are audited like journal records. An audit that
   * cannot be written is logged; it never holds up the queue.
   */
  auditBookings(actor: JournalActor, how: 'listed' | 'changed', ids: readonly string[]): void {
    if (ids.length === 0) return;
    try {
      if (how === 'listed') this.ctx.auditedList(actor, 'booking-read', 'bookings shown', ids);
      else this.store.write(() => this.store.audit(ids.map((id) => this.ctx.entry(actor, 'booking-save', id))));
    } catch (e) {
      this.ctx.log(`audit of bookings failed: ${(e as Error).message}`);
    }
  }

  /** Outreach visits (journal-outreach.ts): planned, their lists imported, read and printed, and analysed. */
  async planVisit(input: OutreachPlanInput, actor: JournalActor): Promise<JournalAnswer<{ visit: OutreachVisit }>> {
    return planVisit(this.ctx, input, actor);
  }

  async importList(visitId: string, file: string, replaces: number | undefined, actor: JournalActor): Promise<JournalAnswer<ImportAnswer>> {
    return importList(this.ctx, visitId, file, replaces, actor);
  }

  async rescheduleVisit(visitId: string, input: OutreachRescheduleInput, actor: JournalActor): Promise<JournalAnswer<{ visit: OutreachVisit }>> {
    return rescheduleVisit(this.ctx, visitId, input, actor);
  }

  async cancelVisit(visitId: string, reason: string, actor: JournalActor): Promise<JournalAnswer<{ visit: OutreachVisit }>> {
    return cancelVisit(this.ctx, visitId, reason, actor);
  }

  async visits(from: string, to: string): Promise<JournalAnswer<{ visits: OutreachVisit[] }>> {
    return listVisits(this.ctx, from, to);
  }

  async visitList(visitId: string, actor: JournalActor): Promise<JournalAnswer<{ visit: OutreachVisit; citizens: ListedCitizen[] }>> {
    return visitList(this.ctx, visitId, actor);
  }

  async printList(visitId: string, lang: 'ru' | 'uk' | 'en', actor: JournalActor): Promise<JournalAnswer<{ html: string }>> {
    return printList(this.ctx, visitId, lang, actor);
  }

  async outreachAnalysis(fromYear: number, toYear: number): Promise<JournalAnswer<{ analysis: OutreachAnalysis }>> {
    return analysis(this.ctx, fromYear, toYear);
  }

  /** Reception by the management (journal-reception.ts): days and slots, bookings, materials, decisions under control. */
  async receptionSchedule(from: string, to: string, actor: JournalActor): Promise<JournalAnswer<{ sessions: reception.ScheduledSession[]; bookings: ReceptionBooking[] }>> {
    return reception.schedule(this.ctx, from, to, actor);
  }

  async receptionBook(input: ReceptionBookInput, actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.book(this.ctx, input, actor);
  }

  async receptionMove(id: string, to: { day: string; session: number; time: string }, actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.move(this.ctx, id, to, actor);
  }

  async receptionCancel(id: string, actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.cancel(this.ctx, id, actor);
  }

  async receptionPrepare(id: string, appealIds: string[], caseFiles: string[], actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.setMaterials(this.ctx, id, appealIds, caseFiles, actor);
  }

  async receptionMaterials(day: string, actor: JournalActor): Promise<JournalAnswer<reception.MaterialsAnswer>> {
    return reception.materials(this.ctx, day, actor);
  }

  async receptionPrint(what: { day?: string; bookingId?: string }, lang: 'ru' | 'uk' | 'en', actor: JournalActor): Promise<JournalAnswer<{ html: string }>> {
    if (what.bookingId) return reception.printInvitation(this.ctx, what.bookingId, lang, actor);
    return reception.printMaterials(this.ctx, what.day!, lang, actor);
  }

  async receptionDecide(input: ReceptionDecideInput, actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.decide(this.ctx, input, actor);
  }

  async receptionDone(id: string, note: string, actor: JournalActor): Promise<JournalAnswer<{ booking: ReceptionBooking }>> {
    return reception.done(this.ctx, id, note, actor);
  }

  async receptionControl(filter: ControlFilter, limit: number, actor: JournalActor): Promise<JournalAnswer<reception.ControlAnswer>> {
    return reception.controlList(this.ctx, filter, limit, actor);
  }

  /** The signed-in staff member's own decisions on control. */
  async receptionMine(actor: JournalActor): Promise<JournalAnswer<reception.MineAnswer>> {
    return reception.mine(this.ctx, actor);
  }

  /** The head's alerts of decisions under control past their deadline. */
  receptionAlerts(): AlertCondition[] {
    return reception.overdueAlerts(this.ctx);
  }

  async annualReport(year: number, quarter?: number): Promise<JournalAnswer<{ report: AnnualReport }>> {
    return annualFigures(this.ctx, year, quarter);
  }

  async annualReportPdf(year: number, quarter: number | undefined, lang: AnnualLang): Promise<JournalAnswer<{ pdf: string; fileName: string; pages: number }>> {
    return annualDocument(this.ctx, year, quarter, lang);
  }

  /** Erases the personal fields of records older than the retention period; the counts stay for the statistics. */
  eraseExpired(): Promise<number> {
    return eraseExpired(this.ctx);
  }
}
