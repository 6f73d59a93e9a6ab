// What the daemon sends, as schemas: tickets, booths, bookings, the snapshot, events, notices and the
// journal's records. Nothing validates outgoing frames at run time, so the daemon does not load this file;
// these exist so that the contract (docs/contract/) can describe every answer, and so that the answers of
// results.ts, and the result types, derive from them. Each schema is checked at compile time against the type its home module declares (domain/,
// journal/): when one changes and the other does not, `npm run typecheck` fails here.
import { FIGURE_IDS, type AnnualReport } from '../journal/annual-figures.js';
import { z } from 'zod/v3';
import { VOICE_PROBLEMS } from 'hardware/voice-problem';
import { localized, schedule } from '../config/schema.js';
import { ERROR_CODES } from '../domain/errors.js';
import { NORM_CAUSES } from '../domain/norm.js';
import { APPEAL_TYPES, CATEGORIES, FEEDBACK_KINDS, RESULTS } from '../journal/types.js';
import { TABLE_IDS } from '../journal/stats.js';
import { SESSION_END_REASONS, SESSION_ENDED_CLOSE } from './session-end.js';
import type * as domain from '../domain/types.js';
import type { QueueSummary } from '../domain/summary.js';
import type { RoutingRules } from '../domain/routing.js';
import type { Rating } from '../domain/rating.js';
import type { Slot } from '../domain/bookings.js';
import type { QueueError } from '../domain/errors.js';
import type { Appeal, AppealSummary, AuditEntry, PhoneConsultation } from '../journal/types.js';
import type { StatsReport } from '../journal/stats.js';
import type { ListedCitizen, OutreachVisit } from '../journal/outreach-types.js';
import type { OutreachAnalysis } from '../journal/outreach-rules.js';
import { CASE_FILE_STATES, type CaseFile, type CaseFileStep, type DestructionAct, type ReturnAnalysis } from '../journal/case-file-types.js';
import type { LinkedCaseFile, ReceptionBooking } from '../journal/reception-types.js';
import type { ReceptionSession } from '../journal/reception-rules.js';

