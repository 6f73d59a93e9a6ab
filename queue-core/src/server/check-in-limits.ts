// The limits on booking codes typed at a kiosk, so that codes cannot be found by trying them: an attempt
// is charged to the connection, the kiosk's address and the whole daemon before it is tried, and given
// back when the code was right. Six-digit codes (made before codes grew to nine digits) are charged to a
// bucket of their own that is far slower, since there are a thousand times fewer of them to try. The
// arithmetic behind the rates is in docs/protocol.md, "Booking codes and their limits".
import { BucketTable, TokenBucket, type Rate } from './token-bucket.js';

export const CHECK_IN_RATES = {
  connection: { burst: 3, everyMs: 10_000 },
  address: { burst: 6, everyMs: 20_000 },
  overall: { burst: 20, everyMs: 6_000 },
  /** Guesses at the old six-digit length, for every kiosk together. */
  legacy: { burst: 3, everyMs: 10 * 60_000 },
} satisfies Record<string, Rate>;

/** What an attempt was charged to; handed back with `refund` when the code was right. */
export type Charge = TokenBucket[];

export class CheckInLimits {
  private readonly addresses = new BucketTable(CHECK_IN_RATES.address);
  private readonly overall: TokenBucket;
  private readonly legacy: TokenBucket;

  constructor(now: number) {
    this.overall = new TokenBucket(CHECK_IN_RATES.overall, now);
    this.legacy = new TokenBucket(CHECK_IN_RATES.legacy, now);
  }

  /** A bucket for one connection, kept on its session. */
  static connectionBucket(now: number): TokenBucket {
    return new TokenBucket(CHECK_IN_RATES.connection, now);
  }

  /**
   * Charges one attempt, or answers how long to wait (ms) when any of its limits is spent; a refused
   * attempt is charged to nothing, so waiting out the longest wait always lets the next one through.
   */
  charge(connection: TokenBucket, address: string, code: string, now: number): { charge: Charge } | { retryAfterMs: number } {
    const buckets = [connection, this.addresses.get(address, now), this.overall];
    if (code.length < 9) buckets.push(this.legacy);
    let wait = 0;
    for (const b of buckets) wait = Math.max(wait, b.waitMs(now));
    if (wait > 0) return { retryAfterMs: wait };
    for (const b of buckets) b.take(now);
    return { charge: buckets };
  }

  refund(charge: Charge): void {
    for (const b of charge) b.giveBack();
  }
}
