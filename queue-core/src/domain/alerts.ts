// Which alerts hold, from (state, config, device readings, now), and how the held alerts follow them: a
// condition that begins raises an alert, one that ends resolves it, and an alert the head of the service
// acknowledged stays quiet until its condition ends. Pure: the daemon's alert service feeds it and commits
// the events it returns; screens only show what the daemon holds.
import type { OfficeConfig } from '../config/schema.js';
import { ALERT_WORDS } from './alert-words.js';
import { nearNorm, normCause, overNorm } from './norm.js';
import { normCauseText } from './norm-words.js';
import { queueError, type QueueError } from './errors.js';
import { formatClock, localTime, type Zone } from './office-time.js';
import type { Alert, AlertKind, AlertSeverity, QueueEvent, QueueState } from './types.js';

/** The device states the daemon reports (protocol `DeviceStatus` has this shape). */
export interface DeviceReadings {
  printer: { state: string; detail?: string; paper?: 'ok' | 'low'; blind?: boolean };
  voice: { state: string; problem?: string; detail?: string };
  buttons: { booth: number; state: string }[];
  /** Whether the database can keep what it is told (the daemon's storage watch); absent in tests of the rules alone. */
  storage?: StorageReading;
}

/** The data folder's disk and the database's last write: full, failing, low on room, or well. */
export interface StorageReading {
  state: 'ok' | 'low' | 'full' | 'failed';
  folder: string;
  freeBytes: number | null;
  /** What the failing write said. */
  detail?: string;
}

/** Logins locked after wrong PINs or tokens (server/login-limiter.ts keeps them). */
export interface LoginLocks {
  /** Real staff members, each shown by name. */
  staff: { subject: string; since: number; until: number }[];
  /** Made-up ids, addresses and tokens: one alert for all of them. */
  others: { kind: 'staff' | 'address' | 'token'; subject: string; since: number; until: number }[];
}

export interface AlertCondition {
  kind: AlertKind;
  subject: string;
  severity: AlertSeverity;
  /** When it began, if the rules know; otherwise the moment it is first seen. */
  since: number | null;
  message: string;
  /** The technical text behind it (a device's or the system's own words, in English), shown a click away. */
  detail?: string;
}

export type AlertEvent = Extract<QueueEvent, { type: 'alert' }>;

const withDetail = (detail: string | undefined) => (detail ? { detail } : {});

const keyOf = (a: { kind: AlertKind; subject: string }) => `${a.kind}:${a.subject}`;

/**
 * Every alert condition that holds now. `clockBehindMs` is how far the system clock is behind the latest
 * time the daemon has seen (0 when it is not): a clock that went backwards. `zone` is the office's. `logins`
 * are the sign-ins locked after wrong PINs or tokens.
 */
export function alertConditions(state: QueueState, config: OfficeConfig, devices: DeviceReadings, now: number, clockBehindMs = 0, zone: Zone = config.office.timezone, logins: LoginLocks = { staff: [], others: [] }): AlertCondition[] {
  const lang = config.office.language;
  const { breakOverMinutes } = config.alerts;
  const out: AlertCondition[] = [];
  // The waiting-time norm (norm.ts): a ticket past it is a long wait; one about to pass it, a warning first.
  const over = overNorm(state, config, now), near = nearNorm(state, config, now);
  for (const d of config.directions) {
    const late = over.get(d.id);
    if (late) {
      const cause = normCauseText(normCause(state, d.id, late.wait.from), lang);
      out.push({ kind: 'long-wait', subject: d.id, severity: 'warning', since: late.wait.deadline, message: ALERT_WORDS.longWait(d.name, late.wait.normMinutes, late.ticket.label, cause, lang) });
      continue;
    }
    const soon = near.get(d.id);
    if (!soon) continue;
    const cause = normCauseText(normCause(state, d.id, soon.wait.from), lang);
    const waited = Math.floor((now - soon.wait.from) / 60_000);
    const since = soon.wait.deadline - config.alerts.norm.warnBeforeMinutes * 60_000;
    out.push({ kind: 'norm-near', subject: d.id, severity: 'warning', since, message: ALERT_WORDS.normNear(d.name, soon.ticket.label, waited, soon.wait.normMinutes, cause, lang) });
  }
  for (const b of Object.values(state.booths)) {
    if (b.status !== 'break' || b.breakUntil === null || now - b.breakUntil <= breakOverMinutes * 60_000) continue;
    const until = formatClock(localTime(b.breakUntil, zone).minutes);
    out.push({ kind: 'break-over', subject: String(b.number), severity: 'warning', since: b.breakUntil + breakOverMinutes * 60_000, message: ALERT_WORDS.breakOver(b.number, until, lang) });
  }
  if (devices.printer.state === 'failed') out.push({ kind: 'printer', subject: 'printer', severity: 'critical', since: null, message: ALERT_WORDS.printer(lang), ...withDetail(devices.printer.detail) });
  else if (devices.printer.paper === 'low') out.push({ kind: 'printer-paper-low', subject: 'printer', severity: 'warning', since: null, message: ALERT_WORDS.printerPaperLow(lang) });
  if (devices.printer.state !== 'failed' && devices.printer.blind) out.push({ kind: 'printer-no-status', subject: 'printer', severity: 'warning', since: null, message: ALERT_WORDS.printerNoStatus(lang), ...withDetail(devices.printer.detail) });
  if (devices.voice.state === 'failed' || devices.voice.state === 'fallback') {
    const failed = devices.voice.state === 'failed';
    out.push({ kind: 'voice', subject: 'voice', severity: failed ? 'critical' : 'warning', since: null, message: ALERT_WORDS.voice(failed, devices.voice.problem, lang), ...withDetail(devices.voice.detail) });
  }
  const storage = devices.storage;
  if (storage && storage.state !== 'ok') {
    // One alert for the storage, its subject the kind of trouble: a disk that fills up after writes began
    // to fail for another reason is a new alert with new words, not the old one left standing.
    const message = storage.state === 'full' ? ALERT_WORDS.diskFull(storage.folder, lang)
      : storage.state === 'low' ? ALERT_WORDS.diskLow(Math.floor((storage.freeBytes ?? 0) / 1048576), storage.folder, lang)
      : ALERT_WORDS.writesFail(lang);
    out.push({ kind: 'storage', subject: storage.state === 'failed' ? 'write' : storage.state, severity: storage.state === 'low' ? 'warning' : 'critical', since: null, message, ...withDetail(storage.state === 'failed' ? storage.detail : undefined) });
  }
  for (const b of devices.buttons) {
    if (b.state === 'missing') out.push({ kind: 'button', subject: String(b.booth), severity: 'warning', since: null, message: ALERT_WORDS.button(b.booth, lang) });
  }
  if (clockBehindMs > 0) out.push({ kind: 'clock', subject: 'clock', severity: 'critical', since: null, message: ALERT_WORDS.clock(Math.ceil(clockBehindMs / 60_000), state.day, lang) });
  const clock = (t: number) => formatClock(localTime(t, zone).minutes);
  for (const l of logins.staff) {
    const name = config.staff.find((m) => m.id === l.subject)?.name ?? l.subject;
    out.push({ kind: 'login-locked', subject: `staff:${l.subject}`, severity: 'warning', since: l.since, message: ALERT_WORDS.staffLocked(name, clock(l.until), lang) });
  }
  if (logins.others.length > 0) {
    const shown = logins.others.slice(-3).map((l) => (l.kind === 'staff' ? `«${l.subject}»` : l.subject));
    const more = logins.others.length - shown.length;
    const since = Math.min(...logins.others.map((l) => l.since));
    out.push({ kind: 'login-locked', subject: 'others', severity: 'warning', since, message: ALERT_WORDS.othersLocked(shown.join(', ') + (more > 0 ? ` +${more}` : ''), lang) });
  }
  return out;
}

