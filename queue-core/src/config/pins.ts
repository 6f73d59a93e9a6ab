// PIN hashing for staff logins. A 4–8 digit PIN cannot be made strong by any hash: the real defence is
// the login rate limit. The hash keeps PINs from being read off a config file or a backup at a glance,
// so PBKDF2 with a per-PIN salt is enough — and, unlike scrypt, it does not hold 16 MB per call on a Pi.
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

const ITERATIONS = 20_000;
const KEYLEN = 32;

export function hashPin(pin: string, salt = randomBytes(16), iterations = ITERATIONS): string {
  return `pbkdf2$${iterations}$${salt.toString('hex')}$${pbkdf2Sync(pin, salt, iterations, KEYLEN, 'sha256').toString('hex')}`;
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, iterations, saltHex, hashHex] = stored.split('$');
  const n = Number(iterations);
  if (scheme !== 'pbkdf2' || !Number.isInteger(n) || n < 1000 || n > 10_000_000 || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = pbkdf2Sync(pin, Buffer.from(saltHex, 'hex'), n, expected.length, 'sha256');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
