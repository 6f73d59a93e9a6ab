// Schema versions, applied in order inside one transaction each; PRAGMA user_version records the last.
// Entities are kept whole as JSON in `body`; the columns beside it are what queries and reports need.
import type { SqliteDb } from './sqlite.js';
import { STATS_SUMMARY_FILL, STATS_SUMMARY_SCHEMA } from './stats-summary.js';
import { FILL_MISSING_DOCUMENTS } from './annual-queries.js';

export const MIGRATIONS: string[] = [
  `CREATE TABLE events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL);
   CREATE TABLE tickets (
     id TEXT PRIMARY KEY, day TEXT NOT NULL, number_direction TEXT NOT NULL, number INTEGER NOT NULL,
     label TEXT NOT NULL, direction TEXT NOT NULL, state TEXT NOT NULL, priority TEXT, booking_id TEXT, source TEXT NOT NULL,
     issued_at INTEGER NOT NULL, called_at INTEGER, started_at INTEGER, finished_at INTEGER,
     booth INTEGER, staff_id TEXT, result TEXT, recalls INTEGER NOT NULL, transfers INTEGER NOT NULL, body TEXT NOT NULL,
     UNIQUE (day, number_direction, number));
   CREATE INDEX tickets_by_issue ON tickets (issued_at);
   CREATE TABLE booths (number INTEGER PRIMARY KEY, body TEXT NOT NULL);
   CREATE TABLE bookings (id TEXT PRIMARY KEY, day TEXT NOT NULL, code TEXT NOT NULL, state TEXT NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL);
   CREATE INDEX bookings_by_day ON bookings (day);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   -- Idempotency keys of changing requests, with the reply given, so a request repeated after a dropped
   -- connection or a restart is answered again instead of done twice.
   CREATE TABLE requests (key TEXT PRIMARY KEY, at INTEGER NOT NULL, reply TEXT NOT NULL);`,
  // The appeal journal, phone consultations and the audit trail. The office-local day and hour are stored
  // with every visit and ticket when written (SQLite knows no time zones), and the statistics read only
  // covering indexes, so ten years of a busy office report without touching the JSON bodies.
  `CREATE TABLE appeals (
     id TEXT PRIMARY KEY, at INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL,
     staff_id TEXT NOT NULL, booth INTEGER, direction TEXT, ticket_id TEXT, category TEXT NOT NULL, appeal_type TEXT NOT NULL,
     reason TEXT NOT NULL, result TEXT NOT NULL, due_at INTEGER, closed_at INTEGER, is_repeat INTEGER NOT NULL,
     citizen_key TEXT, name_key TEXT, passport_key TEXT, erased_at INTEGER, body TEXT NOT NULL);
   CREATE INDEX appeals_stats ON appeals (day, hour, category, appeal_type, result, reason, staff_id, direction, is_repeat);
   CREATE INDEX appeals_by_citizen ON appeals (citizen_key, at);
   CREATE INDEX appeals_by_name ON appeals (name_key);
   CREATE INDEX appeals_by_passport ON appeals (passport_key);
   CREATE INDEX appeals_by_at ON appeals (at);
   CREATE INDEX appeals_by_ticket ON appeals (ticket_id);
   CREATE INDEX appeals_open ON appeals (due_at) WHERE closed_at IS NULL AND due_at IS NOT NULL;
   ALTER TABLE tickets ADD COLUMN hour INTEGER;
   CREATE INDEX tickets_stats ON tickets (day, hour, direction, staff_id, state, booking_id, issued_at, called_at, started_at, finished_at);
   CREATE TABLE phone_consultations (id TEXT PRIMARY KEY, at INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL, staff_id TEXT NOT NULL, erased_at INTEGER, body TEXT NOT NULL);
   CREATE INDEX phone_by_day ON phone_consultations (day, hour, staff_id);
   CREATE INDEX phone_by_at ON phone_consultations (at);
   -- Who read or wrote which journal record, and when.
   CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, record TEXT);
   CREATE INDEX audit_by_at ON audit (at);`,
  // Issue 15 (personal data): the fingerprint of each keyed request's body, so that a key reused with
  // another body is refused; bookings' names and phones erased by retention like visits; and the free
  // text of phone consultations erased before this version (only caller and notes went) erased now.
  `ALTER TABLE requests ADD COLUMN body_hash TEXT;
   ALTER TABLE bookings ADD COLUMN erased_at INTEGER;
   CREATE INDEX bookings_to_erase ON bookings (at) WHERE erased_at IS NULL;
   UPDATE phone_consultations SET body = json_set(body, '$.topic', '', '$.result', '') WHERE erased_at IS NOT NULL;`,
  // Issue 16: the visitor card typed at a booth is kept as a draft of its ticket until it is saved, so a
  // reload or a crashed panel loses nothing; drafts hold personal data and go at the next day's erasure.
  `CREATE TABLE card_drafts (ticket_id TEXT PRIMARY KEY, staff_id TEXT NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL);
   CREATE INDEX card_drafts_by_at ON card_drafts (at);`,
  // Issue 17 (the waiting-time norm): every ticket that waited past its norm, with its cause, written from
  // the `norm` events of the log as they are committed; the statistics read the share served within it.
  `CREATE TABLE norm_breaches (
     ticket_id TEXT PRIMARY KEY, day TEXT NOT NULL, at INTEGER NOT NULL, time TEXT NOT NULL, direction TEXT NOT NULL, label TEXT NOT NULL,
     booked INTEGER NOT NULL, norm_minutes INTEGER NOT NULL, wait_from INTEGER NOT NULL,
     cause TEXT NOT NULL, cause_booths TEXT NOT NULL, cause_count INTEGER NOT NULL);
   CREATE INDEX norm_breaches_by_day ON norm_breaches (day, at);`,
  // Issue 17 (the book of feedback): each entry left at a kiosk is an appeal of the journal; this table
  // says which appeals are entries, of what kind, and whether answered, for the head's list of new ones
  // and the statistics by kind and month. Written with the appeal in one transaction.
  `CREATE TABLE feedback_entries (
     appeal_id TEXT PRIMARY KEY, day TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, kiosk TEXT NOT NULL,
     due_at INTEGER, closed_at INTEGER);
   CREATE INDEX feedback_by_day ON feedback_entries (day, kind, closed_at, due_at);
   CREATE INDEX feedback_open ON feedback_entries (at) WHERE closed_at IS NULL;`,
  // Issue 18 (outreach visits): the outreach log — visits planned, settlements' lists imported, appeals of
  // a visit entered in the journal, lists erased — and its projections: the visits, their lists (personal
  // data, erased by retention) and the link of each journal appeal to its visit, with the settlement and
  // year the analysis groups by, read from covering indexes.
  `CREATE TABLE outreach_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, visit_id TEXT NOT NULL, body TEXT NOT NULL);
   CREATE INDEX outreach_events_by_visit ON outreach_events (visit_id, seq);
   CREATE TABLE outreach_visits (
     id TEXT PRIMARY KEY, day TEXT NOT NULL, year INTEGER NOT NULL, settlement TEXT NOT NULL, settlement_key TEXT NOT NULL,
     listed INTEGER NOT NULL, erased_at INTEGER, body TEXT NOT NULL);
   CREATE INDEX outreach_visits_by_day ON outreach_visits (day);
   CREATE INDEX outreach_visits_stats ON outreach_visits (year, settlement_key, listed);
   CREATE INDEX outreach_visits_to_erase ON outreach_visits (day) WHERE erased_at IS NULL;
   CREATE TABLE outreach_lists (visit_id TEXT PRIMARY KEY, body TEXT NOT NULL);
   CREATE TABLE outreach_appeals (appeal_id TEXT PRIMARY KEY, visit_id TEXT NOT NULL, year INTEGER NOT NULL, settlement_key TEXT NOT NULL, late INTEGER NOT NULL);
   CREATE INDEX outreach_appeals_stats ON outreach_appeals (year, settlement_key, late);
   CREATE INDEX outreach_appeals_by_visit ON outreach_appeals (visit_id, late);`,
  // One result per visit (issue 16): the statistics' visits by result read the finished tickets' results
  // and their cards' without touching the JSON bodies.
  `CREATE INDEX tickets_by_result ON tickets (day, state, result, id);
   CREATE INDEX appeals_result_by_ticket ON appeals (ticket_id, result);`,
  // Issue 17 (the citizen rates the service): each rated visit's score and reason, written from the
  // `rating` events of the log as they are committed; keyed by the visit's ticket, with the specialist and
  // direction that served it and never anything of the citizen. The statistics read the covering index.
  `CREATE TABLE ratings (
     ticket_id TEXT PRIMARY KEY, day TEXT NOT NULL, at INTEGER NOT NULL, booth INTEGER NOT NULL, staff_id TEXT,
     direction TEXT NOT NULL, score INTEGER NOT NULL, reason TEXT);
   CREATE INDEX ratings_stats ON ratings (day, staff_id, direction, reason, score);`,
  // Issue 18 (case files): the case-file log — files formed from accepted appeals, each move of their route,
  // destructions by act, erasures — and its projections: the files (where each is, who holds it, its shelf),
  // the first check of each file and each return's reasons for the returned-for-completion analysis; and the
  // destruction acts, documents kept beside the log (they hold the names the act must list).
  `CREATE TABLE case_file_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, file_id TEXT NOT NULL, body TEXT NOT NULL);
   CREATE INDEX case_file_events_by_file ON case_file_events (file_id, seq);
   CREATE TABLE case_files (
     id TEXT PRIMARY KEY, appeal_id TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, state TEXT NOT NULL, since_day TEXT NOT NULL,
     formed_by TEXT NOT NULL, formed_at INTEGER NOT NULL, payment_type TEXT NOT NULL, name_key TEXT NOT NULL, holder TEXT,
     closed_year INTEGER, archive_year INTEGER, erased_at INTEGER, body TEXT NOT NULL);
   CREATE INDEX case_files_by_state ON case_files (state, since_day);
   CREATE INDEX case_files_by_name ON case_files (name_key);
   CREATE INDEX case_files_by_former ON case_files (formed_by, id);
   CREATE INDEX case_files_book ON case_files (archive_year, name_key) WHERE state IN ('archived', 'issued');
   CREATE INDEX case_files_to_erase ON case_files (formed_at) WHERE erased_at IS NULL AND state NOT IN ('archived', 'issued', 'destroyed');
   CREATE TABLE case_file_checks (file_id TEXT PRIMARY KEY, year INTEGER NOT NULL, quarter TEXT NOT NULL, specialist TEXT NOT NULL, payment_type TEXT NOT NULL, returned INTEGER NOT NULL);
   CREATE INDEX case_file_checks_groups ON case_file_checks (year, quarter, specialist, payment_type, returned);
   CREATE TABLE case_file_returns (seq INTEGER PRIMARY KEY, file_id TEXT NOT NULL, year INTEGER NOT NULL, reason TEXT NOT NULL);
   CREATE INDEX case_file_returns_by_reason ON case_file_returns (year, reason);
   CREATE TABLE case_file_acts (id TEXT PRIMARY KEY, year INTEGER NOT NULL, number INTEGER NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL);`,
  // Issue 18 (reception by the management): the reception log — citizens booked, moved, cancelled, the
  // head's decisions and their coming off control — and its projection, one row per booking: the slot
  // (one booked citizen a slot, held by a unique index), the decision's control state and deadline for the
  // head's control list and its alerts, and the rows whose personal data retention has still to erase.
  `CREATE TABLE reception_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, booking_id TEXT NOT NULL, body TEXT NOT NULL);
   CREATE INDEX reception_events_by_booking ON reception_events (booking_id, seq);
   CREATE TABLE reception_bookings (
     id TEXT PRIMARY KEY, day TEXT NOT NULL, session INTEGER NOT NULL, time TEXT NOT NULL, state TEXT NOT NULL,
     control TEXT NOT NULL, deadline TEXT, erased_at INTEGER, body TEXT NOT NULL);
   CREATE INDEX reception_bookings_by_day ON reception_bookings (day, session, time);
   CREATE UNIQUE INDEX reception_one_a_slot ON reception_bookings (day, session, time) WHERE state = 'booked';
   CREATE INDEX reception_control ON reception_bookings (control, deadline);
   CREATE INDEX reception_to_erase ON reception_bookings (day) WHERE erased_at IS NULL;`,
  // Issue 18, item 2 (outreach visits rescheduled and cancelled): the office day a visit was cancelled,
  // from which its list's retention counts if earlier than the visit day; the analysis counts cancelled
  // visits apart from held ones, read from a covering index.
  `ALTER TABLE outreach_visits ADD COLUMN cancelled_day TEXT;
   CREATE INDEX outreach_visits_cancelled_to_erase ON outreach_visits (cancelled_day) WHERE erased_at IS NULL AND cancelled_day IS NOT NULL;
   CREATE INDEX outreach_visits_held_stats ON outreach_visits (year, settlement_key, cancelled_day, listed);`,
  // Issue 18 (the annual analysis): each document a visitor card names missing — the memo of documents a
  // consultation gave, the documents a returned set lacked — one row each, written with its card and
  // filled here from the cards already kept; the analysis counts consultations on documents and the
  // returned sets by document from its covering index instead of the cards' bodies.
  `CREATE TABLE appeal_missing_documents (
     appeal_id TEXT NOT NULL, day TEXT NOT NULL, appeal_type TEXT NOT NULL, result TEXT NOT NULL, is_repeat INTEGER NOT NULL, document TEXT NOT NULL);
   CREATE INDEX appeal_missing_documents_stats ON appeal_missing_documents (day, appeal_type, result, document, is_repeat, appeal_id);
   CREATE INDEX appeal_missing_documents_by_appeal ON appeal_missing_documents (appeal_id);
   ${FILL_MISSING_DOCUMENTS};`,
  // Issue 18, life situations (a ticket led through a bundle of steps): one row per ticket of a life
  // situation (how far it got, how it ended, when), and one per step it left for the next (the tickets
  // row holds only its last step), so that every step counts in its direction's figures. Both written
  // from the ticket events of the log as they are committed; no citizen's data.
  `CREATE TABLE life_situations (
     ticket_id TEXT PRIMARY KEY, day TEXT NOT NULL, situation TEXT NOT NULL, steps INTEGER NOT NULL, step INTEGER NOT NULL,
     outcome TEXT, issued_at INTEGER NOT NULL, ended_at INTEGER);
   CREATE INDEX life_situations_stats ON life_situations (day, situation, outcome, step, issued_at, ended_at);
   CREATE TABLE life_steps (
     ticket_id TEXT NOT NULL, step INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER, direction TEXT NOT NULL, staff_id TEXT,
     waited_from INTEGER NOT NULL, called_at INTEGER, started_at INTEGER, finished_at INTEGER NOT NULL, PRIMARY KEY (ticket_id, step));
   CREATE INDEX life_steps_stats ON life_steps (day, hour, direction, staff_id, waited_from, called_at, started_at, finished_at);`,
  // The step each life situation's ticket is at (or ended at) by its direction, so that the statistics name
  // a broken-off step by its direction's name rather than its number; filled from the tickets' bundles.
  `ALTER TABLE life_situations ADD COLUMN direction TEXT;
   UPDATE life_situations SET direction = (SELECT json_extract(t.body, '$.bundle.steps[' || life_situations.step || '].direction') FROM tickets t WHERE t.id = life_situations.ticket_id);
   DROP INDEX life_situations_stats;
   CREATE INDEX life_situations_stats ON life_situations (day, situation, outcome, step, direction, issued_at, ended_at);`,
  // Issue 18 (every report within a second over ten years): the statistics' summary of the tickets and the
  // cards per day and month, kept by triggers in the transaction of each write and filled here from the
  // tickets and cards already kept (stats-summary.ts).
  `${STATS_SUMMARY_SCHEMA}
   ${STATS_SUMMARY_FILL}`,
];

export function migrate(db: SqliteDb): number {
  const from = db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0;
  if (from > MIGRATIONS.length) {
    throw new Error(`the database is from a newer version of queue-core (schema ${from}, this build knows ${MIGRATIONS.length})`);
  }
  for (let v = from; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      // A pragma takes no bound parameters; the version is this loop's own integer.
      db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
  return MIGRATIONS.length;
}
