// Every request of the /ws protocol, defined once: the schema its frame is checked against, the roles
// that may send it, and whether the client puts an idempotency key on it (and so sends it again after a
// reconnect). From this table come the request list, the permission table (server/permissions.ts), the
// client's keyed list (catalogue.ts, generated), the request types (messages.ts), the request table of
// docs/protocol.md and the JSON contract in docs/contract/. The schema of each request's answer is in
// results.ts, whose type refuses to compile without one; its handler is in server/handlers.ts, likewise.
//
// The daemon imports this but not results.ts: the answers' schemas, and shapes.ts they are built from,
// stay out of its memory. Apps import only types derived from both (messages.ts), so no zod ships to them.
import { z } from 'zod/v3';
import { PROTOCOL_VERSION } from './version.js';
import { APPEAL_TYPES, CATEGORIES, FEEDBACK_KINDS, RESULTS } from '../journal/types.js';
import { CASE_FILE_STATES } from '../journal/case-file-types.js';
import { DAY_PATTERN, isCalendarDay } from '../domain/calendar-day.js';

// `archivist` (issue 18): keeps the archive of personal case files (issues, takes back, shelves, destroys by act).
export const ROLES = ['kiosk', 'display', 'operator', 'consultant', 'supervisor', 'integration', 'archivist'] as const;
type Role = (typeof ROLES)[number];

const requestId = z.union([z.string().max(64), z.number().int()]);
const booth = z.number().int().min(1).max(99);
export const epoch = z.number().int().min(0);
const text = (max: number) => z.string().max(max);

/** A calendar day; "2026-02-30" is refused, not rolled over into March. */
export const day = z.string().regex(DAY_PATTERN, 'expected a date like "2026-11-24"').refine(isCalendarDay, 'expected a date that exists on the calendar').describe('YYYY-MM-DD');
const documentList = z.array(text(200)).max(40);

