// Which clients may say hello as a kiosk: one that brings the token of an enrolled kiosk
// (`server.kiosks`), or one that connects from an address the configuration lists
// (`server.kioskAddresses`). The kiosk's name (the token's name, or its address) is what its issuing is
// limited and watched by.
import { timingSafeEqual } from 'node:crypto';
import type { OfficeConfig } from '../config/schema.js';
import { addressMatches, plainAddress } from '../config/addresses.js';
import { queueError, type QueueError } from '../domain/errors.js';

const sameToken = (a: string, b: Buffer): boolean => {
  const t = Buffer.from(a);
  return t.length === b.length && timingSafeEqual(t, b);
};

/** The enrolled kiosk's name, or KIOSK_NOT_ENROLLED. A wrong token is refused even from a listed address. */
export function enrolledKiosk(config: OfficeConfig, address: string, token: string | undefined): { kiosk: string } | { error: QueueError } {
  const { kiosks, kioskAddresses } = config.server;
  if (token !== undefined) {
    const given = Buffer.from(token);
    // Every entry is compared, so the time taken says nothing about which one was close.
    let found: string | undefined;
    for (const k of kiosks) if (sameToken(k.token, given)) found ??= k.name;
    if (found) return { kiosk: found };
    return { error: queueError('KIOSK_NOT_ENROLLED', 'This kiosk token is not enrolled; ask the head of the service for the kiosk link') };
  }
  if (kioskAddresses.some((p) => addressMatches(p, address))) return { kiosk: plainAddress(address) };
  return { error: queueError('KIOSK_NOT_ENROLLED', `No kiosk is enrolled at ${plainAddress(address)}; open the kiosk page with its token or list the address in server.kioskAddresses`) };
}