/** Compile-time proof that a schema describes exactly the declared type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>): void => void proof;

const int = () => z.number().int();
const epoch = () => z.number().int().describe('epoch milliseconds');
const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable();

export const error = z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).describe('An error: a stable code, plain English for logs, and details (BAD_REQUEST always has details.problems)');

const ticketAction = z.enum(['issued', 'called', 'recalled', 'started', 'finished', 'no-show', 'transferred', 'closed', 'result-recorded', 'next-step']);

export const ticketBundle = z.object({
  id: z.string().describe('the life situation: the direction the ticket was issued under'),
  steps: z.array(z.object({ direction: z.string(), booth: nullable(int()).describe('only this booth calls the step; null: any booth of the direction') })),
  step: int().describe('the step the ticket is at, from 0'),
  movedAt: nullable(epoch()).describe('when the step before finished and sent the ticket on'),
  fromBooth: nullable(int()).describe('the booth whose finish sent the ticket on'),
  ended: nullable(z.enum(['completed', 'broken'])).describe('completed: the last step finished; broken: a no-show or a close ended it early'),
}).describe('Where a ticket of a life situation (a bundle of steps) is in it');
const ticketState = z.enum(['waiting', 'called', 'serving', 'done', 'no-show', 'closed']);

export const ticket = z.object({
  id: z.string().describe('<office day>/<direction of issue>/<number>'),
  day: z.string(),
  number: int(),
  label: z.string(),
  directionId: z.string(),
  priority: nullable(z.string()),
  bookingId: nullable(z.string()),
  source: z.enum(['kiosk', 'consultant', 'booking']),
  state: ticketState,
  issuedAt: epoch(),
  queuedAt: epoch(),
  calledAt: nullable(epoch()),
  startedAt: nullable(epoch()),
  finishedAt: nullable(epoch()),
  booth: nullable(int()),
  targetBooth: nullable(int()),
  staffId: nullable(z.string()),
  recalls: int(),
  transfers: int(),
  result: nullable(z.string()).describe('the visit\'s result, one of `results` (the same as its visitor card\'s); before that list, an old id (see "One result per visit")'),
  history: z.array(z.object({ at: epoch(), action: ticketAction, booth: int().optional(), staffId: z.string().optional(), note: z.string().optional() })),
  bundle: nullable(ticketBundle).optional().describe('set on a ticket of a life situation'),
}).describe('A ticket as staff see it');

export const publicTicket = ticket.pick({ id: true, label: true, directionId: true, state: true, booth: true, targetBooth: true, issuedAt: true, calledAt: true, recalls: true, priority: true, bundle: true }).describe('A ticket as the kiosk and displays see it');

export const ratingWindow = z.object({
  ticketId: z.string().describe('the visit being rated'),
  until: epoch().describe('the window closes then, or sooner at the next call'),
  score: nullable(int()).describe('1–5 once given'),
  reason: nullable(z.string()).describe('an id from rating.reasons once given'),
}).describe("The rating window of the visit finished at the booth last (rating on); no citizen's data");

export const booth = z.object({
  number: int(),
  status: z.enum(['closed', 'open', 'break']),
  staffId: nullable(z.string()),
  staffName: nullable(z.string()),
  directions: z.array(z.string()),
  breakKind: nullable(z.enum(['lunch', 'technical'])),
  breakUntil: nullable(epoch()),
  ticketId: nullable(z.string()),
  since: nullable(epoch()),
  rating: nullable(ratingWindow).optional(),
});

export const publicBooth = booth.pick({ number: true, status: true, staffName: true, directions: true, breakKind: true, breakUntil: true, ticketId: true, rating: true });

export const booking = z.object({
  id: z.string(),
  code: z.string().describe('six digits, typed at the kiosk to check in'),
  directionId: z.string(),
  at: epoch(),
  day: z.string(),
  citizenName: z.string(),
  phone: z.string(),
  state: z.enum(['booked', 'checked-in', 'cancelled']),
  ticketId: nullable(z.string()),
  createdAt: epoch(),
  createdBy: nullable(z.string()),
});

export const slot = z.object({ at: epoch(), free: int() });

export const summary = z.object({
  day: z.string(),
  schedule: z.object({ open: z.boolean(), alwaysOpen: z.boolean(), closesAt: nullable(epoch()), opensAt: nullable(epoch()) }),
  directions: z.array(z.object({ id: z.string(), waiting: int(), longestWaitMinutes: int(), waitMinutes: int(), refusal: nullable(z.enum(ERROR_CODES)) })),
});

export const alert = z.object({
  id: z.string(),
  kind: z.enum(['long-wait', 'norm-near', 'break-over', 'printer', 'printer-paper-low', 'printer-no-status', 'voice', 'button', 'storage', 'clock', 'priority-issuing', 'login-locked', 'feedback', 'kiosk-help', 'reception-overdue']),
  severity: z.enum(['warning', 'critical']),
  subject: z.string().describe('a direction id, a booth number, the device ("printer", "voice"), for storage the trouble ("full", "write", "low"), a locked login ("staff:<id>", or "others" for made-up ids, addresses and tokens), or for a kiosk\'s call for help the kiosk\'s name'),
  since: epoch().describe('when the condition began'),
  message: z.string().describe('words in the office language'),
  detail: z.string().optional().describe('the technical text behind the words (a device\'s or the system\'s own, in English), for a "details" click'),
  acknowledgedAt: nullable(epoch()),
  acknowledgedBy: nullable(z.string()),
}).describe('Something that needs a person, raised by the daemon; held until it resolves. Acknowledged by the head of the service, it stays on the staff screens marked as seen; the same condition after it resolves is a new alert');

export const normBreach = z.object({
  ticketId: z.string(),
  label: z.string(),
  day: z.string(),
  directionId: z.string(),
  booked: z.boolean(),
  normMinutes: int(),
  waitFrom: epoch().describe('when the wait began: the issue, or the booked time of a citizen who came earlier'),
  at: epoch().describe('the moment the norm was passed'),
  cause: z.object({
    kind: z.enum(NORM_CAUSES),
    booths: z.array(int()).describe('the booths on lunch or on a break, for those causes'),
    count: int().describe('for "no-shows": how many in a row'),
  }),
}).describe('A ticket that waited past its norm (alerts.norm, directions[].normMinutes), with the likely cause when it happened');

export const routing = z.object({
  order: z.array(z.enum(['booked', 'priority', 'wait'])),
  dueBeforeMin: z.number(),
  priorities: z.array(z.object({ id: z.string(), rank: z.number() })),
  directions: z.record(z.string(), z.object({
    mix: z.object({ priorityInRow: int(), ordinaryWaitMin: int() }).optional(),
    ageing: z.object({ minutesPerRank: int() }).optional(),
  })).describe('by direction id: how it softens strict priority; a direction not named keeps it'),
}).describe('What orders the line (domain/routing.ts lineOf)');

export const rating = z.object({
  ticketId: z.string(), day: z.string(), label: z.string(), directionId: z.string(), booth: int(),
  staffId: nullable(z.string()).describe('the specialist who served the visit'),
  openedAt: epoch(), until: epoch(), score: nullable(int()), reason: nullable(z.string()),
}).describe("A visit's rating: the visit and who served it, never the citizen");

export const event = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ticket'), action: ticketAction, at: epoch(), ticket: z.union([ticket, publicTicket]) }),
  z.object({ type: z.literal('booth'), at: epoch(), booth: z.union([booth, publicBooth]) }),
  z.object({ type: z.literal('booking'), action: z.enum(['booked', 'moved', 'cancelled', 'checked-in']), at: epoch(), booking }),
  z.object({ type: z.literal('day'), at: epoch(), day: z.string() }),
  z.object({ type: z.literal('alert'), action: z.enum(['raised', 'acknowledged', 'resolved']), at: epoch(), alert }).describe('Staff only: an alert raised, acknowledged by the head of the service, or resolved'),
  z.object({ type: z.literal('norm'), action: z.literal('breached'), at: epoch(), breach: normBreach }).describe('Staff only: a ticket waited past its norm; recorded once, with its cause'),
  z.object({
    type: z.literal('rating'), action: z.enum(['opened', 'rated', 'closed']), at: epoch(), rating,
    closed: z.enum(['timeout', 'call', 'day-ended']).optional().describe('why a window closed'),
  }).describe("Staff only: a finished visit's rating window opened, the citizen rated it (a score, then maybe a reason), or it closed"),
]);

export const devices = z.object({
  printer: z.object({
    state: z.enum(['ok', 'simulated', 'failed', 'unknown']), detail: z.string().optional(),
    paper: z.enum(['ok', 'low']).optional().describe("the roll's near-end sensor, where the printer reports it"),
    blind: z.boolean().optional().describe('true: the printer never answers status queries, so paper-out cannot be seen'),
  }),
  voice: z.object({
    state: z.enum(['ok', 'simulated', 'fallback', 'off', 'failed']),
    engine: z.string().optional(),
    problem: z.enum(VOICE_PROBLEMS).optional().describe('what is wrong, for the screens to put in words'),
    detail: z.string().optional().describe('the raw message (e.g. ALSA\'s), for an installer'),
  }),
  buttons: z.array(z.object({ booth: int(), state: z.enum(['connected', 'missing', 'simulated']) })),
});

const named = z.object({ id: z.string(), name: localized });

export const hall = z.object({ id: z.string(), name: localized, booths: z.array(int()), directions: z.array(z.string()) })
  .describe('A hall of the office with its booths and directions (an office without `halls` in its configuration has one, "main", holding everything)');
const staffMember = z.object({ id: z.string(), name: z.string(), role: z.string() });

/** A reception day of the management as the public screens publish it: who receives, when. No personal data. */
export const receptionSession = z.object({
  day: z.string(), session: int().describe('the entry of reception.hours'), who: localized, from: z.string().describe('"10:00"'), to: z.string(), slotMinutes: int(),
});

