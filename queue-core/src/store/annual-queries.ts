// The reads of the annual analysis (journal/annual-figures.ts) beside the statistics' own: appeals by type,
// result and reason from the journal's covering index; and the two figures only a card's body holds — which
// consultations gave the citizen a memo of documents to bring, and which documents the returned sets
// lacked. Both read the bodies of those appeals alone (a year's consultations and returns), found by day.
// Run in the statistics workers like the rest (stats-reader.ts).

/** Appeals of the days ?1..?2 by type, result and reason. */
export const ANNUAL_KINDS = `SELECT appeal_type AS appealType, result, reason, count(*) AS appeals, sum(is_repeat) AS repeats
  FROM appeals WHERE day BETWEEN ? AND ? GROUP BY appeal_type, result, reason`;

/** Consultations of the days ?1..?2 whose card lists documents to bring: consultations on documents. */
export const ANNUAL_CONSULTATIONS_ON_DOCUMENTS = `SELECT count(*) AS n FROM appeals
  WHERE day BETWEEN ? AND ? AND appeal_type = 'consultation' AND json_array_length(body, '$.missingDocuments') > 0`;

/** Returned sets of the days ?1..?2 by each document named missing, as written (annual-figures.ts puts spellings together). */
export const ANNUAL_MISSING = `SELECT trim(j.value) AS document, count(*) AS appeals, sum(a.is_repeat) AS repeats
  FROM appeals a, json_each(a.body, '$.missingDocuments') j WHERE a.day BETWEEN ? AND ? AND a.result = 'returned' AND trim(j.value) <> '' GROUP BY trim(j.value)`;
