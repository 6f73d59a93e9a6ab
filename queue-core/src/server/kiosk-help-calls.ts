// The kiosk's "call for help" (accessibility.helpButton), as the daemon takes it: a press is limited per
// kiosk, becomes an alert for the consultant and the head of the service through the alert service (which
// commits it), and a kiosk whose call is still held is told so instead of raising another. The rule of
// how long a call holds is domain/kiosk-help.ts; this keeps only the presses not yet committed.
import { helpConditions, heldHelpCall, type HelpPress } from '../domain/kiosk-help.js';
import type { AlertCondition } from '../domain/alerts.js';
import { queueError, type QueueError } from '../domain/errors.js';
import type { Alert } from '../domain/types.js';
import type { Language } from '../config/schema.js';
import { BucketTable } from './token-bucket.js';

/** A kiosk may call three times at once, then once a minute: a person presses again when nobody comes. */
export const HELP_RATE = { burst: 3, everyMs: 60_000 };

/** What the alert service offers the help calls: the held alerts, and a look at the conditions that commits. */
export interface HelpAlerts {
  shown(): Alert[];
  check(): Promise<void>;
}

export interface HelpAnswer {
  /** When the kiosk's call began. */
  since: number;
  /** The kiosk's call was already held: this press raised nothing new. */
  already: boolean;
  /** Someone on the staff has marked it seen: help is on its way. */
  seen: boolean;
}

export class HelpCalls {
  private readonly presses = new Map<string, HelpPress>();
  private readonly buckets = new BucketTable(HELP_RATE, 1024);

  constructor(private readonly alerts: HelpAlerts | undefined, private readonly language: () => Language) {}

  /** The help calls that hold now, for the alert service's check. */
  conditions(now: number): AlertCondition[] {
    return helpConditions(this.alerts?.shown() ?? [], this.presses.values(), now, this.language());
  }

  /** A press at `kiosk`: raises its call (committed before the answer) or answers the one held. */
  async press(kiosk: string, now: number): Promise<HelpAnswer | QueueError> {
    const alerts = this.alerts;
    if (!alerts) return queueError('HELP_NOT_ENABLED', 'This daemon keeps no alerts');
    const bucket = this.buckets.get(kiosk, now);
    const wait = bucket.waitMs(now);
    if (wait > 0) return queueError('HELP_TOO_FAST', 'Help was called from this kiosk a moment ago', { retryAfterMs: wait });
    bucket.take(now);
    const before = heldHelpCall(alerts.shown(), kiosk);
    if (before) return { since: before.since, already: true, seen: before.acknowledgedAt !== null };
    this.presses.set(kiosk, { kiosk, at: now });
    try {
      await alerts.check();
    } finally {
      this.presses.delete(kiosk);
    }
    const raised = heldHelpCall(alerts.shown(), kiosk);
    if (!raised) return queueError('INTERNAL', 'The call for help could not be raised');
    return { since: raised.since, already: false, seen: false };
  }
}