/**
 * The events that bring the held alerts in line with the conditions: a condition not yet held is raised,
 * a held alert whose condition ended (or changed severity) is resolved. Acknowledged alerts are held too,
 * so a condition the head has seen is not raised again while it lasts.
 */
export function reconcileAlerts(held: Iterable<Alert>, conditions: AlertCondition[], now: number): AlertEvent[] {
  const holding = new Map<string, Alert>();
  for (const a of held) holding.set(keyOf(a), a);
  const events: AlertEvent[] = [];
  const current = new Map(conditions.map((c) => [keyOf(c), c]));
  for (const [key, alert] of holding) {
    const c = current.get(key);
    if (!c || c.severity !== alert.severity) {
      events.push({ type: 'alert', action: 'resolved', at: now, alert });
      holding.delete(key);
    }
  }
  for (const [key, c] of current) {
    const held = holding.get(key);
    // A lockout alert names the locks running now: a new lock, or one that ended, is told on the alert the
    // head has not yet seen (the same id, raised again with its new words), not left out until it resolves.
    if (held && held.kind === 'login-locked' && held.acknowledgedAt === null && held.message !== c.message) {
      events.push({ type: 'alert', action: 'raised', at: now, alert: { ...held, message: c.message } });
    }
    if (held) continue;
    const since = c.since ?? now;
    const alert: Alert = { id: `${key}@${since}`, kind: c.kind, severity: c.severity, subject: c.subject, since, message: c.message, ...withDetail(c.detail), acknowledgedAt: null, acknowledgedBy: null };
    events.push({ type: 'alert', action: 'raised', at: now, alert });
  }
  return events;
}

/**
 * The head of the service has seen the alert: the screens show it as seen (by whom, when), and it stays held
 * until it resolves; the same condition coming back after that is a new alert.
 * Acknowledging it again changes nothing (a retried tap); an alert that resolved or never was is an error.
 */
export function acknowledgeAlert(held: Iterable<Alert>, alertId: string, staffId: string | null, now: number): { alert: Alert; event: AlertEvent | null } | QueueError {
  for (const a of held) {
    if (a.id !== alertId) continue;
    if (a.acknowledgedAt !== null) return { alert: a, event: null };
    const alert = { ...a, acknowledgedAt: now, acknowledgedBy: staffId };
    return { alert, event: { type: 'alert', action: 'acknowledged', at: now, alert } };
  }
  return queueError('ALERT_NOT_FOUND', `No alert ${alertId} is active`);
}

/** Folds one alert event into the held alerts (by id): what a restart replays from the event log. */
export function applyAlertEvent(held: Map<string, Alert>, event: AlertEvent): void {
  if (event.action === 'resolved') held.delete(event.alert.id);
  else held.set(event.alert.id, event.alert);
}

/** The alerts held, acknowledged or not, oldest first: what the staff screens show (the acknowledged dimmed). */
export const heldAlerts = (held: Iterable<Alert>): Alert[] => [...held].sort((a, b) => a.since - b.since);

/** The alerts held and not yet acknowledged, oldest first. */
export const openAlerts = (held: Iterable<Alert>): Alert[] => heldAlerts(held).filter((a) => a.acknowledgedAt === null);
