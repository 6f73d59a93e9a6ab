// A visitor at a kiosk pressed "call for help" (accessibility.helpButton): the consultant and the head of
// the service are to go there. The call is an alert of its own kind, held from the press until someone
// has seen it (acknowledged) and a few minutes more, so the screens show "seen by …" while the person walks
// over. Its record is the committed alert: a restart folds it back from the log and it goes on as before.
// Pure: the daemon's help calls (server/kiosk-help-calls.ts) feed it the presses and the held alerts.
import { ALERT_WORDS } from './alert-words.js';
import type { AlertCondition } from './alerts.js';
import type { Language } from '../config/schema.js';
import type { Alert } from './types.js';

/** How long a call stays on the staff screens after someone marked it seen. */
export const HELP_SEEN_HOLD_MS = 5 * 60_000;

/** A press of "call for help" not yet committed as an alert. */
export interface HelpPress {
  kiosk: string;
  at: number;
}

/** The kiosk's call, if one is held now (seen or not). */
export const heldHelpCall = (held: Iterable<Alert>, kiosk: string): Alert | undefined => {
  for (const a of held) if (a.kind === 'kiosk-help' && a.subject === kiosk) return a;
  return undefined;
};

/**
 * The help calls that hold now: each held one until HELP_SEEN_HOLD_MS after it was acknowledged, and each
 * new press of a kiosk that has none held. A kiosk pressed again while its call is held adds nothing.
 */
export function helpConditions(held: Iterable<Alert>, presses: Iterable<HelpPress>, now: number, lang: Language): AlertCondition[] {
  const out = new Map<string, AlertCondition>();
  for (const a of held) {
    if (a.kind !== 'kiosk-help') continue;
    if (a.acknowledgedAt !== null && now - a.acknowledgedAt >= HELP_SEEN_HOLD_MS) continue;
    out.set(a.subject, { kind: 'kiosk-help', subject: a.subject, severity: a.severity, since: a.since, message: a.message });
  }
  for (const p of presses) {
    if (out.has(p.kiosk) || heldHelpCall(held, p.kiosk)) continue;
    out.set(p.kiosk, { kind: 'kiosk-help', subject: p.kiosk, severity: 'critical', since: p.at, message: ALERT_WORDS.kioskHelp(p.kiosk, lang) });
  }
  return [...out.values()];
}
