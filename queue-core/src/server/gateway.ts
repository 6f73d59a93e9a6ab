// The /ws endpoint: sessions, roles, validation of every frame, and the push of committed events with
// their sequence numbers. Whatever a client sends, it gets a structured answer and the daemon goes on.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { Command, Reply, Ticket } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { slotsOn } from '../domain/bookings.js';
import { placeInLine } from '../domain/estimate.js';
import { verifyPin } from '../config/pins.js';
import { requestSchemas, REQUEST_TYPES, type RequestType } from '../protocol/schema.js';
import { issueMessages } from '../validation-messages.js';
import type { DeviceStatus, Notice, Request, RequestId, RequestOf, Role, SequencedEvent, ServerMessage } from '../protocol/messages.js';
import { PROTOCOL_VERSION } from '../protocol/version.js';
import { formatPath, sealPins, validateConfig } from '../config/load.js';
import { saveConfigFile } from '../config/save.js';
import type { StoredEvent } from '../store/queue-store.js';
import type { QueueService, Outcome } from './queue-service.js';
import { audienceOf, publicTicket, snapshot, viewEvent, type Audience } from './views.js';
import { isBoothAction, mayRequest } from './permissions.js';
import { LoginLimiter } from './login-limiter.js';
import type { AlertService } from './alert-service.js';
import type { JournalAnswer, JournalService } from './journal-service.js';

export interface GatewayOptions {
  /** Frames above this get FRAME_TOO_LARGE and the connection stays; above 4× it the socket is closed. */
  maxFrameBytes?: number;
  heartbeatMs?: number;
  /** Events kept in memory for clients that reconnect with their last sequence number. */
  replayLimit?: number;
  devices?: () => DeviceStatus;
  /** Prints an issued ticket; rejects with a QueueError-shaped reason when the printer fails. */
  print?: (ticket: Ticket, issued: { ahead: number; waitMinutes: number; reprint?: boolean }) => Promise<void>;
  log?: (line: string) => void;
  limiter?: LoginLimiter;
  /** Where an edited configuration is written, or null to keep it in memory only. */
  configFile?: string | null;
  /** The appeal journal and statistics; without it journal requests are refused. */
  journal?: JournalService;
  /** The daemon's alerts; without it `alertAck` is refused and snapshots carry none. */
  alerts?: AlertService;
}

interface Session {
  ws: WebSocket;
  address: string;
  role: Role | null;
  staffId?: string;
  booth?: number;
  /** The name of an integration that signed in by token. */
  integration?: string;
  alive: boolean;
}

const NO_DEVICES: DeviceStatus = { printer: { state: 'unknown' }, voice: { state: 'off' }, buttons: [] };

export class Gateway {
  readonly wss: WebSocketServer;
  private sessions = new Set<Session>();
  private ring: StoredEvent[] = [];
  private heartbeat: ReturnType<typeof setInterval>;
  private readonly maxFrame: number;
  private readonly limiter: LoginLimiter;
  private readonly log: (line: string) => void;

