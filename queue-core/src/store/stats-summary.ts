// The statistics' summary: the grouped counts of the tickets and of the journal's cards, kept per office
// day (or per month, for the splits by hour, direction, specialist and reason) so that a report over ten
// years of a busy office reads a few thousand summed rows instead of every ticket and card. The summary
// is a projection like any other: SQLite triggers keep it in the very transaction that writes a ticket
// (from the queue's event log), a card or an entry of the book of feedback, and `STATS_SUMMARY_FILL`
// makes it again from those rows (the migration that brings it fills it from the data already kept; a
// test proves the kept and the rebuilt summary equal, and a report from either equal to one from the raw
// rows). The reads are in stats-queries.ts.
//
// Each summary row holds the counts of one group as plain sums, so a change is taken back and put again:
// before a row changes its part of the counts is subtracted, after it its new part added (a group whose
// counts come down to 0 stays, with 0, and the reads skip it). A key column may hold NULL (a ticket with
// no specialist, a card with no ticket's result); as NULLs never clash in a primary key, a NULL is kept
// as the blob x'00', which no text or number ever equals, and read back as NULL.

/** NULL as a summary key holds it, and back. */
const keyOf = (e: string) => `coalesce(${e}, x'00')`;
export const fromKey = (c: string) => `nullif(${c}, x'00')`;

/** The tickets' counts, summed with sign `s` ('' or '-'), in the order of TICKET_COLUMNS. */
const ticketTerms = (s: string) => [
  `${s}count(*)`, `${s}coalesce(sum(state = 'done'), 0)`, `${s}coalesce(sum(state = 'no-show'), 0)`, `${s}count(booking_id)`,
  `${s}coalesce(sum(called_at - issued_at), 0)`, `${s}count(called_at - issued_at)`, `${s}count(called_at)`,
  `${s}coalesce(sum(CASE state WHEN 'done' THEN finished_at - started_at END), 0)`,
  `${s}count(CASE state WHEN 'done' THEN finished_at - started_at END)`, `${s}count(CASE state WHEN 'done' THEN started_at END)`,
];
const ticketAgg = (s: string) => ticketTerms(s).join(', ');
/** wait_n and service_n count the non-NULL terms of the sums, so that a sum of none reads NULL, as SQL's sum() gives it. */
const TICKET_COLUMNS = ['tickets', 'served', 'no_shows', 'booked', 'wait_sum', 'wait_n', 'wait_count', 'service_sum', 'service_n', 'service_count'];
const APPEAL_COLUMNS = ['appeals', 'repeats'];
const appealAgg = (s: string) => `${s}count(*), ${s}coalesce(sum(is_repeat), 0)`;

/** The ticket counts as the statistics read them (TicketCounts in journal/stats.ts), summed over summary rows. */
export const TICKET_SUMS = `sum(tickets) AS tickets, sum(served) AS served, sum(no_shows) AS noShows, sum(booked) AS booked,
  CASE WHEN sum(wait_n) > 0 THEN sum(wait_sum) END AS waitSum, sum(wait_count) AS waitCount,
  CASE WHEN sum(service_n) > 0 THEN sum(service_sum) END AS serviceSum, sum(service_count) AS serviceCount`;
/** The raw tickets' counts under the summary's column names (for the days of a range outside its whole months). */
export const TICKET_RAW = ticketTerms('').map((e, i) => `${e} AS ${TICKET_COLUMNS[i]}`).join(', ');
export const TICKET_COUNT_COLUMNS = TICKET_COLUMNS.join(', ');

/** Life situations' steps left for the next (life_steps), counted as the tickets are (see stats-queries.ts). */
const stepTerms = (s: string) => [
  `${s}count(*)`, `${s}coalesce(sum(called_at - waited_from), 0)`, `${s}count(called_at - waited_from)`, `${s}count(called_at)`,
  `${s}coalesce(sum(finished_at - started_at), 0)`, `${s}count(finished_at - started_at)`, `${s}count(started_at)`,
];
const STEP_COLUMNS = ['steps', 'wait_sum', 'wait_n', 'wait_count', 'service_sum', 'service_n', 'service_count'];
/** Life situations' tickets by how far they got and how they ended. */
const situationTerms = (s: string) => [`${s}count(*)`, `${s}coalesce(sum(ended_at - issued_at), 0)`, `${s}count(ended_at - issued_at)`];
const SITUATION_COLUMNS = ['tickets', 'duration_sum', 'duration_n'];

/** The tables a summary counts, and the key that picks one row of each. */
const SOURCES = { tickets: ['id'], appeals: ['id'], life_steps: ['ticket_id', 'step'], life_situations: ['ticket_id'] } as const;
/**
 * A trigger reads the rows it changes by their key, through the key's own index, named: on a big file
 * with its statistics analysed the planner would otherwise pick a covering index that starts with the
 * day and skip-scan every day of ten years for one ticket (a tenth of a second a write, where the key
 * takes a few microseconds). The names are SQLite's own for each table's primary key.
 */
