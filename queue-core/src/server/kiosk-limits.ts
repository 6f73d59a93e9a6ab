// The state of the kiosks' limits, one per daemon: each kiosk's issuing bucket (a few at once, then one
// every few seconds), the limits on booking codes (check-in-limits.ts), and each kiosk's recent priority
// requests, which the alert service asks about. kiosk-guards.ts applies them to requests.
import { ALERT_WORDS } from '../domain/alert-words.js';
import type { AlertCondition } from '../domain/alerts.js';
import type { Language, OfficeConfig } from '../config/schema.js';
import { BucketTable, TokenBucket, type Rate } from './token-bucket.js';
import { CheckInLimits } from './check-in-limits.js';

/** The office's limits on a kiosk's issuing (`server.kioskIssuing`), as the limits here use them. */
export interface IssuingLimits {
  rate: Rate;
  /** All kiosks together. */
  allKiosks: Rate;
  /** More priority tickets than this asked for at one kiosk within the window raise an alert. */
  priorityOver: number;
  windowMs: number;
}

export const issuingLimits = (config: OfficeConfig): IssuingLimits => {
  const k = config.server.kioskIssuing;
  return { rate: { burst: k.burst, everyMs: k.everySeconds * 1000 }, allKiosks: { burst: k.allKiosks.burst, everyMs: k.allKiosks.everySeconds * 1000 }, priorityOver: k.priorityAlertOver, windowMs: k.priorityAlertMinutes * 60_000 };
};

/** The last `over + 1` priority requests of one kiosk, and when they first came too close together. */
interface PriorityTrail {
  times: number[];
  since: number | null;
}

/**
 * Entries of the book of feedback: a citizen takes minutes to type one, so a kiosk leaves a couple at once
 * and then one a minute; all kiosks together (or whatever claims to be one) at most one every 20 seconds
 * after a burst of ten, so a script cannot fill the journal.
 */
export const FEEDBACK_RATES = {
  kiosk: { burst: 2, everyMs: 60_000 },
  overall: { burst: 10, everyMs: 20_000 },
} satisfies Record<string, Rate>;

const ALL_KIOSKS = '';

export class KioskLimits {
  readonly checkIns: CheckInLimits;
  private issuing: BucketTable;
  /** All kiosks' one bucket, under the key ALL_KIOSKS. */
  private allKiosks: BucketTable;
  private officeRefusing = false;
  private readonly feedbackByKiosk = new BucketTable(FEEDBACK_RATES.kiosk, 1024);
  private readonly feedbackOverall: TokenBucket;
  private readonly trails = new Map<string, PriorityTrail>();

  /** `limits` is read again on every request, so a configuration edit applies at once. */
  constructor(now: number, private readonly limits: () => IssuingLimits) {
    this.checkIns = new CheckInLimits(now);
    this.feedbackOverall = new TokenBucket(FEEDBACK_RATES.overall, now);
    this.issuing = new BucketTable(limits().rate, 1024);
    this.allKiosks = new BucketTable(limits().allKiosks, 1);
  }

  /**
   * Milliseconds the kiosk must wait before its next ticket, or 0 and the ticket is counted: against its
   * own limit and against all kiosks' together. `officeReached` is true on the first refusal by all
   * kiosks' limit after tickets were issued, so that the log tells it once and is not flooded.
   */
  takeIssue(kiosk: string, now: number): { waitMs: number; officeReached: boolean } {
    const { rate, allKiosks } = this.limits();
    // A changed rate starts afresh: the buckets were filled at the old one.
    if (!this.issuing.hasRate(rate)) this.issuing = new BucketTable(rate, 1024);
    if (!this.allKiosks.hasRate(allKiosks)) this.allKiosks = new BucketTable(allKiosks, 1);
    const own = this.issuing.get(kiosk, now);
    const office = this.allKiosks.get(ALL_KIOSKS, now);
    const ownWait = own.waitMs(now);
    const officeWait = office.waitMs(now);
    const waitMs = Math.max(ownWait, officeWait);
    if (waitMs === 0) (own.take(now), office.take(now));
    const officeReached = officeWait > 0 && !this.officeRefusing;
    // Refusing by all kiosks' limit from its first refusal until a ticket is issued again.
    if (waitMs === 0) this.officeRefusing = false;
    else if (officeWait > 0) this.officeRefusing = true;
    return { waitMs, officeReached };
  }

  /** Milliseconds before the kiosk may leave another entry of the book of feedback, or 0 and it is counted. */
  takeFeedback(kiosk: string, now: number): number {
    const own = this.feedbackByKiosk.get(kiosk, now);
    const wait = Math.max(own.waitMs(now), this.feedbackOverall.waitMs(now));
    if (wait === 0) (own.take(now), this.feedbackOverall.take(now));
    return wait;
  }

  /** An entry counted by takeFeedback was refused (switched off, empty, too long): it costs nothing. */
  giveBackFeedback(kiosk: string, now: number): void {
    this.feedbackByKiosk.get(kiosk, now).giveBack();
    this.feedbackOverall.giveBack();
  }

  /** A ticket counted by takeIssue was not issued after all. */
  giveBackIssue(kiosk: string, now: number): void {
    this.issuing.get(kiosk, now).giveBack();
    this.allKiosks.get(ALL_KIOSKS, now).giveBack();
  }

  /** Notes a priority request; true when it makes the kiosk's priority issuing unusual (a new alert). */
  notePriority(kiosk: string, now: number): boolean {
    let trail = this.trails.get(kiosk);
    if (!trail) {
      if (this.trails.size >= 1024) this.trails.delete(this.trails.keys().next().value!);
      trail = { times: [], since: null };
      this.trails.set(kiosk, trail);
    }
    trail.times.push(now);
    while (trail.times.length > this.limits().priorityOver + 1) trail.times.shift();
    const unusual = this.unusual(trail, now);
    if (!unusual || trail.since !== null) return false;
    trail.since = now;
    return true;
  }

  private unusual(trail: PriorityTrail, now: number): boolean {
    const { priorityOver, windowMs } = this.limits();
    return trail.times.length > priorityOver && now - trail.times[trail.times.length - 1 - priorityOver]! < windowMs;
  }

  /** The alerts that hold now: one per kiosk whose last priority requests came too close together. */
  alertConditions(now: number, lang: Language): AlertCondition[] {
    const out: AlertCondition[] = [];
    for (const [kiosk, trail] of this.trails) {
      if (trail.since === null) continue;
      if (!this.unusual(trail, now)) {
        trail.since = null;
        continue;
      }
      out.push({ kind: 'priority-issuing', subject: kiosk, severity: 'warning', since: trail.since, message: ALERT_WORDS.priorityIssuing(kiosk, this.limits().priorityOver, this.limits().windowMs / 60_000, lang) });
    }
    return out;
  }
}