export const snapshot = z.object({
  now: epoch().describe("the daemon's clock when the snapshot was taken"),
  office: z.object({ name: z.string(), address: z.string(), phones: z.array(z.string()), timezone: z.string(), language: z.enum(['ru', 'uk', 'en']) }),
  directions: z.array(z.object({ id: z.string(), prefix: z.string(), name: localized, lifeSituation: z.literal(true).optional().describe('a bundle of steps: offered at the kiosk, its tickets wait in its steps\' queues, so it has no queue of its own') })),
  priorities: z.array(z.object({ id: z.string(), name: localized, rank: z.number() })),
  feedback: z.object({ enabled: z.boolean(), maxLength: int() }).describe('the book of feedback: whether the kiosk offers it, and the longest text it takes'),
  checkIn: z.object({ earlyMin: int(), lateMin: int() }).describe('a booking code is accepted from earlyMin minutes before the booked time until lateMin after it'),
  schedule,
  display: z.object({ infoLine: z.array(localized), recentCalls: int(), highlightSeconds: int() }),
  accessibility: z.object({
    kioskMode: z.boolean().describe("the kiosk offers its accessible mode (high contrast, large type, every step read aloud, the numeric keypad)"),
    helpButton: z.boolean().describe('the kiosk shows "call for help" (`callHelp`)'),
  }),
  halls: z.array(hall).describe("the office's halls; more than one: tickets and the kiosk say which hall to go to"),
  hall: z.string().optional().describe('a hall display only: the hall it shows; its booths, directions, tickets, counts and events are that hall\'s alone'),
  booths: z.array(z.union([booth, publicBooth])),
  tickets: z.array(z.union([ticket, publicTicket])),
  summary,
  devices,
  results: z.array(named).optional().describe('staff roles only: the results of a visit, one list for finish and the visitor card'),
  alerts: z.array(alert).optional().describe("staff roles only: the daemon's alerts held, acknowledged or not, oldest first"),
  routing: routing.optional().describe('staff roles only: what orders the line'),
  staff: z.array(staffMember).optional().describe('staff roles only'),
  bookings: z.array(booking).optional().describe('staff roles only'),
  reasons: z.array(named).optional().describe("staff roles only: the journal's reasons"),
  rating: z.object({
    timeoutSeconds: int(),
    reasons: z.array(z.object({ id: z.string(), when: z.enum(['low', 'high', 'any']), name: localized })),
  }).optional().describe('when citizens rate visits (rating.enabled): how long a window stays open and the reasons offered'),
  reception: z.array(receptionSession).optional().describe("the management's next reception days (reception.hours), earliest first; absent when none is configured"),
});

