// The schema of every request's answer (the `data` of its `result` frame), one per request of
// requests.ts: a request missing here, or one here that requests.ts does not define, fails
// `npm run typecheck`. From this table come the result types (messages.ts), the answers in the request
// table of docs/protocol.md and in the JSON contract in docs/contract/ (scripts/contract.ts), and the
// contract test's checks of what the daemon really sends.
//
// Nothing validates outgoing frames at run time, so the daemon imports neither this file nor shapes.ts,
// which it is built from: their zod schemas would only cost it memory (over 2 MB of heap).
import { z } from 'zod/v3';
import { ROLES, cardDraftFields, epoch, type RequestType } from './requests.js';
import * as shape from './shapes.js';

const ticketAnswer = z.object({ ticket: shape.ticket });
const issued = z.object({
  ticket: z.union([shape.ticket, shape.publicTicket]), ahead: z.number().int(), waitMinutes: z.number().int(),
  hall: z.object({ id: z.string(), name: shape.hall.shape.name }).nullable().describe('where to go: the hall of the ticket\'s direction when the office has more than one, else null'),
});
const nothing = z.object({});
const bookingAnswer = z.object({ booking: shape.booking });
const appealAnswer = z.object({ appeal: shape.appeal, earlier: z.array(shape.appealSummary) });
const helloResult = z.object({
  protocol: z.number().int(),
  role: z.enum(ROLES),
  seq: z.number().int().describe('the last event number; after the sync below the client is current up to it'),
  staff: z.object({ id: z.string(), name: z.string(), role: z.string() }).optional(),
  booth: z.number().int().optional(),
  rating: z.boolean().optional().describe('a rating screen: whether it may rate its booth\'s visits now'),
  sync: z.enum(['events', 'snapshot', 'current']).describe("'events': one update with what was missed follows; 'snapshot': a snapshot follows; 'current': nothing was missed"),
});
const draftAnswer = z.object({ draft: z.object({ fields: cardDraftFields, at: epoch, staffId: z.string() }).nullable() });
const receptionAnswer = z.object({ booking: shape.receptionBooking });

