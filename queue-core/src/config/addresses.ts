// Addresses in the configuration (the kiosks enrolled by address): an IPv4 or IPv6 address, or an IPv4
// range such as "192.168.1.0/24". Pure, so the config schema and the daemon read them alike.

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function v4Number(s: string): number | null {
  const m = V4.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts.reduce((n, p) => n * 256 + p, 0) : null;
}

/** An address as the socket reports it, with IPv4 seen through IPv6 ("::ffff:10.0.0.5") made plain IPv4. */
export const plainAddress = (address: string): string => address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** True if `pattern` is an address or an IPv4 range the config may list. */
export function isAddressPattern(pattern: string): boolean {
  const [base, bits, more] = pattern.split('/');
  if (more !== undefined || !base) return false;
  if (bits !== undefined) return v4Number(base) !== null && /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
  return v4Number(base) !== null || (/^[0-9a-f:.]+$/i.test(base) && base.includes(':'));
}

/** Does the client's address fall under the pattern? */
export function addressMatches(pattern: string, address: string): boolean {
  const plain = plainAddress(address);
  const [base, bits] = plainAddress(pattern).split('/');
  if (bits === undefined) return base === plain;
  const net = v4Number(base!);
  const ip = v4Number(plain);
  if (net === null || ip === null) return false;
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ip / size) === Math.floor(net / size);
}
