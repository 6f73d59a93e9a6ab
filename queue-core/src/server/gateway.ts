// The /ws endpoint: takes the upgrade, keeps the sessions and their heartbeat, and fans committed events
// and notices out to them. What a frame means is dispatch.ts's job; signing in is sign-in.ts's; each
// request's handler is listed in handlers.ts.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { queueError } from '../domain/errors.js';
import type { DeviceStatus, Notice, ServerMessage } from '../protocol/messages.js';
import type { StoredEvent } from '../store/queue-store.js';
import type { QueueService } from './queue-service.js';
import { audienceOf, viewOf, type Audience, type View } from './views.js';
import { LoginLimiter } from './login-limiter.js';
import { DEFAULT_MAX_FRAME, DEFAULT_REPLAY_LIMIT, type GatewayContext, type GatewayOptions, type Session } from './context.js';
import { ReplayRing } from './replay.js';
import { PublicSnapshot } from './public-snapshot.js';
import { send, sendRaw, snapshotFrame, updateFrame } from './frames.js';
import { receive } from './dispatch.js';
import { HostPolicy } from './host-policy.js';
import { KioskLimits, issuingLimits } from './kiosk-limits.js';
import { HelpCalls } from './kiosk-help-calls.js';
import { rightsGone } from './session-rights.js';
import { SESSION_ENDED_CLOSE, sessionEndWords, type SessionEndReason } from '../protocol/session-end.js';
import { hallFilter } from '../domain/halls.js';

export type { GatewayOptions } from './context.js';

const NO_DEVICES: DeviceStatus = { printer: { state: 'unknown' }, voice: { state: 'off' }, buttons: [] };

export class Gateway implements GatewayContext {
  readonly wss: WebSocketServer;
  readonly limiter: LoginLimiter;
  readonly ring: ReplayRing;
  readonly kiosks: KioskLimits;
  readonly help: HelpCalls;
  private sessions = new Set<Session>();
  private heartbeat: ReturnType<typeof setInterval>;
  /** The summary last sent to the screens, as JSON: refreshSummary sends one only when it differs. */
  private lastSummary = '';
  private readonly maxFrame: number;
  private readonly hosts: HostPolicy;
  private readonly publicFrame: PublicSnapshot;

