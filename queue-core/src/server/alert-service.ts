// The daemon's alerts: it asks the pure rules (domain/alerts.ts) which conditions hold after every commit,
// on every device change and on a timer, and commits the raise/acknowledge/resolve events they return. The
// committed event log is the only record: the held alerts are those events folded, here and on a restart.
// Staff screens get them in their snapshot and as `alert` events; public screens never do.
import { acknowledgeAlert, alertConditions, applyAlertEvent, heldAlerts, openAlerts, reconcileAlerts, type AlertCondition, type AlertEvent, type DeviceReadings, type LoginLocks } from '../domain/alerts.js';
import type { QueueError } from '../domain/errors.js';
import { newBreaches } from '../domain/norm.js';
import { helpConditions } from '../domain/kiosk-help.js';
import type { Alert, QueueEvent } from '../domain/types.js';
import type { StoredEvent } from '../store/queue-store.js';
import type { QueueService } from './queue-service.js';

export interface AlertServiceOptions {
  /** How often conditions that grow with time alone (long waits, overlong breaks) are looked at. */
  checkMs?: number;
  log?: (line: string) => void;
  /** The logins locked now (the gateway's login limiter). */
  logins?: (now: number) => LoginLocks;
}

export class AlertService {
  private held = new Map<string, Alert>();
  /** Tickets whose breach of the waiting-time norm is in the log: each is recorded once. */
  private breached = new Set<string>();
  /** Conditions the daemon's other parts see (a kiosk asking for many priority tickets). */
  private sources: ((now: number) => AlertCondition[])[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private queued = false;
  private closed = false;
  private readonly log: (line: string) => void;
  private unsavedListeners: ((alert: Alert) => void)[] = [];
  private readonly logins: (now: number) => LoginLocks;

  private constructor(private service: QueueService, private devices: () => DeviceReadings, options: AlertServiceOptions) {
    this.log = options.log ?? (() => {});
    this.logins = options.logins ?? (() => ({ staff: [], others: [] }));
  }

  static async start(service: QueueService, devices: () => DeviceReadings, options: AlertServiceOptions = {}): Promise<AlertService> {
    const alerts = new AlertService(service, devices, options);
    for (const e of await service.store.alertEvents()) if (e.type === 'alert') applyAlertEvent(alerts.held, e);
    for (const id of service.store.breachedTickets(service.state.day)) alerts.breached.add(id);
    service.onCommitted((events) => alerts.committed(events));
    await alerts.check();
    alerts.timer = setInterval(() => void alerts.check(), options.checkMs ?? 30_000);
    alerts.timer.unref();
    return alerts;
  }

  /** Alerts raised that the database could not keep: the staff screens are to be told some other way. */
  onUnsaved(listener: (alert: Alert) => void): void {
    this.unsavedListeners.push(listener);
  }

  /** The alerts held and not acknowledged. */
  open(): Alert[] {
    return openAlerts(this.held.values());
  }

  /** The alerts staff screens show: all held, the acknowledged ones with who saw them and when. */
  shown(): Alert[] {
    return heldAlerts(this.held.values());
  }

  /** Looks at the conditions now and commits what changed. Never rejects: a fault here is logged, not fatal. */
  async check(): Promise<void> {
    if (this.closed) return;
    try {
      let decided: AlertEvent[] = [];
      const outcome = await this.service.record((state) => {
        const now = this.service.clock();
        const conditions = [
          ...alertConditions(state, this.service.config, this.devices(), now, this.service.clockBehindMs(), this.service.zone, this.logins(now)),
          // A kiosk's call for help holds by its own rule (domain/kiosk-help.ts) from the first check on,
          // also before the kiosks' part of the daemon has started after a restart.
          ...helpConditions(this.held.values(), [], now, this.service.config.office.language),
          ...this.sources.flatMap((source) => source(now)),
        ];
        decided = reconcileAlerts(this.held.values(), conditions, now);
        // A wait past the norm is recorded, with its cause, in the same commit as the alert it raises.
        const breaches: QueueEvent[] = newBreaches(state, this.service.config, this.breached, now).map((breach) => ({ type: 'norm', action: 'breached', at: now, breach }));
        return { events: [...breaches, ...decided], value: null };
      });
      if (!outcome.ok) {
        this.log(`alerts: ${outcome.error.message}`);
        // The database cannot keep them (a full disk is itself an alert): they are held in memory, shown in
        // snapshots and told to the staff screens now, and not raised twice while the disk stays full.
        if (outcome.error.code === 'STORAGE_FAILED' && decided.length > 0) {
          for (const e of decided) applyAlertEvent(this.held, e);
          for (const e of decided) if (e.action === 'raised') for (const listener of this.unsavedListeners) listener(e.alert);
        }
      }
    } catch (e) {
      this.log(`alerts: ${(e as Error).stack ?? e}`);
    }
  }

  /** Adds conditions the state does not show, looked at with the others on every check. */
  watch(source: (now: number) => AlertCondition[]): void {
    this.sources.push(source);
  }

  /** The head of the service acknowledges an alert; answers with the alert as held now. */
  async acknowledge(alertId: string, staffId: string | null): Promise<{ ok: true; alert: Alert } | { ok: false; error: QueueError }> {
    const outcome = await this.service.record((): { events: AlertEvent[]; value: Alert } | QueueError => {
      const decided = acknowledgeAlert(this.held.values(), alertId, staffId, this.service.now());
      if ('code' in decided) return decided;
      return { events: decided.event ? [decided.event] : [], value: decided.alert };
    });
    return outcome.ok ? { ok: true, alert: outcome.value } : outcome;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Alert events are folded in; any other change may start or end a condition, so a check follows. */
  private committed(events: StoredEvent[]) {
    let other = false;
    for (const { event } of events) {
      if (event.type === 'alert') applyAlertEvent(this.held, event);
      else if (event.type === 'norm') this.breached.add(event.breach.ticketId);
      else other = true;
    }
    if (!other || this.queued) return;
    this.queued = true;
    setImmediate(() => {
      this.queued = false;
      void this.check();
    });
  }
}
