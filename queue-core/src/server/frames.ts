// Encoding what the daemon pushes, and the one way a frame reaches a socket. Frames that go to many
// sessions are encoded once per audience, as Buffers, by the caller.
import type { QueueSummary } from '../domain/summary.js';
import type { Alert } from '../domain/types.js';
import type { SequencedEvent, ServerMessage } from '../protocol/messages.js';
import type { StoredEvent } from '../store/queue-store.js';
import type { QueueService } from './queue-service.js';
import type { Session } from './context.js';
import { snapshot, viewEvent, type Audience } from './views.js';
import type { DeviceStatus } from '../protocol/messages.js';

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

/** Committed events as an audience may see them (bookings never reach public screens), with the new counts. */
export function updateFrame(events: StoredEvent[], audience: Audience, summary: QueueSummary): string {
  const visible: SequencedEvent[] = [];
  for (const e of events) {
    const event = viewEvent(e.event, audience);
    if (event) visible.push({ seq: e.seq, event });
  }
  return JSON.stringify({ type: 'update', events: visible, summary } satisfies ServerMessage);
}

export function snapshotFrame(service: QueueService, devices: DeviceStatus, audience: Audience, summary = service.summary(), alerts: Alert[] = []): string {
  const snap = snapshot(service.state, service.config, summary, devices, audience, service.now(), audience === 'staff' ? alerts : []);
  return JSON.stringify({ type: 'snapshot', seq: service.store.lastSeq, snapshot: snap } satisfies ServerMessage);
}
