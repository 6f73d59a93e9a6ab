// The browser-safe protocol client used by every app (and by tests and the benchmark in Node, with the
// `ws` constructor passed in). It reconnects with backoff, says hello again with the last sequence number
// it saw, and keeps a mirror of the office. Every changing request carries a key, so a request that was
// in flight when the connection dropped is sent again after reconnect and the daemon answers it once.
import type { HelloResult, Notice, RequestBody, RequestType, ResultOf, ServerMessage, Snapshot } from './messages.js';
import type { QueueError } from '../domain/errors.js';
import type { QueueSummary } from '../domain/summary.js';
import { PROTOCOL_VERSION } from './version.js';
import { applyEvent } from './mirror.js';
import { KEYED } from './catalogue.js';
import { SESSION_ENDED_CLOSE, type SessionEndReason } from './session-end.js';

export interface WebSocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export type ClientStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface ClientOptions {
  url: string;
  hello: Omit<RequestBody<'hello'>, 'protocol' | 'lastSeq'>;
  WebSocket?: WebSocketConstructor;
  /** First retry delay and the cap of the exponential backoff. */
  retryMs?: [number, number];
  requestTimeoutMs?: number;
}

export class ClientError extends Error implements QueueError {
  constructor(readonly code: QueueError['code'], message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'ClientError';
  }
}

interface Pending {
  type: RequestType;
  message: string;
  resolve: (data: unknown) => void;
  reject: (e: ClientError) => void;
  timer: ReturnType<typeof setTimeout> | null;
  keyed: boolean;
}

type Listener<T> = (value: T) => void;

