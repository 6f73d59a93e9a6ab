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
      return { message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${quoted(issue.keys)}` };
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
