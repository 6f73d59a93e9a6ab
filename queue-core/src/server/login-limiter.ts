// Slows down PIN guessing: after `maxFailures` wrong PINs for one staff member from one address within
// the window, further attempts are refused until the lock passes. Time comes from the caller.

export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export class LoginLimiter {
  private failures = new Map<string, { count: number; first: number; lockedUntil: number }>();
  constructor(private options: LimiterOptions = { maxFailures: 5, windowMs: 5 * 60_000, lockMs: 5 * 60_000 }) {}

  /** Milliseconds until another attempt is allowed, or 0. */
  lockedFor(key: string, now: number): number {
    const f = this.failures.get(key);
    return f && f.lockedUntil > now ? f.lockedUntil - now : 0;
  }

  fail(key: string, now: number): void {
    let f = this.failures.get(key);
    if (!f || now - f.first > this.options.windowMs) f = { count: 0, first: now, lockedUntil: 0 };
    f.count++;
    if (f.count >= this.options.maxFailures) f.lockedUntil = now + this.options.lockMs;
    this.failures.set(key, f);
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number) {
    for (const [k, f] of this.failures) if (f.lockedUntil < now && now - f.first > this.options.windowMs) this.failures.delete(k);
  }
}