function randomKey(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class QueueClient {
  status: ClientStatus = 'connecting';
  seq = 0;
  view: Snapshot | null = null;
  summary: QueueSummary | null = null;
  session: HelloResult | null = null;
  /**
   * Why the daemon refused the hello (wrong PIN, locked, …) or ended the session (SESSION_ENDED with
   * details.reason, session-end.ts), when status is 'refused'.
   */
  refusal: QueueError | null = null;
  private ws: WebSocketLike | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private listeners = { change: new Set<Listener<QueueClient>>(), notice: new Set<Listener<Notice>>(), status: new Set<Listener<ClientStatus>>() };
  private readonly Ctor: WebSocketConstructor;

  constructor(private options: ClientOptions) {
    const Ctor = options.WebSocket ?? (globalThis as unknown as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!Ctor) throw new Error('No WebSocket implementation: pass options.WebSocket');
    this.Ctor = Ctor;
    this.connect();
  }

  /** Called whenever the mirror (view, summary, session) changes. */
  onChange(fn: Listener<QueueClient>): () => void {
    this.listeners.change.add(fn);
    return () => this.listeners.change.delete(fn);
  }
  onNotice(fn: Listener<Notice>): () => void {
    this.listeners.notice.add(fn);
    return () => this.listeners.notice.delete(fn);
  }
  onStatus(fn: Listener<ClientStatus>): () => void {
    this.listeners.status.add(fn);
    return () => this.listeners.status.delete(fn);
  }

  /** Sends a request; resolves with its result or rejects with a ClientError carrying the daemon's code. */
  request<K extends RequestType>(type: K, body: Omit<RequestBody<K>, 'key'>): Promise<ResultOf[K]> {
    const id = this.nextId++;
    // Requests that read or log in are not repeated after a reconnect; the others are, once, by key (requests.ts).
    const keyed = KEYED[type];
    const message = JSON.stringify({ ...body, id, type, ...(keyed ? { key: randomKey() } : {}) });
    return new Promise<ResultOf[K]>((resolve, reject) => {
      const p: Pending = { type, message, resolve: resolve as (d: unknown) => void, reject, timer: null, keyed };
      // A closed client, or one whose session the daemon ended, sends nothing again: it answers at once.
      if (this.closed) return reject(this.refusal ? new ClientError(this.refusal.code, this.refusal.message, this.refusal.details) : new ClientError('CONNECTION_LOST', 'Client closed'));
      this.pending.set(id, p);
      if (this.status === 'online' || type === 'hello') this.transmit(id, p);
      else if (!keyed) this.fail(id, new ClientError('CONNECTION_LOST', 'Not connected'));
      // A keyed request waits for the connection and goes out after the next hello.
    });
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.ws?.close(1000, 'closed by the app');
    for (const id of [...this.pending.keys()]) this.fail(id, new ClientError('CONNECTION_LOST', 'Client closed'));
    this.setStatus('offline');
  }

  /** Drops the connection as a network fault would (used by tests and by the apps' watchdog). */
  drop(): void {
    this.ws?.close(4000, 'dropped');
  }

  private transmit(id: number, p: Pending) {
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => this.fail(id, new ClientError('TIMEOUT', 'The daemon did not answer in time')), this.options.requestTimeoutMs ?? 15_000);
    try {
      this.ws?.send(p.message);
    } catch {
      /* the close handler deals with it */
    }
  }

  private fail(id: number, e: ClientError) {
    const p = this.pending.get(id);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    this.pending.delete(id);
    p.reject(e);
  }

  private setStatus(s: ClientStatus) {
    if (this.status === s) return;
    this.status = s;
    for (const fn of this.listeners.status) fn(s);
    this.emitChange();
  }

  private emitChange() {
    for (const fn of this.listeners.change) fn(this);
  }

  private connect() {
    if (this.closed) return;
    this.setStatus('connecting');
    const ws = new this.Ctor(this.options.url);
    this.ws = ws;
    ws.onopen = () => {
      const { hello } = this.options;
      this.request('hello', { ...hello, protocol: PROTOCOL_VERSION, ...(this.view ? { lastSeq: this.seq } : {}) })
        .then((session) => {
          this.session = session;
          this.retries = 0;
          this.refusal = null;
          this.setStatus('online');
          for (const [id, p] of this.pending) if (p.type !== 'hello') this.transmit(id, p);
        })
        .catch((e: ClientError) => {
          if (e.code === 'CONNECTION_LOST' || e.code === 'TIMEOUT') return;
          this.refusal = { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) };
          this.setStatus('refused');
          this.closed = true;
          ws.close(1000, 'refused');
        });
    };
    ws.onmessage = (ev) => this.receive(ev.data);
    ws.onerror = () => {};
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      // The daemon ended the session; the notice before it may have been lost with the connection.
      if ((ev as { code?: number } | null)?.code === SESSION_ENDED_CLOSE && !this.closed) this.ended({ kind: 'session-ended', reason: (ev as { reason?: string }).reason as SessionEndReason, message: '' });
      this.ws = null;
      for (const [id, p] of this.pending) {
        if (p.timer) clearTimeout(p.timer);
        p.timer = null;
        if (!p.keyed) this.fail(id, new ClientError('CONNECTION_LOST', 'The connection was lost'));
      }
      if (this.closed) return;
      this.setStatus('offline');
      const [first, cap] = this.options.retryMs ?? [500, 10_000];
      const delay = Math.min(cap, first * 2 ** this.retries++) * (0.75 + Math.random() * 0.5);
      this.retryTimer = setTimeout(() => this.connect(), delay);
    };
  }

  /** The session's rights are gone: nothing is sent again, and the app signs in anew. */
  private ended(notice: Extract<Notice, { kind: 'session-ended' }>) {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.refusal = { code: 'SESSION_ENDED', message: notice.message || 'The session has ended', details: { reason: notice.reason } };
    for (const id of [...this.pending.keys()]) this.fail(id, new ClientError('SESSION_ENDED', 'The session has ended', { reason: notice.reason }));
    this.setStatus('refused');
  }

  private receive(data: unknown) {
    let msg: ServerMessage;
    try {
      msg = JSON.parse(String(data)) as ServerMessage;
    } catch {
      return;
    }
    switch (msg.type) {
      case 'result':
      case 'error': {
        const id = typeof msg.id === 'number' ? msg.id : Number(msg.id);
        const p = this.pending.get(id);
        if (!p) return;
        if (p.timer) clearTimeout(p.timer);
        this.pending.delete(id);
        if (msg.type === 'result') p.resolve(msg.data);
        else p.reject(new ClientError(msg.error.code, msg.error.message, msg.error.details));
        return;
      }
      case 'snapshot':
        this.view = msg.snapshot;
        this.summary = msg.snapshot.summary;
        this.seq = msg.seq;
        this.emitChange();
        return;
      case 'update': {
        if (!this.view) return;
        let view = this.view;
        for (const { seq, event } of msg.events) {
          // A snapshot taken after a commit already holds it; its late update is skipped.
          if (seq <= this.seq) continue;
          view = applyEvent(view, event);
          this.seq = seq;
        }
        this.summary = msg.summary;
        this.view = { ...view, summary: msg.summary };
        this.emitChange();
        return;
      }
      case 'notice':
        if (msg.notice.kind === 'session-ended') this.ended(msg.notice);
        if (msg.notice.kind === 'devices' && this.view) this.view = { ...this.view, devices: msg.notice.devices };
        for (const fn of this.listeners.notice) fn(msg.notice);
        if (msg.notice.kind === 'devices') this.emitChange();
        return;
    }
  }
}
