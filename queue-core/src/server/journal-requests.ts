// The journal's requests: visitor cards, phone consultations, deadlines, papers, statistics and the audit
// trail, handed to the journal service with who is asking. What the protocol accepts more loosely than
// the journal stores (a card without address or passport) is settled here.
import { queueError } from '../domain/errors.js';
import type { AppealInput } from '../journal/types.js';
import { bodyHash } from './request-hash.js';
import type { RequestOf, RequestType, ResultOf } from '../protocol/messages.js';
import type { Answer, GatewayContext, Handler, Session } from './context.js';
import type { JournalActor, JournalAnswer, JournalService } from './journal-service.js';

type JournalRequest = 'cardDraft' | 'journalSave' | 'journalGet' | 'journalSearch' | 'journalDue' | 'journalClose' | 'journalDocument' | 'phoneSave' | 'phoneList' | 'stats' | 'auditLog'
  | 'outreachPlan' | 'outreachImport' | 'outreachReschedule' | 'outreachCancel' | 'outreachVisits' | 'outreachList' | 'outreachPrint' | 'outreachAnalysis'
  | 'receptionSchedule' | 'receptionBook' | 'receptionMove' | 'receptionCancel' | 'receptionPrepare' | 'receptionMaterials' | 'receptionPrint' | 'receptionDecide' | 'receptionDone' | 'receptionControl' | 'receptionMine'
  | 'annualReport' | 'annualReportPdf';

/** Runs one journal call for the session; without a journal the daemon says so rather than failing. */
const viaJournal = <K extends JournalRequest>(call: (journal: JournalService, req: RequestOf<K>, actor: JournalActor, ctx: GatewayContext) => Promise<JournalAnswer<ResultOf[K]>>): Handler<K> =>
  async (req, s, ctx) => {
    const journal = ctx.options.journal;
    if (!journal) return { error: queueError('INTERNAL', 'The journal is not available on this daemon') };
    const given = (req as { key?: string }).key;
    const key = given ? `${s.role}:${s.staffId ?? s.integration ?? ''}:${given}` : undefined;
    // The body without the frame's own id and the key itself: what a retry repeats unchanged.
    const hash = key ? bodyHash({ ...req, id: undefined, key: undefined }) : undefined;
    const answer = await call(journal, req, { role: s.role!, staffId: s.staffId, booth: s.booth, integration: s.integration, key, bodyHash: hash }, ctx);
    return answer.ok ? { data: answer.data } : { error: answer.error };
  };

const checkAlerts = (ctx: GatewayContext) => <T>(answer: JournalAnswer<T>): JournalAnswer<T> => {
  if (answer.ok) void ctx.options.alerts?.check();
  return answer;
};

/**
 * Staff write as themselves. A staffId naming someone else is refused (BAD_REQUEST), not silently
 * replaced, since unknown or misused fields are refused everywhere else; their own id is accepted.
 */
function foreignStaffId(s: Session, given: string | undefined, field: string): Answer<never> | null {
  if (s.role === 'integration' || given === undefined || given === s.staffId) return null;
  return { error: queueError('BAD_REQUEST', `${field}: only an integration names the specialist; you write as ${s.staffId}`) };
}

/** A card may come without address or passport (or with null): stored as empty text. */
function appealOf(input: RequestOf<'journalSave'>['appeal']): AppealInput {
  const { citizen, ...rest } = input;
  return { ...rest, citizen: { fullName: citizen.fullName, address: citizen.address ?? '', passport: citizen.passport ?? '' } };
}

