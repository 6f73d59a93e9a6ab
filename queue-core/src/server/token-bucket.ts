// Token buckets for the limits on what unauthenticated clients may try: a bucket holds up to `burst`
// attempts and earns one back every `everyMs`. A table of buckets keyed by address or kiosk is bounded:
// past `maxKeys` the least recently used key is dropped, so memory and the work per attempt stay
// constant whatever an attacker sends. Time comes from the caller.

export interface Rate {
  /** Attempts allowed at once. */
  burst: number;
  /** One attempt earned back every this many milliseconds. */
  everyMs: number;
}

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(private readonly rate: Rate, now: number) {
    this.tokens = rate.burst;
    this.at = now;
  }

  private refill(now: number) {
    if (now > this.at) this.tokens = Math.min(this.rate.burst, this.tokens + (now - this.at) / this.rate.everyMs);
    this.at = Math.max(this.at, now);
  }

  /** Milliseconds until one attempt is allowed, or 0 if it is allowed now. Takes nothing. */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * this.rate.everyMs);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Gives back an attempt that turned out not to count (a right code). */
  giveBack(): void {
    this.tokens = Math.min(this.rate.burst, this.tokens + 1);
  }

  /** True when the bucket is full again: it then says nothing a fresh one would not. */
  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.rate.burst;
  }
}

export class BucketTable {
  private buckets = new Map<string, TokenBucket>();

  constructor(private readonly rate: Rate, private readonly maxKeys = 4096) {}

  /** The key's bucket, made fresh on first use; a key touched moves to the young end of the table. */
  get(key: string, now: number): TokenBucket {
    let b = this.buckets.get(key);
    if (b) this.buckets.delete(key);
    else {
      b = new TokenBucket(this.rate, now);
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, b);
    return b;
  }

  hasRate(rate: Rate): boolean {
    return rate.burst === this.rate.burst && rate.everyMs === this.rate.everyMs;
  }

  get size(): number {
    return this.buckets.size;
  }
}
