// One encoded public snapshot per change. Every kiosk and display that says hello gets a snapshot; built
// and encoded for each, a big day made every hello cost a fresh frame, and a hall full of screens coming
// back after a power cut the same frame a hundred times over. So the public frame is built once and the
// very same bytes serve every hello until something it shows changes: a commit (the sequence number), the
// configuration, the devices, or the counts (which also move with time alone: the longest wait, the
// estimate, whether tickets are issued now). Its `now` is when it was built, so it is rebuilt at least
// every MAX_AGE_MS as well; screens take their clock from `ping` (docs/protocol.md).
import type { OfficeConfig } from '../config/schema.js';
import type { DeviceStatus } from '../protocol/messages.js';
import { snapshotFrame } from './frames.js';
import type { QueueService } from './queue-service.js';

const MAX_AGE_MS = 30_000;

interface Built {
  seq: number;
  config: OfficeConfig;
  devices: string;
  summary: string;
  at: number;
  frame: Buffer;
}

export class PublicSnapshot {
  private built: Built | null = null;

  constructor(private readonly service: QueueService, private readonly devices: () => DeviceStatus) {}

  /** The encoded snapshot for a kiosk or display: the one already built while it still holds. */
  frame(): Buffer {
    const { service } = this;
    const summary = service.summary();
    const devices = this.devices();
    const key = { seq: service.store.lastSeq, config: service.config, devices: JSON.stringify(devices), summary: JSON.stringify(summary) };
    const now = service.clock();
    const b = this.built;
    if (b && b.seq === key.seq && b.config === key.config && b.devices === key.devices && b.summary === key.summary && now >= b.at && now - b.at < MAX_AGE_MS) return b.frame;
    const frame = snapshotFrame(service, devices, 'public', summary);
    this.built = { ...key, at: now, frame };
    return frame;
  }
}