export const RESULT_SCHEMAS = {
  hello: helloResult,
  ping: z.object({ now: z.number().int() }),
  issue: issued,
  checkIn: issued,
  callNext: ticketAnswer,
  callTicket: ticketAnswer,
  recall: ticketAnswer,
  start: ticketAnswer,
  finish: ticketAnswer,
  noShow: ticketAnswer,
  transfer: ticketAnswer,
  breakStart: nothing,
  breakEnd: nothing,
  closeBooth: nothing,
  pressButton: z.object({ ok: z.literal(true) }),
  rate: nothing,
  ratingToday: z.object({ day: z.string(), ratings: z.number().int(), satisfied: z.number().int().describe('scores 4 and 5'), satisfiedPct: z.number().nullable() }),
  slots: z.object({ slots: z.array(shape.slot) }),
  book: bookingAnswer,
  moveBooking: bookingAnswer,
  cancelBooking: bookingAnswer,
  reprint: z.object({ ok: z.literal(true) }),
  closeDay: nothing,
  alertAck: z.object({ alert: shape.alert }),
  callHelp: z.object({
    since: epoch.describe("when the kiosk's call began"),
    already: z.boolean().describe("the kiosk's call was already held: this press raised nothing new"),
    seen: z.boolean().describe('someone on the staff has acknowledged the call'),
  }),
  getConfig: z.object({ config: z.record(z.string(), z.unknown()), savedTo: z.string().nullable() }),
  setConfig: z.object({ savedTo: z.string().nullable(), restartNeeded: z.boolean() }),
  journalSave: appealAnswer,
  cardDraft: draftAnswer,
  journalGet: appealAnswer,
  journalSearch: z.object({ appeals: z.array(shape.appeal) }),
  journalDue: z.object({ overdue: z.array(shape.appeal), dueSoon: z.array(shape.appeal), open: z.number().int() }),
  journalClose: z.object({ appeal: shape.appeal }),
  journalDocument: z.object({ html: z.string() }),
  phoneSave: z.object({ consultation: shape.phoneConsultation }),
  phoneList: z.object({ consultations: z.array(shape.phoneConsultation) }),
  feedbackLeave: z.object({ id: z.string(), dueAt: z.number().int().nullable() }),
  feedbackList: z.object({ open: z.array(shape.appeal), count: z.number().int() }),
  feedbackAnswer: z.object({ appeal: shape.appeal }),
  stats: z.object({ report: shape.statsReport }),
  outreachPlan: z.object({ visit: shape.outreachVisit }),
  outreachImport: z.object({ visit: shape.outreachVisit, imported: z.number().int(), problems: z.array(shape.listProblem) }),
  outreachReschedule: z.object({ visit: shape.outreachVisit }),
  outreachCancel: z.object({ visit: shape.outreachVisit }),
  outreachVisits: z.object({ visits: z.array(shape.outreachVisit) }),
  outreachList: z.object({ visit: shape.outreachVisit, citizens: z.array(shape.listedCitizen) }),
  outreachPrint: z.object({ html: z.string() }),
  outreachAnalysis: z.object({ analysis: shape.outreachAnalysis }),
  receptionSchedule: z.object({ sessions: z.array(shape.scheduledSession), bookings: z.array(shape.receptionBooking) }),
  receptionBook: receptionAnswer,
  receptionMove: receptionAnswer,
  receptionCancel: receptionAnswer,
  receptionPrepare: receptionAnswer,
  receptionMaterials: z.object({ day: z.string(), sessions: z.array(shape.scheduledSession), bookings: z.array(shape.receptionBooking), appeals: z.array(shape.appealSummary), caseFiles: z.array(shape.linkedCaseFile) }),
  receptionPrint: z.object({ html: z.string() }),
  receptionDecide: receptionAnswer,
  receptionDone: receptionAnswer,
  receptionControl: z.object({ items: z.array(shape.receptionControlItem), counts: z.object({ onControl: z.number().int(), overdue: z.number().int(), done: z.number().int() }) }),
  receptionMine: z.object({ items: z.array(shape.receptionAssignment), counts: z.object({ onControl: z.number().int(), overdue: z.number().int() }) }),
  annualReport: z.object({ report: shape.annualReport }),
  annualReportPdf: z.object({ pdf: z.string().describe('the A4 PDF, base64'), fileName: z.string(), pages: z.number().int() }),
  auditLog: z.object({ entries: z.array(shape.auditEntry) }),
  caseFileForm: z.object({ file: shape.caseFile }),
  caseFileMove: z.object({ file: shape.caseFile }),
  caseFileGet: z.object({ file: shape.caseFile, history: z.array(shape.caseFileStep) }),
  caseFiles: z.object({ files: z.array(shape.caseFile) }),
  caseFileSearch: z.object({ files: z.array(shape.caseFile) }),
  caseFileOverdue: z.object({ overdue: z.array(shape.overdueFile) }),
  caseFileBook: z.object({ files: z.array(shape.caseFile) }),
  caseFileDestroyable: z.object({ files: z.array(shape.destroyableFile) }),
  caseFileDestroy: z.object({ act: shape.destructionAct }),
  caseFileAct: z.object({ html: z.string() }),
  caseFileReturns: z.object({ analysis: shape.returnAnalysis }),
  caseFileFormable: z.object({ appeals: z.array(shape.appeal) }),
  caseFileSettings: z.object({ returnReasons: z.array(z.object({ id: z.string(), name: z.object({ ru: z.string(), uk: z.string().optional(), en: z.string().optional() }) })), overdueDays: z.record(z.string(), z.number().int()), storageYears: z.number().int() }),
} satisfies { [K in RequestType]: z.ZodTypeAny };