export const journalHandlers = {
  journalSave: (req, s, ctx) => foreignStaffId(s, req.appeal.staffId, 'appeal.staffId') ?? viaJournal<'journalSave'>((j, r, a) => j.save(appealOf(r.appeal), a))(req, s, ctx),
  cardDraft: viaJournal((j, r, a) => j.draft(r.ticketId, r.draft, a)),
  journalGet: viaJournal((j, r, a) => j.get(r.appealId, a)),
  journalSearch: viaJournal((j, r, a) => j.search({ text: r.text, from: r.from, to: r.to, limit: r.limit ?? 50 }, a)),
  journalDue: viaJournal((j, _r, a) => j.due(a)),
  journalClose: viaJournal((j, r, a) => j.close(r.appealId, r.result, a)),
  journalDocument: viaJournal((j, r, a, ctx) => j.document(r.appealId, r.kind, r.lang ?? ctx.service.config.office.language, a)),
  phoneSave: (req, s, ctx) => foreignStaffId(s, req.consultation.staffId, 'consultation.staffId') ?? viaJournal<'phoneSave'>((j, r, a) => j.savePhone(r.consultation, a))(req, s, ctx),
  phoneList: viaJournal((j, r, a) => j.phones(r.from, r.to, a)),
  stats: viaJournal((j, r) => j.stats(r.from, r.to)),
  auditLog: viaJournal((j, r) => j.auditLog(r.from, r.to, r.limit ?? 200)),
  outreachPlan: viaJournal((j, r, a) => j.planVisit(r.visit, a)),
  outreachImport: viaJournal((j, r, a) => j.importList(r.visitId, r.file, r.replaces, a)),
  outreachReschedule: viaJournal((j, r, a) => j.rescheduleVisit(r.visitId, { day: r.day, specialists: r.specialists }, a)),
  outreachCancel: viaJournal((j, r, a) => j.cancelVisit(r.visitId, r.reason, a)),
  outreachVisits: viaJournal((j, r) => j.visits(r.from, r.to)),
  outreachList: viaJournal((j, r, a) => j.visitList(r.visitId, a)),
  outreachPrint: viaJournal((j, r, a, ctx) => j.printList(r.visitId, r.lang ?? ctx.service.config.office.language, a)),
  outreachAnalysis: viaJournal((j, r) => j.outreachAnalysis(r.fromYear, r.toYear)),
  receptionSchedule: viaJournal((j, r, a) => j.receptionSchedule(r.from, r.to, a)),
  receptionBook: viaJournal((j, r, a) => j.receptionBook(r.booking, a)),
  receptionMove: viaJournal((j, r, a) => j.receptionMove(r.bookingId, { day: r.day, session: r.session, time: r.time }, a)),
  receptionCancel: viaJournal((j, r, a) => j.receptionCancel(r.bookingId, a)),
  receptionPrepare: viaJournal((j, r, a) => j.receptionPrepare(r.bookingId, r.appealIds, r.caseFiles, a)),
  receptionMaterials: viaJournal((j, r, a) => j.receptionMaterials(r.day, a)),
  receptionPrint: (req, s, ctx) => ((req.day === undefined) === (req.bookingId === undefined)
    ? { error: queueError('BAD_REQUEST', 'receptionPrint: expected either day (the materials) or bookingId (the invitation)') }
    : viaJournal<'receptionPrint'>((j, r, a, c) => j.receptionPrint({ day: r.day, bookingId: r.bookingId }, r.lang ?? c.service.config.office.language, a))(req, s, ctx)),
  // A decision put under control or taken off it may start or end an overdue alert: looked at at once.
  receptionDecide: viaJournal((j, r, a, ctx) => j.receptionDecide({ bookingId: r.bookingId, decision: r.decision, control: r.control ?? null }, a).then(checkAlerts(ctx))),
  receptionDone: viaJournal((j, r, a, ctx) => j.receptionDone(r.bookingId, r.note ?? '', a).then(checkAlerts(ctx))),
  receptionControl: viaJournal((j, r, a) => j.receptionControl(r.state ?? 'all', r.limit ?? 200, a)),
  receptionMine: viaJournal((j, _r, a) => j.receptionMine(a)),
  annualReport: viaJournal((j, r) => j.annualReport(r.year, r.quarter)),
  annualReportPdf: viaJournal((j, r, _a, ctx) => j.annualReportPdf(r.year, r.quarter, r.lang ?? ctx.service.config.office.language)),
} satisfies Partial<{ [K in RequestType]: Handler<K> }>;
