// One encoded public snapshot per change. Every kiosk and display that says hello gets a snapshot; built
// and encoded for each, a big day made every hello cost a fresh frame, and a hall full of screens coming
// back after a power cut the same frame a hundred times over. So the public frame is built once and the
// very same bytes serve every hello until something it shows changes: a commit (the sequence number), the
// configuration, the devices, or the counts (which also move with time alone: the longest wait, the
// estimate, whether tickets are issued now). Its `now` is when it was built, so it is rebuilt at least
// every MAX_AGE_MS as well; screens take their clock from `ping` (docs/protocol.md). A hall display gets its
// hall's own frame: one per hall, each kept the same way.
import { hallFilter } from '../domain/halls.js';
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
  /** By hall id; '' is the whole office (the kiosk, /display/hall, booth displays). */
  private built = new Map<string, Built>();

  constructor(private readonly service: QueueService, private readonly devices: () => DeviceStatus) {}

  /** The encoded snapshot for a kiosk or display (of one hall, or of the whole office): the one already built while it still holds. */
  frame(hallId = ''): Buffer {
    const { service } = this;
    const summary = service.summary();
    const devices = this.devices();
    const key = { seq: service.store.lastSeq, config: service.config, devices: JSON.stringify(devices), summary: JSON.stringify(summary) };
    const now = service.clock();
    const b = this.built.get(hallId);
    if (b && b.seq === key.seq && b.config === key.config && b.devices === key.devices && b.summary === key.summary && now >= b.at && now - b.at < MAX_AGE_MS) return b.frame;
    // A hall the configuration no longer has is shown the whole office until its display says hello again.
    const hall = hallId ? hallFilter(service.config, hallId) : undefined;
    const frame = snapshotFrame(service, devices, 'public', summary, [], hall);
    if (b && b.config !== key.config) this.built.clear();
    this.built.set(hallId, { ...key, at: now, frame });
    return frame;
  }
}
