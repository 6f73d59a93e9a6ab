// The reads of the annual analysis (journal/annual-figures.ts) beside the statistics' own: appeals by type,
// result and reason from the journal's covering index; and the two figures a card's body holds — which
// consultations gave the citizen a memo of documents to bring, and which documents the returned sets
// lacked — from the projection of the cards' missing documents and its covering index (reading the
// bodies took 0.2 s a year on ten years of a busy office). Run in the statistics workers (stats-reader.ts).
import type { StatsPart } from './stats-queries.js';

/** Appeals of the days ?1..?2 by type, result and reason. */
export const ANNUAL_KINDS = `SELECT appeal_type AS appealType, result, reason, count(*) AS appeals, sum(is_repeat) AS repeats
  FROM appeals WHERE day BETWEEN ? AND ? GROUP BY appeal_type, result, reason`;

/**
 * The projection the two reads below use: each document a visitor card names missing, one row each, with
 * the card's day, type, result and repeat flag — filled from the cards' bodies (the migration, the
 * benchmark) and kept with each card as it is written (journal-store.ts, putAppeal).
 */
export const FILL_MISSING_DOCUMENTS = `INSERT INTO appeal_missing_documents (appeal_id, day, appeal_type, result, is_repeat, document)
  SELECT DISTINCT a.id, a.day, a.appeal_type, a.result, a.is_repeat, trim(j.value) FROM appeals a, json_each(a.body, '$.missingDocuments') j WHERE trim(j.value) <> ''`;

/** Consultations of the days ?1..?2 whose card lists documents to bring: consultations on documents. */
export const ANNUAL_CONSULTATIONS_ON_DOCUMENTS = `SELECT count(DISTINCT appeal_id) AS n FROM appeal_missing_documents
  WHERE day BETWEEN ? AND ? AND appeal_type = 'consultation'`;

/** Returned sets of the days ?1..?2 by each document named missing, as written (annual-figures.ts puts spellings together). */
export const ANNUAL_MISSING = `SELECT document, count(*) AS appeals, sum(is_repeat) AS repeats
  FROM appeal_missing_documents WHERE day BETWEEN ? AND ? AND result = 'returned' GROUP BY document`;

/**
 * The citizens served in the days ?1..?2 (annual-figures.ts says what counts): each finished ticket once,
 * however many visitor cards its steps have; a life situation's ticket that did not finish its last step
 * (broken off at a later step, or still in the office) once when a step of it was served (life_steps); and
 * each visitor card that belongs to neither (written without a ticket; an entry of the book of feedback is
 * no visit). Through covering indexes: tickets_by_result, life_steps' keys, appeals_stats.
 */
export const ANNUAL_SERVED = `WITH span(first, last) AS (SELECT ?, ?)
  SELECT (SELECT count(*) FROM span, tickets t WHERE t.day BETWEEN span.first AND span.last AND t.state = 'done')
    + (SELECT count(DISTINCT s.ticket_id) FROM span, life_steps s WHERE s.day BETWEEN span.first AND span.last
        AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = s.ticket_id AND t.state = 'done'))
    + (SELECT count(*) FROM span, appeals a WHERE a.day BETWEEN span.first AND span.last
        AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id AND t.state = 'done')
        AND NOT EXISTS (SELECT 1 FROM life_steps s WHERE s.ticket_id = a.ticket_id)
        AND NOT EXISTS (SELECT 1 FROM feedback_entries f WHERE f.appeal_id = a.id)) AS n`;

/**
 * The statistics' parts the annual analysis needs (tickets by day and hour, repeats, phone calls, ratings);
 * the citizens served are read apart (ANNUAL_SERVED), on the other lane.
 */
export const ANNUAL_STATS_LANES: StatsPart[][] = [
  ['ticketsByDay', 'ticketsBySlot', 'appealsByDay', 'phonesByDay', 'ratings'],
  [],
];
