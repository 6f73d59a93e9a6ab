// The fingerprint of a changing request's body, stored beside its idempotency key: a key sent again with
// the same body is a retry and gets the first answer; with another body it is a mistake (a client that
// reuses keys) and is refused, rather than answered with a change it did not ask for.
import { createHash } from 'node:crypto';

/** JSON with every object's keys in order, so that the same body always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function bodyHash(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}