export const notice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('print'), ticketId: z.string(), label: z.string(), ok: z.boolean(), error: error.optional(),
    status: z.literal('unknown').optional().describe('the printer took the ticket but does not answer status queries: whether it printed is not known') }),
  z.object({ kind: z.literal('devices'), devices }),
  z.object({ kind: z.literal('button'), booth: int(), action: z.string(), ok: z.boolean(), error: error.optional() }),
  z.object({ kind: z.literal('alert'), level: z.enum(['warning', 'error']), code: z.string(), message: z.string().describe('words in the office language'), detail: z.string().optional().describe('the technical text behind the words, in English'), at: epoch() }),
  z.object({ kind: z.literal('config'), at: epoch() }).describe('The office configuration changed; a new snapshot follows'),
  z.object({ kind: z.literal('session-ended'), reason: z.enum(SESSION_END_REASONS), message: z.string().describe('words in the office language') })
    .describe(`The rights this session was opened with are gone; the daemon closes the socket with code ${SESSION_ENDED_CLOSE} next, and the client must sign in again`),
]);

const citizen = z.object({ fullName: z.string(), address: z.string(), passport: z.string() });

export const appeal = z.object({
  id: z.string(),
  at: epoch(),
  day: z.string(),
  ticketId: nullable(z.string()),
  ticketLabel: nullable(z.string()),
  step: nullable(int()).optional().describe("a life situation's ticket: the step (from 0) this card is the visit of; each step has its own card"),
  directionId: nullable(z.string()),
  staffId: z.string(),
  booth: nullable(int()),
  citizen: nullable(citizen),
  category: z.enum(CATEGORIES),
  appealType: z.enum(APPEAL_TYPES),
  reason: z.string(),
  result: z.enum(RESULTS).describe("the visit's result; its ticket's result is the same"),
  documents: z.array(z.string()),
  missingDocuments: z.array(z.string()),
  notes: z.string(),
  dueAt: nullable(epoch()),
  closedAt: nullable(epoch()),
  repeatOf: z.array(z.string()),
  createdAt: epoch(),
  updatedAt: epoch(),
  erasedAt: nullable(epoch()),
  feedback: z.object({
    kind: z.enum(FEEDBACK_KINDS), text: z.string(), contactName: z.string(), contactPhone: z.string(), kiosk: z.string(), answer: z.string(), answeredBy: nullable(z.string()),
  }).nullable().optional().describe('an entry of the book of feedback left at a kiosk; absent on a visit'),
  outreachVisitId: nullable(z.string()).optional().describe('the outreach visit the appeal was taken on'),
  lateEntry: z.boolean().optional().describe('entered more than `journal.outreach.lateAfterDays` after its outreach visit'),
});

