// How a check that fails is worded, for the config file and for protocol requests alike: lower case, saying
// what was expected ("expected a whole number ≥ 1"), so that each problem reads as `field: what is wrong`.
// Messages written into the schemas themselves ("expected 1–2 letters") take precedence over these.
//
// The schemas use zod's v3 API (`zod/v3`, shipped inside zod 4): loading it costs the daemon about 2 MB of
// memory against about 12 MB for zod 4's own API, which matters on a Raspberry Pi with 200 screens attached.
import { z } from 'zod/v3';

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' | ');

function sizeLimit(kind: 'at least' | 'at most', type: string, limit: number | bigint, inclusive: boolean, exact: boolean): string {
  const n = Number(limit);
  if (type === 'string') return exact ? `expected exactly ${n} characters` : `expected ${kind} ${inclusive ? n : kind === 'at least' ? n + 1 : n - 1} characters`;
  if (type === 'array' || type === 'set') return exact ? `expected exactly ${n} items` : `expected ${kind} ${inclusive ? n : kind === 'at least' ? n + 1 : n - 1} items`;
  const sign = kind === 'at least' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  return `expected a number ${sign} ${n}`;
}

export const issueMessages: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: `required (expected ${issue.expected})` };
      if (issue.expected === 'integer') return { message: `expected a whole number, received ${issue.received}` };
      return { message: `expected ${issue.expected}, received ${issue.received}` };
    case 'invalid_literal':
      return { message: `expected ${JSON.stringify(issue.expected)}` };
    case 'unrecognized_keys':
      // A strictObject has already worded it with the nearest known keys; any other object is worded here.
      return { message: ctx.defaultError.startsWith(UNKNOWN) ? ctx.defaultError : unknownKeysMessage(issue.keys, []) };
    case 'invalid_union_discriminator':
      return { message: `expected one of ${quoted(issue.options)}` };
    case 'invalid_enum_value':
      return { message: `expected one of ${quoted(issue.options)}` };
    case 'invalid_union':
      return { message: 'expected one of the allowed forms' };
    case 'too_small':
      return { message: sizeLimit('at least', issue.type, issue.minimum, issue.inclusive, !!issue.exact) };
    case 'too_big':
      return { message: sizeLimit('at most', issue.type, issue.maximum, issue.inclusive, !!issue.exact) };
    case 'not_multiple_of':
      return { message: `expected a multiple of ${issue.multipleOf}` };
    case 'not_finite':
      return { message: 'expected a finite number' };
    case 'invalid_string':
      return { message: 'expected text of the right form' };
    case 'invalid_intersection_types':
      return { message: 'the parts of this value contradict each other' };
    default:
      return { message: ctx.defaultError.charAt(0).toLowerCase() + ctx.defaultError.slice(1) };
  }
};

const UNKNOWN = 'unknown field';

/** Edit distance between two names, ignoring case: "codepage" is 0 from "codePage", "outptu" 2 from "output". */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The known key nearest to a mistyped one, when it is near enough to be what was meant. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  // A third of the name may be wrong (at least two letters): "outptu" → "output", but "zzz" → nothing.
  return bestDistance <= Math.max(2, Math.ceil(key.length / 3)) ? best : undefined;
}

/** `unknown field "codepage" (did you mean "codePage"?)`, one clause per key. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const near = nearestKey(key, known);
      return `${UNKNOWN} ${JSON.stringify(key)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}`;
    })
    .join('; ');
}

/**
 * An object that refuses keys it does not declare, naming each with the nearest declared key: a
 * mistyped setting is an error rather than a default taken in silence.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .object(shape, {
      errorMap: (issue, ctx) => ({ message: issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : ctx.defaultError }),
    })
    .strict();
}