const KEY_INDEX: Record<Source | 'ticketOfCard', string> = {
  tickets: 'sqlite_autoindex_tickets_1', appeals: 'sqlite_autoindex_appeals_1', life_steps: 'sqlite_autoindex_life_steps_1',
  life_situations: 'sqlite_autoindex_life_situations_1', ticketOfCard: 'appeals_by_ticket',
};
const indexed = (name: keyof typeof KEY_INDEX, where: string) => (where === 'true' ? '' : ` INDEXED BY ${KEY_INDEX[name]}`);
type Source = keyof typeof SOURCES;

interface Summary {
  table: string;
  /** Key columns and the expressions of the source row that fill them. */
  keys: [column: string, expression: string][];
  counts: string[];
  agg: (sign: string) => string;
  source: Source;
}

const SUMMARIES: Summary[] = [
  { table: 'stats_ticket_days', source: 'tickets', keys: [['day', 'day'], ['direction', 'direction']], counts: TICKET_COLUMNS, agg: ticketAgg },
  { table: 'stats_ticket_slots', source: 'tickets', keys: [['month', 'substr(day, 1, 7)'], ['hour', 'hour'], ['direction', 'direction'], ['staff_id', 'staff_id']], counts: TICKET_COLUMNS, agg: ticketAgg },
  // The same by year, so that the whole years of a range over ten years read a tenth of the rows.
  { table: 'stats_ticket_slot_years', source: 'tickets', keys: [['year', 'substr(day, 1, 4)'], ['hour', 'hour'], ['direction', 'direction'], ['staff_id', 'staff_id']], counts: TICKET_COLUMNS, agg: ticketAgg },
  { table: 'stats_appeal_days', source: 'appeals', keys: [['day', 'day']], counts: APPEAL_COLUMNS, agg: appealAgg },
  { table: 'stats_appeal_slots', source: 'appeals', keys: [['month', 'substr(day, 1, 7)'], ['hour', 'hour'], ['direction', 'direction'], ['staff_id', 'staff_id'], ['reason', 'reason']], counts: APPEAL_COLUMNS, agg: appealAgg },
  { table: 'stats_appeal_slot_years', source: 'appeals', keys: [['year', 'substr(day, 1, 4)'], ['hour', 'hour'], ['direction', 'direction'], ['staff_id', 'staff_id'], ['reason', 'reason']], counts: APPEAL_COLUMNS, agg: appealAgg },
  { table: 'stats_appeal_kinds', source: 'appeals', keys: [['month', 'substr(day, 1, 7)'], ['category', 'category'], ['appeal_type', 'appeal_type'], ['result', 'result']], counts: APPEAL_COLUMNS, agg: appealAgg },
  { table: 'stats_life_steps', source: 'life_steps', keys: [['month', 'substr(day, 1, 7)'], ['hour', 'hour'], ['direction', 'direction'], ['staff_id', 'staff_id']],
    counts: STEP_COLUMNS, agg: (s) => stepTerms(s).join(', ') },
  { table: 'stats_life_situations', source: 'life_situations', keys: [['month', 'substr(day, 1, 7)'], ['situation', 'situation'], ['outcome', 'outcome'], ['step', 'step'], ['direction', 'direction']],
    counts: SITUATION_COLUMNS, agg: (s) => situationTerms(s).join(', ') },
];

/** The raw rows' counts under a summary's column names (for the days of a range outside its whole months). */
export const STEP_RAW = stepTerms('').map((e, i) => `${e} AS ${STEP_COLUMNS[i]}`).join(', ');
export const SITUATION_RAW = situationTerms('').map((e, i) => `${e} AS ${SITUATION_COLUMNS[i]}`).join(', ');
export const STEP_COUNT_COLUMNS = STEP_COLUMNS.join(', ');
export const SITUATION_COUNT_COLUMNS = SITUATION_COLUMNS.join(', ');

const VISIT_COLUMNS = ['day', 'part', 'ticket_result', 'card_result', 'visits', 'cards'];
const VISIT_KEYS = ['day', 'part', 'ticket_result', 'card_result'];