  constructor(readonly service: QueueService, recent: StoredEvent[], readonly options: GatewayOptions = {}) {
    this.maxFrame = options.maxFrameBytes ?? DEFAULT_MAX_FRAME;
    this.limiter = options.limiter ?? new LoginLimiter();
    this.hosts = options.hosts ?? new HostPolicy(() => service.config.server);
    this.ring = new ReplayRing(recent, options.replayLimit ?? DEFAULT_REPLAY_LIMIT);
    this.kiosks = new KioskLimits(service.now(), () => issuingLimits(service.config));
    options.alerts?.watch((now) => this.kiosks.alertConditions(now, service.config.office.language));
    this.help = new HelpCalls(options.alerts, () => service.config.office.language);
    options.alerts?.watch((now) => this.help.conditions(now));
    this.publicFrame = new PublicSnapshot(service, () => this.devices());
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.maxFrame * 4, perMessageDeflate: false });
    this.wss.on('connection', (ws: WebSocket, req: IncomingMessage) => this.accept(ws, req));
    service.onCommitted((events) => this.publish(events));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
  }

  log(line: string): void {
    this.options.log?.(line);
  }

  devices(): DeviceStatus {
    return this.options.devices?.() ?? NO_DEVICES;
  }

  /** Takes the HTTP upgrade for /ws after checking the page's Origin. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const origin = req.headers.origin;
    if (origin && !this.originAllowed(origin, req.headers.host, 'encrypted' in req.socket)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nOrigin not allowed\n');
      this.log(`refused a WebSocket from origin ${origin}`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private originAllowed(origin: string, host: string | undefined, secure: boolean): boolean {
    return this.hosts.originAllowed(origin, host, secure);
  }

  publicSnapshot(hall?: string): Buffer {
    return this.publicFrame.frame(hall);
  }

  get clientCount(): number {
    return this.sessions.size;
  }

  tell(s: Session, notice: Notice): void {
    send(s, { type: 'notice', notice });
  }

  /** Sends a notice to the sessions it concerns: all of them, or those of an audience. */
  notify(notice: Notice, audience?: Audience): void {
    const frame = Buffer.from(JSON.stringify({ type: 'notice', notice } satisfies ServerMessage));
    for (const s of this.sessions) if (s.role && (!audience || audienceOf(s.role) === audience)) sendRaw(s, frame);
  }

  /** Every session gets a fresh snapshot (after a configuration change, which events do not describe). */
  resnapshot(): void {
    const summary = this.service.summary();
    const frames: Record<View, Buffer> = {
      public: this.publicSnapshot(),
      booth: snapshotFrame(this.service, this.devices(), 'booth', summary, this.options.alerts?.shown()),
      staff: snapshotFrame(this.service, this.devices(), 'staff', summary, this.options.alerts?.shown()),
    };
    this.notify({ kind: 'config', at: this.service.now() });
    for (const s of this.sessions) {
      if (!s.role) continue;
      if (s.hall === undefined) sendRaw(s, frames[viewOf(s.role)]);
      // A hall taken out of the configuration: its display reconnects and is told in words (HALL_NOT_FOUND).
      else if (!hallFilter(this.service.config, s.hall)) s.ws.close();
      else sendRaw(s, this.publicSnapshot(s.hall));
    }
  }

  endSession(s: Session, reason: SessionEndReason): void {
    if (!s.role || s.ended) return;
    this.tell(s, { kind: 'session-ended', reason, message: sessionEndWords(reason, this.service.config.office.language) });
    this.log(`session ended (${reason}): ${s.role}${s.staffId ? ` ${s.staffId}` : ''}${s.integration ? ` ${s.integration}` : ''} from ${s.address}`);
    // Frames already on their way get the same answer (dispatch.ts), and no more broadcasts reach it.
    s.ended = reason;
    this.sessions.delete(s);
    s.ws.close(SESSION_ENDED_CLOSE, reason);
  }

  endSessionsWithoutRights(): void {
    const { config, state } = this.service;
    for (const s of this.sessions) {
      if (s.role !== 'operator' && s.role !== 'consultant' && s.role !== 'supervisor' && s.role !== 'archivist' && s.role !== 'integration') continue;
      const gone = rightsGone(s, config, state);
      if (gone) this.endSession(s, gone);
    }
  }

  close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const s of this.sessions) s.ws.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket, req: IncomingMessage) {
    const session: Session = { ws, address: req.socket.remoteAddress ?? '?', role: null, alive: true };
    this.sessions.add(session);
    ws.on('pong', () => (session.alive = true));
    ws.on('message', (data, isBinary) => {
      receive(session, this, this.maxFrame, data, isBinary).catch((e) => {
        this.log(`internal error on a request: ${(e as Error).stack ?? e}`);
        send(session, { type: 'error', id: null, error: queueError('INTERNAL', 'Internal error; the request was not carried out') });
      });
    });
    ws.on('close', () => this.sessions.delete(session));
    ws.on('error', (e) => this.log(`socket error from ${session.address}: ${e.message}`));
  }

  private beat() {
    for (const s of this.sessions) {
      if (!s.alive) {
        s.ws.terminate();
        this.sessions.delete(s);
        continue;
      }
      s.alive = false;
      s.ws.ping();
    }
  }

  /**
   * Sends the summary again when time alone has changed it: the office opened or closed, issuing stopped
   * before closing, a wait grew. No event says so, and without this a kiosk left on from before opening
   * would refuse every citizen until something else happened in the office.
   */
  refreshSummary(): void {
    const summary = this.service.summary();
    const text = JSON.stringify(summary);
    if (text === this.lastSummary) return;
    this.lastSummary = text;
    const frames: Record<View, Buffer> = {
      public: Buffer.from(updateFrame([], 'public', summary)),
      booth: Buffer.from(updateFrame([], 'booth', summary)),
      staff: Buffer.from(updateFrame([], 'staff', summary)),
    };
    for (const s of this.sessions) if (s.role) sendRaw(s, frames[viewOf(s.role)]);
  }

  /**
   * Fans committed events out. The ring is updated at once (a hello in between must see them); sending
   * waits for the next turn of the event loop, so the client that asked is answered before the crowd.
   */
  private publish(events: StoredEvent[]) {
    this.ring.push(events);
    setImmediate(() => {
      // A booth closed or taken ends the session of the specialist who held it, before the news goes out.
      if (events.some((e) => e.event.type === 'booth')) this.endSessionsWithoutRights();
      const summary = this.service.summary();
      this.lastSummary = JSON.stringify(summary);
      const frames: Record<View, Buffer> = {
        public: Buffer.from(updateFrame(events, 'public', summary)),
        booth: Buffer.from(updateFrame(events, 'booth', summary)),
        staff: Buffer.from(updateFrame(events, 'staff', summary)),
      };
      // One frame per hall with a display, encoded once for every display of that hall.
      const halls = new Map<string, Buffer>();
      const hallFrame = (id: string) => {
        let frame = halls.get(id);
        if (!frame) {
          const hall = hallFilter(this.service.config, id);
          frame = hall ? Buffer.from(updateFrame(events, 'public', summary, hall)) : frames.public;
          halls.set(id, frame);
        }
        return frame;
      };
      for (const s of this.sessions) if (s.role) sendRaw(s, s.hall === undefined ? frames[viewOf(s.role)] : hallFrame(s.hall));
    });
  }
}
