// The staff's PIN hashes stay with the daemon: the panel is given the configuration without them, and a
// staff member the panel sends back with neither a new PIN nor a hash keeps the hash she has. So a save
// that changes no PIN changes no hash (and ends nobody's session), and one that sets a PIN does.
import type { OfficeConfig } from './schema.js';

/** The configuration as the panel may read it: every staff member without her `pinHash`. */
export function withoutPinHashes(config: OfficeConfig): Record<string, unknown> {
  return { ...config, staff: config.staff.map(({ pinHash: _hash, ...s }) => s) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A configuration sent by the panel, with the kept hash put back for each staff member who is sent with
 * neither `pin` nor `pinHash` and is already configured under the same id. Anything else is left as sent,
 * for the schema to judge (a new member without a PIN is refused at `staff[i].pin`).
 */
export function keepPinHashes(input: Record<string, unknown>, current: OfficeConfig): Record<string, unknown> {
  if (!Array.isArray(input.staff)) return input;
  const hashes = new Map(current.staff.map((s) => [s.id, s.pinHash]));
  const staff = input.staff.map((s: unknown) => {
    if (!isRecord(s) || 'pin' in s || 'pinHash' in s || typeof s.id !== 'string') return s;
    const hash = hashes.get(s.id);
    return hash ? { ...s, pinHash: hash } : s;
  });
  return { ...input, staff };
}
