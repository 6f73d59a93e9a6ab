// Which screens may rate a booth's visits (rating.booths in the configuration): the booth display when it
// is a touch screen, or the tablet beside the booth (/display/booth/<n>/rate), each proving itself as a
// kiosk does, by the booth's token or by the address it connects from. Checked at hello and again at
// every rating against the configuration as it is then, so a token replaced or a booth struck from the
// list stops its screen at once. The `rate` request is limited per connection besides.
import { timingSafeEqual } from 'node:crypto';
import type { OfficeConfig } from '../config/schema.js';
import { addressMatches, plainAddress } from '../config/addresses.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { ratingBooth } from '../domain/rating.js';
import { TokenBucket } from './token-bucket.js';

import type { RatingCredential } from './rating-credential.js';

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Whether this screen may rate booth `booth`'s visits now: null when it may, else the refusal. A screen
 * the booth does not have (a tablet where only the display is a touch screen) is refused as well.
 */
export function ratingRefusal(config: OfficeConfig, booth: number, cred: RatingCredential, address: string): QueueError | null {
  const settings = ratingBooth(config, booth);
  const has = settings && (cred.screen === 'tablet' ? settings.tablet : settings.touchDisplay);
  if (!settings || !has) return queueError('RATING_OFF', `Booth ${booth} takes no ratings from its ${cred.screen === 'tablet' ? 'tablet' : 'display'}`);
  if (cred.token !== undefined) {
    if (settings.token !== undefined && sameToken(settings.token, cred.token)) return null;
    return queueError('RATING_NOT_ENROLLED', `This rating token is not booth ${booth}'s; ask the head of the service for the rating screen's link`);
  }
  if (settings.addresses.some((p) => addressMatches(p, address))) return null;
  return queueError('RATING_NOT_ENROLLED', `No rating screen of booth ${booth} is enrolled at ${plainAddress(address)}; open the page with the booth's rating token or list the address in rating.booths`);
}

/** A screen rates a few times a visit at most: 4 at once, then one every 2 s, per connection. */
const RATE_LIMIT = { burst: 4, everyMs: 2000 };

/** Milliseconds the session must wait before its next rating, or 0 (and the attempt is counted). */
export function ratingWait(s: { rateBucket?: TokenBucket }, now: number): number {
  s.rateBucket ??= new TokenBucket(RATE_LIMIT, now);
  const wait = s.rateBucket.waitMs(now);
  if (wait === 0) s.rateBucket.take(now);
  return wait;
}
