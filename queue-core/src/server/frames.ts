// Encoding what the daemon pushes, and the one way a frame reaches a socket. Frames that go to many
// sessions are encoded once per audience, as Buffers, by the caller.
import type { QueueSummary } from '../domain/summary.js';
import type { Alert } from '../domain/types.js';
import type { SequencedEvent, ServerMessage } from '../protocol/messages.js';
import type { StoredEvent } from '../store/queue-store.js';
import type { QueueService } from './queue-service.js';
import type { Session } from './context.js';
import { hallEvent, hallSummary, snapshot, viewEvent, type View } from './views.js';
import type { HallFilter } from '../domain/halls.js';
import type { DeviceStatus, Snapshot } from '../protocol/messages.js';

/** A client that stopped reading (a frozen screen) is cut off past this, rather than allowed to eat memory. */
const MAX_BUFFERED = 8 * 1024 * 1024;

export function sendRaw(s: Session, frame: string | Buffer): void {
  if (s.ws.readyState !== s.ws.OPEN) return;
  if (s.ws.bufferedAmount > MAX_BUFFERED) {
    s.ws.terminate();
    return;
  }
  s.ws.send(frame, { binary: false });
}

export const send = (s: Session, msg: ServerMessage): void => sendRaw(s, JSON.stringify(msg));

/** Committed events as a view may see them (no bookings for public screens, bookings without citizens for booths), with the new counts. */
export function updateFrame(events: StoredEvent[], audience: View, summary: QueueSummary, hall?: HallFilter): string {
  const visible: SequencedEvent[] = [];
  for (const e of events) {
    let event = viewEvent(e.event, audience);
    if (event && hall && audience === 'public') event = hallEvent(event, hall);
    if (event) visible.push({ seq: e.seq, event });
  }
  return JSON.stringify({ type: 'update', events: visible, summary: hall && audience === 'public' ? hallSummary(summary, hall) : summary } satisfies ServerMessage);
}

export function snapshotFrame(service: QueueService, devices: DeviceStatus, audience: View, summary = service.summary(), alerts: Alert[] = [], hall?: HallFilter): Buffer {
  const snap = snapshot(service.state, service.config, summary, devices, audience, service.clock(), audience === 'public' ? [] : alerts, hall, service.zone);
  return encodeSnapshot(service.store.lastSeq, snap);
}

/**
 * The snapshot message as UTF-8, written ticket by ticket into one buffer. A staff snapshot of a big day is
 * megabytes; encoded in one piece it would first sit in the heap as one string (two bytes a character, as
 * the labels are Cyrillic), and the heap it grew to would stay with the process.
 */
function encodeSnapshot(seq: number, snap: Snapshot): Buffer {
  const { tickets, ...rest } = snap;
  // The tickets go last, so the frame is this text with the tickets written before its final `]}}`.
  const head = JSON.stringify({ type: 'snapshot', seq, snapshot: { ...rest, tickets: [] } } satisfies ServerMessage);
  const out = new FrameWriter(head.length + tickets.length * 640);
  out.write(head.slice(0, -3));
  tickets.forEach((t, i) => out.write(i === 0 ? JSON.stringify(t) : `,${JSON.stringify(t)}`));
  out.write(head.slice(-3));
  return out.bytes();
}

class FrameWriter {
  private buf: Buffer;
  private length = 0;
  constructor(estimate: number) {
    this.buf = Buffer.allocUnsafe(estimate);
  }
  write(text: string): void {
    const most = text.length * 3;
    if (this.length + most > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + most));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += this.buf.write(text, this.length);
  }
  bytes(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}
