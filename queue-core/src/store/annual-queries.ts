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

/**
 * Returned sets of the days ?1..?2 by each document named missing, written alike whatever its case and
 * spaces ("Справка о доходах" and "справка  о доходах " are one document); the most frequent spelling names it.
 */
export const ANNUAL_MISSING = `WITH named AS (
    SELECT lower(trim(replace(replace(j.value, '  ', ' '), '  ', ' '))) AS k, trim(j.value) AS document, a.is_repeat AS is_repeat
    FROM appeals a, json_each(a.body, '$.missingDocuments') j WHERE a.day BETWEEN ? AND ? AND a.result = 'returned' AND trim(j.value) <> ''),
  spelled AS (SELECT k, document, count(*) AS n FROM named GROUP BY k, document),
  best AS (SELECT k, document FROM spelled s WHERE NOT EXISTS (SELECT 1 FROM spelled t WHERE t.k = s.k AND (t.n > s.n OR (t.n = s.n AND t.document < s.document))))
  SELECT best.document AS document, count(*) AS appeals, sum(named.is_repeat) AS repeats FROM named JOIN best USING (k) GROUP BY named.k`;
