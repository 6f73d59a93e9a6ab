// PIN hashing for staff logins. A 4–8 digit PIN cannot be made strong by any hash: the real defence is
// the login rate limit. The hash keeps PINs from being read off a config file or a backup at a glance,
// so PBKDF2 with a per-PIN salt is enough — and, unlike scrypt, it does not hold 16 MB per call on a Pi.
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

const ITERATIONS = 20_000;
const KEYLEN = 32;

export function hashPin(pin: string, salt = randomBytes(16), iterations = ITERATIONS): string {
  return `pbkdf2$${iterations}$${salt.toString('hex')}$${pbkdf2Sync(pin, salt, iterations, KEYLEN, 'sha256').toString('hex')}`;
}

let verifications = 0;
/** How many PIN hashes have been computed to check a login, since start: lets a test see equal work. */
export const pinVerifications = (): number => verifications;

let dummy: string | undefined;
/**
 * Checks a PIN for a staff id that has no hash (unknown, or without a PIN) against a made-up hash of the
 * same strength, so that a wrong id takes as long as a wrong PIN and does not tell which ids exist.
 */
export function verifyAgainstNothing(pin: string): false {
  dummy ??= hashPin(randomBytes(8).toString('hex'));
  verifyPin(pin, dummy);
  return false;
}

export function verifyPin(pin: string, stored: string): boolean {
  verifications++;
  const [scheme, iterations, saltHex, hashHex] = stored.split('$');
  const n = Number(iterations);
  if (scheme !== 'pbkdf2' || !Number.isInteger(n) || n < 1000 || n > 10_000_000 || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = pbkdf2Sync(pin, Buffer.from(saltHex, 'hex'), n, expected.length, 'sha256');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