/** Every request: its correlation id, and an optional idempotency key (see "keyed" below). */
const base = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.object({ id: requestId, type: z.literal(type), key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8–64 letters, digits, _ or -').optional(), ...shape }).strict();

/** A visit record as a specialist or an intake app fills it in (see docs/protocol.md, "The appeal journal"). */
const appealInput = z.object({
  id: text(32).optional(),
  ticketId: text(64).nullable().optional(),
  staffId: text(32).optional().describe('integration only; a staff member writes as themselves'),
  // Only the name is required: an intake desk often has no passport or address at hand.
  citizen: z.object({ fullName: text(200), address: text(300).nullable().optional(), passport: text(40).nullable().optional() }).strict(),
  category: z.enum(CATEGORIES),
  appealType: z.enum(APPEAL_TYPES),
  reason: text(32),
  result: z.enum(RESULTS).describe("the visit's result, the same list as finish.result"),
  documents: documentList.optional(),
  missingDocuments: documentList.optional(),
  notes: text(2000).optional(),
  outreachVisitId: text(32).nullable().optional().describe('an appeal taken on an outreach visit: the visit, and no ticket'),
}).strict();

/** A visitor card as typed so far, each field as text (documents one a line); nothing is checked yet. */
export const cardDraftFields = z.object({
  fullName: text(200), address: text(300), passport: text(40), category: text(32), appealType: text(32), reason: text(32), result: text(32),
  documents: text(8000), missing: text(8000), notes: text(2000),
}).partial().strict();

const phoneInput = z.object({ staffId: text(32).optional().describe('integration only'), topic: text(300), result: text(300), caller: text(200).optional(), notes: text(2000).optional() }).strict();

const ALL = ROLES;
const BOOTH: readonly Role[] = ['operator', 'supervisor'];
const ISSUE: readonly Role[] = ['kiosk', 'consultant', 'supervisor'];
const BOOKING: readonly Role[] = ['consultant', 'supervisor'];
/** The journal holds personal data: staff roles and the intake app only, never the kiosk or a display. */
const JOURNAL: readonly Role[] = ['operator', 'consultant', 'supervisor', 'integration'];
const HEAD: readonly Role[] = ['supervisor'];
/** Who plans outreach visits and imports the settlements' lists: the consultant and the head. */
const OUTREACH_PLAN: readonly Role[] = ['consultant', 'supervisor'];
const year = z.number().int().min(2000).max(2100);
/** Personal case files (issue 18): who forms them, who sees where they are, who keeps the archive. */
const CASE_FORM: readonly Role[] = ['operator', 'consultant', 'supervisor'];
const CASE_STAFF: readonly Role[] = ['operator', 'consultant', 'supervisor', 'archivist'];
const CASE_KEEPERS: readonly Role[] = ['supervisor', 'archivist'];
const caseFileId = text(32);
const caseFileMove = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }).strict(),
  z.object({ kind: z.literal('return'), reasons: z.array(text(32)).max(10).describe('at least one of journal.caseFiles.returnReasons'), note: text(500).optional() }).strict(),
  z.object({ kind: z.literal('complete') }).strict(),
  z.object({ kind: z.literal('bundle'), bundle: text(32).regex(/\S/, 'expected the number of the bundle') }).strict(),
  z.object({ kind: z.literal('hand'), receivedBy: text(200).regex(/\S/, 'expected who received it in the payments department') }).strict(),
  z.object({ kind: z.literal('close') }).strict(),
  z.object({ kind: z.literal('shelve'), year, place: text(100).regex(/\S/, 'expected the place: rack, shelf, box'), sheets: z.number().int().min(1).max(5000) }).strict(),
  z.object({ kind: z.literal('issue'), to: text(32) }).strict(),
  z.object({ kind: z.literal('take-back') }).strict(),
]);
/** Who books citizens to the management's reception and keeps its control: the consultant (the service that works with appeals) and the head. */
const RECEPTION: readonly Role[] = ['consultant', 'supervisor'];
const receptionSlot = { day, session: z.number().int().min(0).max(9).describe('the entry of reception.hours'), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like "10:15"') };
const lang = z.enum(['ru', 'uk', 'en']);

export interface RequestDefinition {
  schema: z.AnyZodObject;
  roles: readonly Role[];
  /** The client puts a random key on it and sends it again after a reconnect; the daemon answers a repeated key once. */
  keyed: boolean;
  /** One line for the request table of docs/protocol.md, after the answer (results.ts). */
  note?: string;
}

const define = <S extends z.AnyZodObject>(d: { schema: S; roles: readonly Role[]; keyed: boolean; note?: string }) => d;

const boothAction = <K extends string, T extends z.ZodRawShape>(type: K, fields: T) =>
  define({ schema: base(type, { booth: booth.optional(), ...fields }), roles: BOOTH, keyed: true });

export const REQUESTS = {
  hello: define({
    schema: base('hello', {
      protocol: z.literal(PROTOCOL_VERSION),
      role: z.enum(ROLES),
      staffId: text(32).optional(),
      pin: text(16).optional(),
      token: text(256).optional().describe("an integration's token, or an enrolled kiosk's"),
      /** The booth an operator works at, or the booth a booth display shows. */
      booth: booth.optional(),
      directions: z.array(text(32)).max(20).optional(),
      hall: text(32).optional().describe('display only: the hall a hall display shows (`/display/hall/<id>`); unknown: `HALL_NOT_FOUND`'),
      lastSeq: z.number().int().min(0).optional(),
      client: text(64).optional(),
      ratingScreen: z.enum(['booth-display', 'tablet']).optional().describe("a booth display that lets citizens rate visits (its `token` the booth's rating token, see rating.booths)"),
    }),
    roles: ALL, keyed: false, note: 'the first request on a connection; see "Starting a session"',
  }),
  ping: define({ schema: base('ping', {}), roles: ALL, keyed: false }),
  issue: define({ schema: base('issue', { directionId: text(32), priority: text(32).nullable().optional(), largePrint: z.boolean().optional().describe('print the ticket in large type (the kiosk\'s accessible mode)') }), roles: ISSUE, keyed: true, note: 'from a kiosk: a few at once, then one every few seconds (`ISSUING_TOO_FAST` with `details.retryAfterMs`)' }),
  checkIn: define({
    schema: base('checkIn', { code: z.string().regex(/^(\d{9}|\d{6})$/, 'expected the nine-digit booking code').describe('nine digits, or six for a booking made before codes grew') }),
    roles: ISSUE, keyed: true,
    note: 'from a kiosk: every refusal is `BOOKING_NOT_FOUND` but a code used today (`BOOKING_CHECKED_IN` with `details.ticketLabel`), and wrong codes are limited (`TOO_MANY_CODES` with `details.retryAfterMs`); see "Booking codes and their limits"',
  }),
  callNext: boothAction('callNext', {}),
  callTicket: boothAction('callTicket', { ticketId: text(64) }),
  recall: boothAction('recall', {}),
  start: boothAction('start', {}),
  finish: boothAction('finish', { result: text(32).optional().describe('the visit\'s result, one of the list shared with the visitor card (`results`); without it, the card\'s') }),
  noShow: boothAction('noShow', {}),
  transfer: boothAction('transfer', { toDirection: text(32).optional(), toBooth: booth.optional(), keepPlace: z.boolean().optional().describe('default true') }),
  breakStart: boothAction('breakStart', { kind: z.enum(['lunch', 'technical']), until: epoch.describe('epoch ms') }),
  breakEnd: boothAction('breakEnd', {}),
  closeBooth: boothAction('closeBooth', {}),
  pressButton: define({
    schema: base('pressButton', { action: z.enum(['callNext', 'recall', 'start', 'finish', 'noShow']).describe("an action the booth's button is mapped to") }),
    roles: ['operator'], keyed: false,
    note: "the demo's virtual call button of the operator's own booth, only with `hardware.buttonBus: \"simulated\"` (else `BUTTONS_NOT_SIMULATED`): it sends the report a real button would, and the press then acts and is told (`button` notice) as a real one",
  }),
  rate: define({
    schema: base('rate', {
      score: z.number().int().min(1).max(5).optional().describe('1–5: the face the citizen touched; once a visit'),
      reason: text(32).optional().describe('an id from rating.reasons, after the score; once a visit'),
    }),
    roles: ['display'], keyed: true,
    note: "only a booth's enrolled rating screen (hello with `ratingScreen`), for the visit its booth finished last, while its window is open: `RATING_NOT_ENROLLED`, `RATING_OFF`, `RATING_CLOSED`, `RATING_GIVEN`, `RATING_REASON_NOT_FOUND`; a few a visit (`RATING_TOO_FAST` with `details.retryAfterMs`)",
  }),
  ratingToday: define({
    schema: base('ratingToday', {}), roles: HEAD, keyed: false,
    note: "today's satisfaction share for the head's live view",
  }),
  slots: define({ schema: base('slots', { directionId: text(32), day }), roles: BOOKING, keyed: false }),
  book: define({ schema: base('book', { directionId: text(32), at: epoch, citizenName: text(200), phone: text(40) }), roles: BOOKING, keyed: true }),
  moveBooking: define({ schema: base('moveBooking', { bookingId: text(32), at: epoch }), roles: BOOKING, keyed: true }),
  cancelBooking: define({ schema: base('cancelBooking', { bookingId: text(32) }), roles: BOOKING, keyed: true }),
  reprint: define({ schema: base('reprint', { ticketId: text(64) }), roles: BOOKING, keyed: true, note: 'the key is not remembered: a retry prints again' }),
  closeDay: define({ schema: base('closeDay', {}), roles: HEAD, keyed: true }),
  alertAck: define({
    schema: base('alertAck', { alertId: text(200) }), roles: [...HEAD, 'consultant'], keyed: true,
    note: 'the head of the service has seen an alert; a second acknowledgement answers the same alert; `ALERT_NOT_FOUND` for an unknown or resolved one. The consultant acknowledges only a kiosk\'s call for help (else `ROLE_FORBIDDEN`)',
  }),
  callHelp: define({
    schema: base('callHelp', {}), roles: ['kiosk'], keyed: true,
    note: 'a visitor at the kiosk needs help: a `kiosk-help` alert for the consultant and the head, with `accessibility.helpButton` on (else `HELP_NOT_ENABLED`); three at once, then one a minute per kiosk (`HELP_TOO_FAST` with `details.retryAfterMs`)',
  }),
  getConfig: define({
    schema: base('getConfig', {}), roles: HEAD, keyed: false,
    note: 'staff are sent without their `pinHash`',
  }),
  setConfig: define({
    schema: base('setConfig', { config: z.record(z.string(), z.unknown()).describe('the whole office configuration, as the config file; a staff member sent with neither `pin` nor `pinHash` keeps her PIN, one sent with `pin` gets it hashed and her sessions end') }),
    roles: HEAD, keyed: true,
    note: '`CONFIG_INVALID` with `details.problems` (English, with the path) and `details.words` (the same in the office language); the key is not remembered (sending the same configuration twice is harmless)',
  }),
  journalSave: define({ schema: base('journalSave', { appeal: appealInput.describe('see "A visitor card"') }), roles: JOURNAL, keyed: true }),
  cardDraft: define({
    schema: base('cardDraft', { ticketId: text(64), draft: cardDraftFields.nullable().optional().describe('the fields typed so far; null discards the draft; absent reads it') }),
    roles: BOOTH, keyed: false,
    note: 'the visitor card of a ticket kept as a draft until `journalSave` (which deletes it); audited like a card, erased a day on',
  }),
  journalGet: define({ schema: base('journalGet', { appealId: text(32) }), roles: JOURNAL, keyed: false }),
  journalSearch: define({
    schema: base('journalSearch', { text: text(200).optional(), from: day.optional(), to: day.optional(), limit: z.number().int().min(1).max(200).optional().describe('at most 200, default 50') }),
    roles: JOURNAL, keyed: false, note: 'newest first',
  }),
  journalDue: define({ schema: base('journalDue', {}), roles: JOURNAL, keyed: false }),
  journalClose: define({ schema: base('journalClose', { appealId: text(32), result: z.enum(RESULTS).optional() }), roles: JOURNAL, keyed: true }),
  journalDocument: define({
    schema: base('journalDocument', { appealId: text(32), kind: z.enum(['receipt', 'memo']), lang: z.enum(['ru', 'uk', 'en']).optional() }),
    roles: JOURNAL, keyed: false,
  }),
  phoneSave: define({ schema: base('phoneSave', { consultation: phoneInput.describe('`topic`, `result`, `caller?`, `notes?`, `staffId?` (integration only)') }), roles: JOURNAL, keyed: true }),
  phoneList: define({ schema: base('phoneList', { from: day, to: day }), roles: JOURNAL, keyed: false }),
  feedbackLeave: define({
    schema: base('feedbackLeave', {
      kind: z.enum(FEEDBACK_KINDS),
      text: text(2000).describe('at most `feedback.maxLength` characters (default 1000)'),
      contactName: text(200).optional(),
      contactPhone: text(40).optional(),
    }),
    roles: ['kiosk'], keyed: true,
    note: 'an entry of the book of feedback, with `feedback.enabled` only (`FEEDBACK_OFF`); a few at once per kiosk, then one a minute (`FEEDBACK_TOO_FAST` with `details.retryAfterMs`); see "The book of feedback"',
  }),
  feedbackList: define({
    schema: base('feedbackList', {}), roles: HEAD, keyed: false,
    note: 'the entries of the book of feedback not answered yet, newest first (at most 200); audited as a read of each',
  }),
  feedbackAnswer: define({
    schema: base('feedbackAnswer', { appealId: text(32), answer: text(2000) }), roles: HEAD, keyed: true,
    note: 'the head answers an entry and takes it off control; `APPEAL_CLOSED` when already answered',
  }),
  stats: define({ schema: base('stats', { from: day, to: day }), roles: ['supervisor', 'integration'], keyed: false, note: 'days inclusive' }),
  outreachPlan: define({
    schema: base('outreachPlan', { visit: z.object({ settlement: text(120), day, specialists: z.array(text(32)).min(1).max(10) }).strict() }),
    roles: OUTREACH_PLAN, keyed: true,
    note: 'a visit to a settlement on a day with the specialists who go; see "Outreach visits"',
  }),
  outreachImport: define({
    schema: base('outreachImport', {
      visitId: text(32), file: z.string().max(700_000).describe("the settlement's CSV file, base64 (UTF-8 or Windows-1251, ; or , separated)"),
      replaces: z.number().int().min(0).max(100_000).optional().describe('for a corrected list: how many citizens the list being replaced holds, as the person confirmed it'),
    }),
    roles: OUTREACH_PLAN, keyed: true,
    note: 'the visit\'s list becomes the good rows, each bad row named in `problems`; a broken file is `LIST_BROKEN` with `details.problems` and nothing is taken; over an earlier list only with `replaces` equal to its count (else `LIST_EXISTS` with `details.listed`, `details.incoming`); `OUTREACH_HELD` once the visit took place, `OUTREACH_CANCELLED`',
  }),
  outreachReschedule: define({
    schema: base('outreachReschedule', { visitId: text(32), day: day.optional(), specialists: z.array(text(32)).min(1).max(10).optional() }),
    roles: OUTREACH_PLAN, keyed: true,
    note: 'a new day and/or specialists for a visit still ahead; its id and list stay; `OUTREACH_HELD` for a visit in the past or with appeals recorded, `OUTREACH_CANCELLED`',
  }),
  outreachCancel: define({
    schema: base('outreachCancel', { visitId: text(32), reason: text(300).describe('why, in words') }),
    roles: OUTREACH_PLAN, keyed: true,
    note: 'the visit is not held; its list is erased by retention from the day of cancelling; `OUTREACH_HELD` when appeals were recorded on it',
  }),
  outreachVisits: define({
    schema: base('outreachVisits', { from: day, to: day }), roles: JOURNAL, keyed: false,
    note: 'days inclusive, earliest first; counts only, no names',
  }),
  outreachList: define({
    schema: base('outreachList', { visitId: text(32) }), roles: JOURNAL, keyed: false,
    note: 'audited; empty once erased',
  }),
  outreachPrint: define({
    schema: base('outreachPrint', { visitId: text(32), lang: z.enum(['ru', 'uk', 'en']).optional() }), roles: JOURNAL, keyed: false,
    note: 'the list as an A4 page that prints itself; audited',
  }),
  outreachAnalysis: define({
    schema: base('outreachAnalysis', { fromYear: year, toYear: year }), roles: ['supervisor', 'integration'], keyed: false,
    note: 'by settlement and year, with the suggestion for the year after `toYear`',
  }),
  receptionSchedule: define({
    schema: base('receptionSchedule', { from: day, to: day }), roles: RECEPTION, keyed: false,
    note: 'the reception days between two days (at most three months) with their slots, and the bookings on them; audited',
  }),
  receptionBook: define({
    schema: base('receptionBook', {
      booking: z.object({
        ...receptionSlot,
        citizen: z.object({ fullName: text(200), phone: text(40).optional() }).strict(),
        question: text(500),
        appealIds: z.array(text(32)).max(20).describe('the journal appeals the question was considered in: at least one'),
        caseFiles: z.array(text(40)).max(20).optional().describe("the citizen's personal case files (their numbers)"),
      }).strict(),
    }),
    roles: RECEPTION, keyed: true,
    note: '`NOT_CONSIDERED` without an appeal of the journal (its words in `details.text`, by field in `details.fields`); `CASE_FILE_NOT_FOUND` for a number that names no case file; `SLOT_TAKEN`, `NOT_A_RECEPTION_DAY`, `NOT_A_SLOT`, `RECEPTION_PAST`',
  }),
  receptionMove: define({ schema: base('receptionMove', { bookingId: text(32), ...receptionSlot }), roles: RECEPTION, keyed: true, note: 'before the decision only (`RECEPTION_STATE`)' }),
  receptionCancel: define({ schema: base('receptionCancel', { bookingId: text(32) }), roles: RECEPTION, keyed: true, note: 'before the decision only (`RECEPTION_STATE`)' }),
  receptionPrepare: define({
    schema: base('receptionPrepare', { bookingId: text(32), appealIds: z.array(text(32)).max(20), caseFiles: z.array(text(40)).max(20) }),
    roles: RECEPTION, keyed: true, note: "replaces the booking's materials: its considered appeals (at least one) and case files (each an existing file, else `CASE_FILE_NOT_FOUND`)",
  }),
  receptionMaterials: define({
    schema: base('receptionMaterials', { day }), roles: RECEPTION, keyed: false,
    note: "a reception day's booked citizens with the appeals their questions were considered in and where each linked case file is now; audited (`case-read` for the files)",
  }),
  receptionPrint: define({
    schema: base('receptionPrint', { day: day.optional(), bookingId: text(32).optional(), lang: lang.optional() }),
    roles: RECEPTION, keyed: false,
    note: "either `day`: the day's materials for the head (A4), or `bookingId`: the citizen's invitation (A5); pages that print themselves; audited",
  }),
  receptionDecide: define({
    schema: base('receptionDecide', {
      bookingId: text(32), decision: text(2000),
      control: z.object({ deadline: day.optional().describe('required'), responsible: text(32).optional().describe('required: a staff id') }).strict().nullable().optional()
        .describe('put under control: by when, and who answers for it'),
    }),
    roles: HEAD, keyed: true,
    note: 'the head, on or after the reception day; again to correct it until it is off control. Under control without its deadline or its responsible: `BAD_REQUEST` naming the field (`control.deadline`) in `details.problems`, in the office\'s words in `details.text` and by field in `details.fields`',
  }),
  receptionDone: define({
    schema: base('receptionDone', { bookingId: text(32), note: text(500).optional() }), roles: RECEPTION, keyed: true,
    note: 'the decision is carried out: off control "to the file", with the date and who',
  }),
  receptionControl: define({
    schema: base('receptionControl', { state: z.enum(['on-control', 'overdue', 'done', 'all']).optional().describe("default 'all'"), limit: z.number().int().min(1).max(500).optional().describe('default 200') }),
    roles: RECEPTION, keyed: false,
    note: 'decisions under control: overdue and on control by deadline, done latest first; audited',
  }),
  receptionMine: define({
    schema: base('receptionMine', {}), roles: ['operator', 'consultant', 'supervisor', 'archivist'], keyed: false,
    note: "the signed-in staff member's own decisions on control: those they answer for and those whose case files they hold; overdue first, then by deadline; audited",
  }),
  annualReport: define({
    schema: base('annualReport', { year, quarter: z.number().int().min(1).max(4).optional().describe('absent: the whole year') }),
    roles: HEAD, keyed: false,
    note: 'the annual analysis of a year or a quarter, each figure beside the same period a year before; see "The annual analysis"',
  }),
  annualReportPdf: define({
    schema: base('annualReportPdf', { year, quarter: z.number().int().min(1).max(4).optional(), lang: z.enum(['ru', 'uk', 'en']).optional().describe('default: the office language') }),
    roles: HEAD, keyed: false,
    note: 'the same as a printable A4 PDF with charts, made by the daemon',
  }),
  auditLog: define({
    schema: base('auditLog', { from: day, to: day, limit: z.number().int().min(1).max(1000).optional().describe('at most 1000, default 200') }),
    roles: HEAD, keyed: false,
  }),
  caseFileForm: define({
    schema: base('caseFileForm', { appealId: text(32) }), roles: CASE_FORM, keyed: true,
    note: 'a personal case file from a "documents" appeal with result "accepted" (an operator: her own); see "Personal case files"',
  }),
  caseFileMove: define({
    schema: base('caseFileMove', { fileId: caseFileId, move: caseFileMove.describe('`kind` and what the move says; see "Personal case files"') }),
    roles: CASE_STAFF, keyed: true,
    note: 'one move of the route; out of order `CASE_FILE_REFUSED`, by the wrong role `ROLE_FORBIDDEN`, each with `details.text` in words',
  }),
  caseFileGet: define({
    schema: base('caseFileGet', { fileId: caseFileId }), roles: CASE_STAFF, keyed: false,
    note: 'the file and its route; audited; an operator: only her own',
  }),
  caseFiles: define({
    schema: base('caseFiles', { state: z.enum(CASE_FILE_STATES).optional().describe("an operator always gets the files she formed") }), roles: CASE_STAFF, keyed: false,
    note: 'the files in a state (or formed by the asker); audited',
  }),
  caseFileSearch: define({
    schema: base('caseFileSearch', { name: text(200).describe('the beginning of the name, two letters or more') }), roles: CASE_STAFF, keyed: false,
    note: 'alphabetically; audited; an operator: only her own',
  }),
  caseFileOverdue: define({
    schema: base('caseFileOverdue', {}), roles: CASE_KEEPERS, keyed: false,
    note: 'files lying at a step longer than `journal.caseFiles.overdueDays`; audited',
  }),
  caseFileBook: define({
    schema: base('caseFileBook', { year: year.optional().describe('the archive year; all years when absent') }), roles: CASE_KEEPERS, keyed: false,
    note: "the archivist's alphabetical book of the files held in the archive; audited",
  }),
  caseFileDestroyable: define({
    schema: base('caseFileDestroyable', {}), roles: CASE_KEEPERS, keyed: false,
    note: 'shelved files whose storage term has ended; audited',
  }),
  caseFileDestroy: define({
    schema: base('caseFileDestroy', {
      fileIds: z.array(caseFileId).min(1).max(1000), method: text(200),
      commission: z.array(z.object({ name: text(200), position: text(200) }).strict()).min(1).max(10),
    }),
    roles: CASE_KEEPERS, keyed: true,
    note: 'the numbered act of destruction; the files\' names are erased at once; a file not yet due refuses the whole act (`CASE_FILE_REFUSED`)',
  }),
  caseFileAct: define({
    schema: base('caseFileAct', { actId: text(16), lang: z.enum(['ru', 'uk', 'en']).optional() }), roles: CASE_KEEPERS, keyed: false,
    note: 'the act as an A4 page that prints itself (Roskomnadzor order No. 179); audited',
  }),
  caseFileReturns: define({
    schema: base('caseFileReturns', { fromYear: year, toYear: year }), roles: ['supervisor', 'integration'], keyed: false,
    note: 'files checked and returned for completion by year, quarter, reason, specialist and payment type',
  }),
  caseFileFormable: define({
    schema: base('caseFileFormable', { days: z.number().int().min(1).max(90).optional().describe('office days back, default 14') }), roles: CASE_FORM, keyed: false,
    note: 'accepted "documents" appeals without a case file yet (an operator: her own), newest first; audited',
  }),
  caseFileSettings: define({
    schema: base('caseFileSettings', {}), roles: CASE_STAFF, keyed: false,
    note: 'the reasons of a return, the working days of each step, the storage term (journal.caseFiles)',
  }),
} satisfies Record<string, RequestDefinition>;

export type RequestType = keyof typeof REQUESTS;
export const REQUEST_TYPES = Object.keys(REQUESTS) as RequestType[];
export const isRequestType = (type: string): type is RequestType => Object.hasOwn(REQUESTS, type);