export const appealSummary = appeal.pick({ id: true, at: true, ticketLabel: true, staffId: true, appealType: true, reason: true, result: true });

export const phoneConsultation = z.object({
  id: z.string(), at: epoch(), day: z.string(), staffId: z.string(), topic: z.string(), result: z.string(), caller: z.string(), notes: z.string(), erasedAt: nullable(epoch()),
});

export const auditEntry = z.object({
  at: epoch(), actor: z.string(), role: z.string(),
  action: z.enum(['save', 'read', 'search', 'document', 'close', 'phone-save', 'phone-read', 'erase', 'booking-save', 'booking-read', 'draft-save', 'draft-read', 'draft-discard', 'feedback-save', 'feedback-answer', 'outreach-save', 'outreach-read', 'case-save', 'case-read', 'reception-save', 'reception-read']),
  record: nullable(z.string()),
});

const cell = z.union([z.string(), z.number(), z.null()]);
export const statsReport = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    days: int(), tickets: int(), served: int(), noShows: int(), unserved: int(), booked: int(), walkIn: int(),
    avgWaitMin: nullable(z.number()), avgServiceMin: nullable(z.number()), appeals: int(), repeats: int(), phones: int(),
    servedWithinNorm: int().describe('served tickets whose wait was within the norm'), withinNormPct: nullable(z.number()), normBreaches: int().describe('tickets that waited past the norm, served or not'),
    ratings: int().describe("visits the citizens rated"), satisfiedPct: nullable(z.number()).describe('ratings of 4 or 5, % of all ratings'),
  }),
  tables: z.array(z.object({ id: z.enum(TABLE_IDS), columns: z.array(z.string()), rows: z.array(z.array(cell)), chart: z.string() })),
});

same<z.infer<typeof ticket>, domain.Ticket>(true);
same<z.infer<typeof booth>, domain.Booth>(true);
same<z.infer<typeof rating>, Rating>(true);
same<z.infer<typeof booking>, domain.Booking>(true);
same<z.infer<typeof alert>, domain.Alert>(true);
same<z.infer<typeof routing>, RoutingRules>(true);
same<domain.QueueEvent | z.infer<typeof event>, z.infer<typeof event>>(true);
same<z.infer<typeof summary>, QueueSummary>(true);
same<z.infer<typeof slot>, Slot>(true);
same<z.infer<typeof error>, QueueError>(true);
same<z.infer<typeof appeal>, Appeal>(true);
same<z.infer<typeof appealSummary>, AppealSummary>(true);
same<z.infer<typeof phoneConsultation>, PhoneConsultation>(true);
same<z.infer<typeof auditEntry>, AuditEntry>(true);
same<z.infer<typeof statsReport>, StatsReport>(true);