  constructor(private service: QueueService, recent: StoredEvent[], private options: GatewayOptions = {}) {
    this.maxFrame = options.maxFrameBytes ?? 64 * 1024;
    this.limiter = options.limiter ?? new LoginLimiter();
    this.log = options.log ?? (() => {});
    this.ring = recent.slice(-(options.replayLimit ?? 2000));
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.maxFrame * 4, perMessageDeflate: false });
    this.wss.on('connection', (ws: WebSocket, req: IncomingMessage) => this.accept(ws, req));
    service.onCommitted((events) => this.publish(events));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
  }

  /** Takes the HTTP upgrade for /ws after checking the page's Origin. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const origin = req.headers.origin;
    if (origin && !this.originAllowed(origin, req.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nOrigin not allowed\n');
      this.log(`refused a WebSocket from origin ${origin}`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private originAllowed(origin: string, host: string | undefined): boolean {
    try {
      if (host && new URL(origin).host === host) return true;
    } catch {
      return false;
    }
    return this.service.config.server.allowedOrigins.includes(origin);
  }

  get clientCount(): number {
    return this.sessions.size;
  }

  /** Sends a notice to the sessions it concerns: all of them, or those of an audience. */
  notify(notice: Notice, audience?: Audience): void {
    const frame = Buffer.from(JSON.stringify({ type: 'notice', notice } satisfies ServerMessage));
    for (const s of this.sessions) if (s.role && (!audience || audienceOf(s.role) === audience)) this.sendRaw(s, frame);
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
      this.receive(session, data, isBinary).catch((e) => {
        this.log(`internal error on a request: ${(e as Error).stack ?? e}`);
        this.send(session, { type: 'error', id: null, error: queueError('INTERNAL', 'Internal error; the request was not carried out') });
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

  private send(s: Session, msg: ServerMessage) {
    this.sendRaw(s, JSON.stringify(msg));
  }

  /** Sends one text frame; a frame going to many sessions is encoded once, as a Buffer, by the caller. */
  private sendRaw(s: Session, frame: string | Buffer) {
    if (s.ws.readyState !== s.ws.OPEN) return;
    // A client that stopped reading (a frozen screen) is cut off rather than allowed to eat memory.
    if (s.ws.bufferedAmount > 8 * 1024 * 1024) {
      s.ws.terminate();
      return;
    }
    s.ws.send(frame, { binary: false });
  }

  private async receive(s: Session, data: RawData, isBinary: boolean) {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength;
    if (size > this.maxFrame) {
      return this.send(s, { type: 'error', id: null, error: queueError('FRAME_TOO_LARGE', `Frames are limited to ${this.maxFrame} bytes; this one had ${size}`) });
    }
    if (isBinary) return this.send(s, { type: 'error', id: null, error: queueError('BAD_REQUEST', 'Send JSON text frames') });
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return this.send(s, { type: 'error', id: null, error: queueError('BAD_REQUEST', 'The frame is not valid JSON') });
    }
    const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    const id: RequestId | null = obj && (typeof obj.id === 'string' || typeof obj.id === 'number') ? obj.id : null;
    if (!obj || typeof obj.type !== 'string') return this.send(s, { type: 'error', id, error: queueError('BAD_REQUEST', 'Expected an object with a "type"') });
    if (!REQUEST_TYPES.includes(obj.type as RequestType)) {
      return this.send(s, { type: 'error', id, error: queueError('UNKNOWN_TYPE', `Unknown request type "${obj.type.slice(0, 40)}"`) });
    }
    const type = obj.type as RequestType;
    const parsed = requestSchemas[type].safeParse(obj, { errorMap: issueMessages });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
      const code = type === 'hello' && parsed.error.issues.some((i) => i.path[0] === 'protocol') ? 'PROTOCOL_VERSION' : 'BAD_REQUEST';
      return this.send(s, { type: 'error', id, error: queueError(code, problems.join('; '), { problems }) });
    }
    const request = parsed.data as Request;
    if (type === 'hello') return this.hello(s, request as RequestOf<'hello'>);
    if (!s.role) return this.send(s, { type: 'error', id: request.id, error: queueError('NOT_AUTHENTICATED', 'Say hello first') });
    if (!mayRequest(s.role, type)) {
      return this.send(s, { type: 'error', id: request.id, error: queueError('ROLE_FORBIDDEN', `The ${s.role} role may not ${type}`) });
    }
    const answer = await this.handle(s, request);
    if ('error' in answer) this.send(s, { type: 'error', id: request.id, error: answer.error });
    else this.send(s, { type: 'result', id: request.id, data: answer.data });
  }

  private async hello(s: Session, req: RequestOf<'hello'>) {
    const fail = (error: QueueError) => this.send(s, { type: 'error', id: req.id, error });
    if (s.role) return fail(queueError('BAD_REQUEST', 'Already said hello on this connection'));
    const { config } = this.service;
    let staff: { id: string; name: string; role: string } | undefined;
    let booth: number | undefined;
    if (req.role === 'operator' || req.role === 'consultant' || req.role === 'supervisor') {
      if (!req.staffId || !req.pin) return fail(queueError('LOGIN_FAILED', 'Staff id and PIN are required'));
      const limitKey = `${s.address}|${req.staffId}`;
      const now = this.service.now();
      const locked = this.limiter.lockedFor(limitKey, now);
      if (locked > 0) return fail(queueError('LOGIN_LOCKED', 'Too many wrong PINs; try again later', { retryAfterMs: locked }));
      const member = config.staff.find((m) => m.id === req.staffId);
      const pinOk = !!member?.pinHash && verifyPin(req.pin, member.pinHash);
      const roleOk = !!member && (member.role === req.role || member.role === 'supervisor');
      if (!pinOk || !roleOk) {
        this.limiter.fail(limitKey, now);
        return fail(queueError('LOGIN_FAILED', 'Wrong staff id or PIN, or not allowed in this role'));
      }
      this.limiter.succeed(limitKey);
      staff = { id: member!.id, name: member!.name, role: member!.role };
      if (req.role === 'operator') {
        if (req.booth === undefined) return fail(queueError('BAD_REQUEST', 'booth: an operator works at a booth'));
        const opened = await this.service.execute({ type: 'openBooth', booth: req.booth, staffId: member!.id, directions: req.directions }, { role: 'operator', staffId: member!.id, booth: req.booth });
        if (!opened.ok) return fail(opened.error);
        booth = req.booth;
      }
    } else if (req.role === 'integration') {
      const token = Buffer.from(req.token ?? '');
      const known = config.integrations.find((i) => {
        const t = Buffer.from(i.token);
        return t.length === token.length && timingSafeEqual(t, token);
      });
      if (!known) return fail(queueError('LOGIN_FAILED', 'Unknown integration token'));
      s.integration = known.name;
    } else if (req.role === 'display' && req.booth !== undefined && !this.service.state.booths[req.booth]) {
      return fail(queueError('BOOTH_NOT_FOUND', `No booth ${req.booth}`));
    }
    s.role = req.role;
    s.staffId = staff?.id;
    s.booth = booth ?? req.booth;
    const audience = audienceOf(req.role);
    const seq = this.service.store.lastSeq;
    const missed = req.lastSeq === undefined ? null : this.missedSince(req.lastSeq, seq);
    const sync = missed === null ? 'snapshot' : missed.length === 0 ? 'current' : 'events';
    this.send(s, { type: 'result', id: req.id, data: { protocol: PROTOCOL_VERSION, role: req.role, seq, staff, booth: s.booth, sync } });
    if (sync === 'snapshot') {
      const snap = snapshot(this.service.state, config, this.service.summary(), this.devices(), audience, this.service.now(), this.options.alerts?.open());
      this.send(s, { type: 'snapshot', seq, snapshot: snap });
    } else {
      this.sendRaw(s, this.updateFrame(missed!, audience));
    }
  }

  /** The events after `lastSeq`, or null when they are no longer all in memory (a snapshot is due). */
  private missedSince(lastSeq: number, seq: number): StoredEvent[] | null {
    if (lastSeq === seq) return [];
    if (lastSeq > seq) return null;
    const first = this.ring[0];
    if (!first || first.seq > lastSeq + 1) return null;
    return this.ring.filter((e) => e.seq > lastSeq);
  }

  private devices(): DeviceStatus {
    return this.options.devices?.() ?? NO_DEVICES;
  }

  /**
   * Fans committed events out. The ring is updated at once (a hello in between must see them); sending
   * waits for the next turn of the event loop, so the client that asked is answered before the crowd.
   */
  private publish(events: StoredEvent[]) {
    this.ring.push(...events);
    const limit = this.options.replayLimit ?? 2000;
    if (this.ring.length > limit) this.ring.splice(0, this.ring.length - limit);
    setImmediate(() => this.broadcast(events));
  }

  private broadcast(events: StoredEvent[]) {
    const summary = this.service.summary();
    const frames: Record<Audience, Buffer> = {
      public: Buffer.from(this.updateFrame(events, 'public', summary)),
      staff: Buffer.from(this.updateFrame(events, 'staff', summary)),
    };
    for (const s of this.sessions) if (s.role) this.sendRaw(s, frames[audienceOf(s.role)]);
  }

  private updateFrame(events: StoredEvent[], audience: Audience, summary = this.service.summary()): string {
    const visible: SequencedEvent[] = [];
    for (const e of events) {
      const event = viewEvent(e.event, audience);
      if (event) visible.push({ seq: e.seq, event });
    }
    return JSON.stringify({ type: 'update', events: visible, summary } satisfies ServerMessage);
  }

  private async handle(s: Session, req: Request): Promise<{ data: unknown } | { error: QueueError }> {
    const role = s.role!;
    const actor = { role, staffId: s.staffId, booth: s.booth };
    switch (req.type) {
      case 'ping':
        return { data: { now: this.service.now() } };
      case 'slots': {
        if (!this.service.config.directions.some((d) => d.id === req.directionId)) return { error: queueError('DIRECTION_NOT_FOUND', `No direction "${req.directionId}"`) };
        return { data: { slots: slotsOn(this.service.state, this.service.config, req.directionId, req.day, this.service.now()) } };
      }
      case 'reprint':
        return this.reprint(req.ticketId);
      case 'getConfig':
        return { data: { config: this.service.config, savedTo: this.options.configFile ?? null } };
      case 'setConfig':
        return this.setConfig(req.config);
      case 'alertAck': {
        const acked = await this.options.alerts?.acknowledge(req.alertId, s.staffId ?? null);
        if (!acked) return { error: queueError('ALERT_NOT_FOUND', 'Alerts are not kept on this daemon') };
        return acked.ok ? { data: { alert: acked.alert } } : { error: acked.error };
      }
      case 'closeDay': {
        const outcome = await this.service.execute({ type: 'closeDay' }, actor);
        return outcome.ok ? { data: {} } : { error: outcome.error };
      }
      case 'journalSave': case 'journalGet': case 'journalSearch': case 'journalDue': case 'journalClose': case 'journalDocument':
      case 'phoneSave': case 'phoneList': case 'stats': case 'auditLog':
        return this.journalRequest(s, req);
    }
    let cmd: Command;
    if (isBoothAction(req.type)) {
      const requested = 'booth' in req ? req.booth : undefined;
      const booth = role === 'operator' ? s.booth : requested;
      if (role === 'operator' && requested !== undefined && requested !== s.booth) return { error: queueError('ROLE_FORBIDDEN', `You work at booth ${s.booth}, not ${requested}`) };
      if (booth === undefined) return { error: queueError('BAD_REQUEST', 'booth: say which booth') };
      cmd = this.boothCommand(req, booth);
    } else {
      switch (req.type) {
        case 'issue': cmd = { type: 'issue', directionId: req.directionId, priority: req.priority ?? null, source: role === 'kiosk' ? 'kiosk' : 'consultant' }; break;
        case 'checkIn': cmd = { type: 'checkIn', code: req.code }; break;
        case 'book': cmd = { type: 'book', directionId: req.directionId, at: req.at, citizenName: req.citizenName, phone: req.phone }; break;
        case 'moveBooking': cmd = { type: 'moveBooking', bookingId: req.bookingId, at: req.at }; break;
        case 'cancelBooking': cmd = { type: 'cancelBooking', bookingId: req.bookingId }; break;
        default: return { error: queueError('UNKNOWN_TYPE', `Unknown request type "${req.type}"`) };
      }
    }
    const key = 'key' in req && req.key ? `${role}:${s.staffId ?? ''}:${req.key}` : undefined;
    const outcome = await this.service.execute(cmd, actor, key);
    if (!outcome.ok) return { error: outcome.error };
    if (outcome.reply.kind === 'issued' && !outcome.repeated) this.printIssued(s, outcome);
    return { data: this.replyData(outcome.reply, audienceOf(role)) };
  }

  private async journalRequest(s: Session, req: Request): Promise<{ data: unknown } | { error: QueueError }> {
    const journal = this.options.journal;
    if (!journal) return { error: queueError('INTERNAL', 'The journal is not available on this daemon') };
    const key = req.key ? `${s.role}:${s.staffId ?? s.integration ?? ''}:${req.key}` : undefined;
    const actor = { role: s.role!, staffId: s.staffId, booth: s.booth, integration: s.integration, key };
    let answer: JournalAnswer<unknown>;
    switch (req.type) {
      case 'journalSave': answer = await journal.save(req.appeal, actor); break;
      case 'journalGet': answer = await journal.get(req.appealId, actor); break;
      case 'journalSearch': answer = await journal.search({ text: req.text, from: req.from, to: req.to, limit: req.limit ?? 50 }, actor); break;
      case 'journalDue': answer = await journal.due(actor); break;
      case 'journalClose': answer = await journal.close(req.appealId, req.result, actor); break;
      case 'journalDocument': answer = await journal.document(req.appealId, req.kind, req.lang ?? this.service.config.office.language, actor); break;
      case 'phoneSave': answer = await journal.savePhone(req.consultation, actor); break;
      case 'phoneList': answer = await journal.phones(req.from, req.to, actor); break;
      case 'stats': answer = await journal.stats(req.from, req.to); break;
      case 'auditLog': answer = await journal.auditLog(req.from, req.to, req.limit ?? 200); break;
      default: return { error: queueError('UNKNOWN_TYPE', `Unknown request type "${req.type}"`) };
    }
    return answer.ok ? { data: answer.data } : { error: answer.error };
  }

  private boothCommand(req: Request, booth: number): Command {
    switch (req.type) {
      case 'callNext': return { type: 'callNext', booth };
      case 'callTicket': return { type: 'callTicket', booth, ticketId: req.ticketId };
      case 'recall': return { type: 'recall', booth };
      case 'start': return { type: 'start', booth };
      case 'finish': return { type: 'finish', booth, result: req.result };
      case 'noShow': return { type: 'noShow', booth };
      case 'transfer': return { type: 'transfer', booth, toDirection: req.toDirection, toBooth: req.toBooth, keepPlace: req.keepPlace };
      case 'breakStart': return { type: 'breakStart', booth, kind: req.kind, until: req.until };
      case 'breakEnd': return { type: 'breakEnd', booth };
      case 'closeBooth': return { type: 'closeBooth', booth };
      default: throw new Error(`not a booth action: ${req.type}`);
    }
  }

  private replyData(reply: Reply, audience: Audience): unknown {
    switch (reply.kind) {
      case 'none': return {};
      case 'issued': return { ticket: audience === 'public' ? publicTicket(reply.ticket) : reply.ticket, ahead: reply.ahead, waitMinutes: reply.waitMinutes };
      case 'ticket': return { ticket: reply.ticket };
      case 'booking': return { booking: reply.booking };
    }
  }

  /**
   * Printing follows the commit and never holds up the answer: the ticket is laid out on the next turn of
   * the event loop, after the kiosk has its reply and the hall its update. The outcome arrives as a notice.
   */
  private printIssued(s: Session, outcome: Extract<Outcome, { ok: true }>) {
    const reply = outcome.reply;
    const print = this.options.print;
    if (reply.kind !== 'issued' || !print) return;
    const { ticket } = reply;
    // Through a promise, so that a printer adapter that throws instead of rejecting cannot take the daemon down.
    setImmediate(() => Promise.resolve().then(() => print(ticket, reply)).then(
      () => this.send(s, { type: 'notice', notice: { kind: 'print', ticketId: ticket.id, label: ticket.label, ok: true } }),
      (e: unknown) => {
        const error = toQueueError(e, 'PRINTER_FAILED');
        this.send(s, { type: 'notice', notice: { kind: 'print', ticketId: ticket.id, label: ticket.label, ok: false, error } });
        this.notify({ kind: 'alert', level: 'error', code: error.code, message: `Ticket ${ticket.label} was not printed: ${error.message}`, at: this.service.now() }, 'staff');
      },
    ));
  }

  /** Checks a new configuration as the config file is checked, applies it, saves it, and re-sends every screen its view. */
  private async setConfig(input: unknown): Promise<{ data: unknown } | { error: QueueError }> {
    const checked = validateConfig(input);
    if (!checked.ok) return { error: queueError('CONFIG_INVALID', checked.problems.join('; '), { problems: checked.problems }) };
    const next = sealPins(checked.config);
    const before = this.service.config;
    const outcome = await this.service.reconfigure(next);
    if (!outcome.ok) return { error: outcome.error };
    const file = this.options.configFile ?? null;
    if (file) {
      try {
        await saveConfigFile(file, next);
      } catch (e) {
        this.log(`config applied but not saved to ${file}: ${(e as Error).message}`);
        return { error: queueError('STORAGE_FAILED', `The configuration is in use but could not be saved to ${file}: ${(e as Error).message}`) };
      }
    }
    this.log(`configuration changed${file ? ` and saved to ${file}` : ''}`);
    this.resnapshot();
    return { data: { savedTo: file, restartNeeded: JSON.stringify(before.hardware) !== JSON.stringify(next.hardware) } };
  }

  /** Every session gets a fresh snapshot (after a configuration change, which events do not describe). */
  private resnapshot() {
    const now = this.service.now();
    const summary = this.service.summary();
    const seq = this.service.store.lastSeq;
    const frames: Record<Audience, Buffer> = {
      public: Buffer.from(JSON.stringify({ type: 'snapshot', seq, snapshot: snapshot(this.service.state, this.service.config, summary, this.devices(), 'public', now) } satisfies ServerMessage)),
      staff: Buffer.from(JSON.stringify({ type: 'snapshot', seq, snapshot: snapshot(this.service.state, this.service.config, summary, this.devices(), 'staff', now, this.options.alerts?.open()) } satisfies ServerMessage)),
    };
    this.notify({ kind: 'config', at: now });
    for (const s of this.sessions) if (s.role) this.sendRaw(s, frames[audienceOf(s.role)]);
  }

  private async reprint(ticketId: string): Promise<{ data: unknown } | { error: QueueError }> {
    if (!this.options.print) return { error: queueError('PRINTER_FAILED', 'No printer is configured') };
    const { state, config } = this.service;
    const ticket = state.tickets[ticketId] ?? (await this.service.store.ticket(ticketId));
    if (!ticket) return { error: queueError('TICKET_NOT_FOUND', `No ticket ${ticketId}`) };
    // A reprint shows the line as it stands now.
    const place = placeInLine(state, config, ticket, this.service.now());
    try {
      await this.options.print(ticket, { ...place, reprint: true });
      return { data: { ok: true } };
    } catch (e) {
      return { error: toQueueError(e, 'PRINTER_FAILED') };
    }
  }
}

function toQueueError(e: unknown, fallback: QueueError['code']): QueueError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e && typeof (e as QueueError).message === 'string') {
    const err = e as QueueError;
    return { code: fallback, message: err.message, details: { cause: String(err.code) } };
  }
  return queueError(fallback, String(e));
}
