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
 * The statistics' parts the annual analysis needs (the visits, tickets by day and hour, repeats, phone
 * calls, ratings), split in two lanes of about equal work: the visits by result weigh as much as the rest.
 */
export const ANNUAL_STATS_LANES: StatsPart[][] = [
  ['ticketsByDay', 'ticketsBySlot', 'appealsByDay', 'phonesByDay', 'ratings'],
  ['visitResults'],
];