/** An outreach visit: where, when, who goes, and counts only (its list is asked for on its own). */
export const outreachVisit = z.object({
  id: z.string(), settlement: z.string(), day: z.string(), specialists: z.array(z.string()),
  listed: int(), appeals: int(), late: int().describe('appeals entered after the limit'),
  plannedAt: epoch(), plannedBy: z.string(), listImportedAt: nullable(epoch()), erasedAt: nullable(epoch()).describe("when the list's personal data was erased"),
  cancelledAt: nullable(epoch()).describe('when the visit was cancelled; it is then not held'), cancelReason: nullable(z.string()).describe('why it was cancelled'),
});
export const listedCitizen = z.object({ line: int().describe("the line of the settlement's file"), fullName: z.string(), address: z.string(), phone: z.string(), question: z.string() });
export const listProblem = z.object({
  line: int().describe('the line of the file; 0 for the file as a whole'), code: z.string(), column: z.string().optional(), firstLine: int().optional(),
  text: z.string().describe('what is wrong, in the office language'),
});
const settlementYear = z.object({
  settlement: z.string(), year: int(), visits: int().describe('planned or held, not cancelled'), cancelled: int(),
  listed: int().describe('on the lists of visits not cancelled'), appeals: int(), late: int(),
});
export const outreachAnalysis = z.object({
  fromYear: int(), toYear: int(),
  rows: z.array(settlementYear),
  totals: z.array(settlementYear.omit({ settlement: true })),
  suggestion: z.object({
    year: int(), basedOn: z.array(int()), appealsPerVisit: int().describe('journal.outreach.appealsPerVisit'),
    settlements: z.array(z.object({ settlement: z.string(), pastAppeals: z.array(int()), expectedAppeals: int(), suggestedVisits: int() })),
  }),
});

same<z.infer<typeof outreachVisit>, OutreachVisit>(true);
same<z.infer<typeof listedCitizen>, ListedCitizen>(true);
same<z.infer<typeof outreachAnalysis>, OutreachAnalysis>(true);

/** A personal case file (issue 18): where it is on its route, who holds it; the citizen's name only. */
export const caseFile = z.object({
  id: z.string(), appealId: z.string(), paymentType: z.string().describe("the appeal's reason"), fullName: z.string().describe('empty once erased'),
  formedBy: z.string(), formedAt: epoch(), state: z.enum(CASE_FILE_STATES), since: epoch().describe('the last move'),
  holder: nullable(z.string()).describe('a staff id, `payments:<who received it>`, or null on the shelf'), bundle: nullable(z.string()),
  returns: int(), returnReasons: z.array(z.string()), closedAt: nullable(epoch()),
  archive: nullable(z.object({ year: int(), place: z.string(), sheets: int() })), act: nullable(z.string()), erasedAt: nullable(epoch()),
});
export const caseFileStep = z.object({
  at: epoch(), by: z.string(), kind: z.enum(['formed', 'accept', 'return', 'complete', 'bundle', 'hand', 'close', 'shelve', 'issue', 'take-back', 'destroyed', 'erased']), detail: z.string(),
});
export const overdueFile = z.object({ file: caseFile, lastDay: z.string().describe('the last day within its term'), workingDays: int() });
export const destroyableFile = z.object({ file: caseFile, storageEnded: z.string().describe('the day its storage term ended') });
export const destructionAct = z.object({
  id: z.string(), year: int(), number: int(), at: epoch(), by: z.string(), method: z.string(),
  commission: z.array(z.object({ name: z.string(), position: z.string() })),
  files: z.array(z.object({ id: z.string(), fullName: z.string(), paymentType: z.string(), formedDay: z.string(), closedDay: nullable(z.string()), sheets: int() })),
});
const returnGroup = z.object({ key: z.string(), checked: int(), returned: int() });
export const returnAnalysis = z.object({
  fromYear: int(), toYear: int(), byYear: z.array(returnGroup), byQuarter: z.array(returnGroup),
  byPaymentType: z.array(returnGroup), bySpecialist: z.array(returnGroup), byReason: z.array(returnGroup.describe('`checked`: all returns in the years')),
});