const upsert = (table: string, keys: string[], counts: string[]) =>
  `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counts.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;

/** Adds (sign '') or takes back (sign '-') the part of the source rows matching `where` in one summary. */
function change(s: Summary, sign: string, where: string): string {
  const keys = s.keys.map(([c]) => c);
  return `INSERT INTO ${s.table} (${[...keys, ...s.counts].join(', ')})
    SELECT ${s.keys.map(([, e]) => keyOf(e)).join(', ')}, ${s.agg(sign)} FROM ${s.source}${indexed(s.source, where)} WHERE ${where} GROUP BY ${s.keys.map(([, e]) => e).join(', ')}
    ${upsert(s.table, keys, s.counts)};`;
}

/**
 * One result per visit (the statistics' visitResults): part 1, each finished ticket with each card that
 * names it (or none); part 2, each card no finished ticket has, unless it is an entry of the book of
 * feedback. A ticket's part is `ticket(where)`, a card's own `card(where)`.
 */
function ticketPart(sign: string, where: string, withoutCard = ''): string {
  return `INSERT INTO stats_visit_results (${VISIT_COLUMNS.join(', ')})
    SELECT t.day, 1, ${keyOf('t.result')}, ${keyOf('a.result')}, ${sign}count(*), ${sign}count(a.ticket_id)
    FROM tickets t${indexed('tickets', where)} LEFT JOIN appeals a ON a.ticket_id = t.id${withoutCard ? ` AND a.id <> ${withoutCard}` : ''}
    WHERE ${where} AND t.state = 'done' GROUP BY t.day, t.result, a.result
    ${upsert('stats_visit_results', VISIT_KEYS, ['visits', 'cards'])};`;
}
function cardPart(sign: string, where: string, opts: { noTicket?: boolean; noFeedback?: boolean } = {}): string {
  const index = where === 'true' ? '' : where.startsWith('a.ticket_id') ? indexed('ticketOfCard', where) : indexed('appeals', where);
  return `INSERT INTO stats_visit_results (${VISIT_COLUMNS.join(', ')})
    SELECT a.day, 2, x'00', ${keyOf('a.result')}, ${sign}count(*), ${sign}count(*) FROM appeals a${index} WHERE ${where}
    ${opts.noTicket ? '' : `AND NOT EXISTS (SELECT 1 FROM tickets t INDEXED BY ${KEY_INDEX.tickets} WHERE t.id = a.ticket_id AND t.state = 'done')`}
    ${opts.noFeedback ? '' : 'AND NOT EXISTS (SELECT 1 FROM feedback_entries f WHERE f.appeal_id = a.id)'} GROUP BY a.day, a.result
    ${upsert('stats_visit_results', VISIT_KEYS, ['visits', 'cards'])};`;
}

const of = (source: Source) => SUMMARIES.filter((s) => s.source === source);
/** The row of `source` whose key is that of OLD or NEW. */
const rowOf = (source: Source, which: 'OLD' | 'NEW') => SOURCES[source].map((k) => `${k} = ${which}.${k}`).join(' AND ');
const trigger = (name: string, on: string, body: string[], when = '') => `CREATE TRIGGER ${name} ${on} FOR EACH ROW ${when} BEGIN\n${body.join('\n')}\nEND;`;

/**
 * The tables and the triggers that keep them. A ticket, card or entry is inserted, updated or deleted;
 * an INSERT OR REPLACE would delete without its triggers, so these tables are written with upserts.
 */
export const STATS_SUMMARY_SCHEMA = [
  ...SUMMARIES.map((s) => `CREATE TABLE ${s.table} (${[...s.keys.map(([c]) => `${c} NOT NULL`), ...s.counts.map((c) => `${c} INTEGER NOT NULL`)].join(', ')},
    PRIMARY KEY (${s.keys.map(([c]) => c).join(', ')})) WITHOUT ROWID;`),
  `CREATE TABLE stats_visit_results (day NOT NULL, part INTEGER NOT NULL, ticket_result NOT NULL, card_result NOT NULL, visits INTEGER NOT NULL, cards INTEGER NOT NULL,
    PRIMARY KEY (${VISIT_KEYS.join(', ')})) WITHOUT ROWID;`,
  // Tickets: a ticket's own counts; as a finished visit, its part with its cards; and the cards that name
  // it, which are visits of their own while it is not finished.
  trigger('stats_tickets_insert', 'AFTER INSERT ON tickets', [
    ...of('tickets').map((s) => change(s, '', rowOf('tickets', 'NEW'))),
    cardPart('-', 'a.ticket_id = NEW.id', { noTicket: true }), cardPart('', 'a.ticket_id = NEW.id'), ticketPart('', 't.id = NEW.id'),
  ]),
  trigger('stats_tickets_before_update', 'BEFORE UPDATE ON tickets', [
    ...of('tickets').map((s) => change(s, '-', rowOf('tickets', 'OLD'))), ticketPart('-', 't.id IN (OLD.id, NEW.id)'), cardPart('-', 'a.ticket_id IN (OLD.id, NEW.id)'),
  ]),
  trigger('stats_tickets_after_update', 'AFTER UPDATE ON tickets', [
    ...of('tickets').map((s) => change(s, '', rowOf('tickets', 'NEW'))), ticketPart('', 't.id IN (OLD.id, NEW.id)'), cardPart('', 'a.ticket_id IN (OLD.id, NEW.id)'),
  ]),
  trigger('stats_tickets_before_delete', 'BEFORE DELETE ON tickets', [
    ...of('tickets').map((s) => change(s, '-', rowOf('tickets', 'OLD'))), ticketPart('-', 't.id = OLD.id'), cardPart('-', 'a.ticket_id = OLD.id'),
  ]),
  trigger('stats_tickets_after_delete', 'AFTER DELETE ON tickets', [cardPart('', 'a.ticket_id = OLD.id')]),
  // Cards: their own counts; their ticket's part (a card more or less beside it); their own part as a visit.
  trigger('stats_appeals_insert', 'AFTER INSERT ON appeals', [
    ...of('appeals').map((s) => change(s, '', rowOf('appeals', 'NEW'))),
    ticketPart('-', 't.id = NEW.ticket_id', 'NEW.id'), ticketPart('', 't.id = NEW.ticket_id'), cardPart('', 'a.id = NEW.id'),
  ]),
  trigger('stats_appeals_before_update', 'BEFORE UPDATE ON appeals', [
    ...of('appeals').map((s) => change(s, '-', rowOf('appeals', 'OLD'))), ticketPart('-', 't.id IN (OLD.ticket_id, NEW.ticket_id)'), cardPart('-', 'a.id = OLD.id'),
  ]),
  trigger('stats_appeals_after_update', 'AFTER UPDATE ON appeals', [
    ...of('appeals').map((s) => change(s, '', rowOf('appeals', 'NEW'))), ticketPart('', 't.id IN (OLD.ticket_id, NEW.ticket_id)'), cardPart('', 'a.id = NEW.id'),
  ]),
  trigger('stats_appeals_before_delete', 'BEFORE DELETE ON appeals', [
    ...of('appeals').map((s) => change(s, '-', rowOf('appeals', 'OLD'))), ticketPart('-', 't.id = OLD.ticket_id'), cardPart('-', 'a.id = OLD.id'),
  ]),
  trigger('stats_appeals_after_delete', 'AFTER DELETE ON appeals', [ticketPart('', 't.id = OLD.ticket_id')]),
  // Entries of the book of feedback: a card that is one is no visit. An entry's card had no entry before
  // the entry's row was inserted (it is the key), and has none after it is deleted.
  trigger('stats_feedback_insert', 'AFTER INSERT ON feedback_entries', [cardPart('-', 'a.id = NEW.appeal_id', { noFeedback: true }), cardPart('', 'a.id = NEW.appeal_id')]),
  trigger('stats_feedback_update', 'AFTER UPDATE OF appeal_id ON feedback_entries', [
    cardPart('', 'a.id = OLD.appeal_id'), cardPart('-', 'a.id = NEW.appeal_id', { noFeedback: true }), cardPart('', 'a.id = NEW.appeal_id'),
  ], 'WHEN OLD.appeal_id IS NOT NEW.appeal_id'),
  trigger('stats_feedback_delete', 'AFTER DELETE ON feedback_entries', [cardPart('', 'a.id = OLD.appeal_id')]),
  // Life situations: each row's own counts.
  ...(['life_steps', 'life_situations'] as const).flatMap((source) => [
    trigger(`stats_${source}_insert`, `AFTER INSERT ON ${source}`, of(source).map((s) => change(s, '', rowOf(source, 'NEW')))),
    trigger(`stats_${source}_before_update`, `BEFORE UPDATE ON ${source}`, of(source).map((s) => change(s, '-', rowOf(source, 'OLD')))),
    trigger(`stats_${source}_after_update`, `AFTER UPDATE ON ${source}`, of(source).map((s) => change(s, '', rowOf(source, 'NEW')))),
    trigger(`stats_${source}_delete`, `BEFORE DELETE ON ${source}`, of(source).map((s) => change(s, '-', rowOf(source, 'OLD')))),
  ]),
].join('\n');

/** The summary tables, and the column of each that counts its rows (0 in a group whose rows all went). */
export const STATS_SUMMARY_COUNTED: Record<string, string> = {
  ...Object.fromEntries(SUMMARIES.map((s) => [s.table, s.counts[0]!])), stats_visit_results: 'visits',
};
export const STATS_SUMMARY_TABLES = [...SUMMARIES.map((s) => s.table), 'stats_visit_results'];

/** Empties the summary and fills it again from the tickets, the cards and the book of feedback. */
export const STATS_SUMMARY_FILL = [
  ...STATS_SUMMARY_TABLES.map((table) => `DELETE FROM ${table};`),
  ...SUMMARIES.map((s) => change(s, '', 'true')),
  ticketPart('', 'true'),
  cardPart('', 'true'),
].join('\n');
