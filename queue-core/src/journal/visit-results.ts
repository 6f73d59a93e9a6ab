// One result per visit, in one list: the specialist's finish and the visitor card record the same value
// (the list is RESULTS in types.ts, its words RESULT_TEXT in labels.ts). Before the one list, a ticket's
// `finish.result` came from the configured `results` (the demo's "incomplete", "certificate", the default
// "done") and could differ from its card's; this says what such old values mean in the statistics.
import { RESULTS, type AppealResult } from './types.js';

/** The statistics' row for an old ticket result that names nothing in the list. */
export const UNRECORDED = 'unrecorded';
export type ReportedResult = AppealResult | typeof UNRECORDED;

/**
 * Old ticket results that name a result of the list in other words. "done" ("Обслужен", the old default)
 * said only that the visit ended, so it maps to none: it is counted as `unrecorded`.
 */
export const OLD_RESULTS: Readonly<Record<string, AppealResult>> = {
  incomplete: 'returned',
  certificate: 'issued',
};

export const isResult = (id: string): id is AppealResult => (RESULTS as readonly string[]).includes(id);

/** A result id of the list, or an old one mapped onto it; null when it names none. */
export function resultOf(id: string | null | undefined): AppealResult | null {
  if (!id) return null;
  if (isResult(id)) return id;
  return Object.hasOwn(OLD_RESULTS, id) ? OLD_RESULTS[id]! : null;
}

/**
 * The result a visit counts under. A visit with a card counts under the card's result: the card is what
 * the specialist filled in with the citizen, and on old data it may disagree with the ticket's. Without a
 * card, the ticket's result, an old value mapped; one that maps to nothing is `unrecorded`.
 */
export function reportedResult(ticketResult: string | null, cardResult: string | null): ReportedResult {
  return resultOf(cardResult) ?? resultOf(ticketResult) ?? UNRECORDED;
}

export type FinishResult = { result: AppealResult; cardFollows: boolean } | { error: 'RESULT_NOT_FOUND'; message: string };

/**
 * What a finish records on the ticket: the result asked for, else the visit card's. When both are there
 * and differ, the one asked for is the later choice and the card follows it, so the two never disagree.
 */
export function finishResult(asked: string | undefined, card: AppealResult | null): FinishResult {
  if (asked === undefined) {
    return card ? { result: card, cardFollows: false } : { error: 'RESULT_NOT_FOUND', message: 'result: choose the result of the visit (no visitor card gives one)' };
  }
  const result = resultOf(asked);
  if (!result) return { error: 'RESULT_NOT_FOUND', message: `result: no result "${asked}"; expected one of ${RESULTS.join(', ')}` };
  return { result, cardFollows: card !== null && card !== result };
}