same<z.infer<typeof caseFile>, CaseFile>(true);
same<z.infer<typeof caseFileStep>, CaseFileStep>(true);
same<z.infer<typeof destructionAct>, DestructionAct>(true);
same<z.infer<typeof returnAnalysis>, ReturnAnalysis>(true);
/** A reception day with its slots, each naming the booking in it (staff only). */
export const scheduledSession = receptionSession.extend({ slots: z.array(z.object({ time: z.string(), bookingId: nullable(z.string()), passed: z.boolean() })) });
const receptionControl = z.object({ deadline: z.string(), responsible: z.string().describe('a staff id'), doneAt: nullable(epoch()).describe('off control "to the file"'), doneBy: nullable(z.string()), note: z.string() });
/** A citizen booked to the management's reception, with the head's decision once taken. */
export const receptionBooking = z.object({
  id: z.string(), day: z.string(), session: int(), time: z.string(),
  citizen: nullable(z.object({ fullName: z.string(), phone: z.string() })).describe('null once erased under the retention rule'),
  question: z.string(), appealIds: z.array(z.string()).describe('the journal appeals the question was considered in'), caseFiles: z.array(z.string()).describe('the numbers of the personal case files prepared for it'),
  state: z.enum(['booked', 'cancelled']), bookedAt: epoch(), bookedBy: z.string(),
  decision: nullable(z.object({ text: z.string(), at: epoch(), by: z.string(), control: nullable(receptionControl) })),
  erasedAt: nullable(epoch()),
});
/** A case file of a booking's materials and where it is when the materials are read (staff only). */
export const linkedCaseFile = z.object({
  id: z.string(), paymentType: nullable(z.string()), state: nullable(z.enum(CASE_FILE_STATES)).describe('null: the number names no file on record'),
  holder: nullable(z.string()).describe('a staff id, `payments:<name>`, or null'), since: nullable(epoch()), place: nullable(z.string()).describe('on the archive shelf: where'),
});
export const receptionControlItem = receptionBooking.extend({ control: z.enum(['no-decision', 'decided', 'on-control', 'overdue', 'done']).describe('where the decision stands today') });
/** A decision on control as one staff member's own assignment: why it is theirs, and the case files they hold. */
export const receptionAssignment = receptionBooking.extend({
  control: z.enum(['on-control', 'overdue']), because: z.array(z.enum(['responsible', 'holder'])).describe('they answer for it; they hold one of its case files'),
  heldFiles: z.array(z.string()).describe("the booking's case files they hold now"),
});

same<z.infer<typeof receptionSession>, ReceptionSession>(true);
same<z.infer<typeof receptionBooking>, ReceptionBooking>(true);
/** The annual analysis (journal/annual-figures.ts): each figure beside the same period a year before. */
const annualPeriodShape = z.object({ year: int(), quarter: nullable(int()), from: z.string(), to: z.string() });
const bar = z.object({ key: z.string(), now: int(), before: int() });
export const annualReport = z.object({
  period: annualPeriodShape, previous: annualPeriodShape,
  asOf: nullable(z.string()).describe('the office day the figures were read on, when the period had not ended: partial figures; null once it is over'),
  figures: z.array(z.object({
    id: z.enum(FIGURE_IDS), unit: z.enum(['count', 'percent', 'minutes']), now: nullable(z.number()), before: nullable(z.number()),
    change: nullable(z.number()).describe('counts and minutes: % of last year\'s; shares: points'),
  })),
  setsByReason: z.array(bar).describe('reason id; the most first'),
  missingDocuments: z.array(z.object({ document: z.string(), appeals: int(), repeats: int(), before: int() })),
  byMonth: z.array(bar).describe('"01".."12"'), byWeekday: z.array(bar).describe('"1" Monday .. "7"'), byHour: z.array(bar).describe('"08".."19"'),
});
same<z.infer<typeof annualReport>, AnnualReport>(true);
same<z.infer<typeof linkedCaseFile>, LinkedCaseFile>(true);
