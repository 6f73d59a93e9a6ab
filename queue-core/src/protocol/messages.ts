// Every message of the /ws protocol, in one place for the daemon and every app: requests are derived
// from the definitions in requests.ts, their results from results.ts, and what the daemon pushes from the
// schemas in shapes.ts. Types only: importing this file costs an app nothing at run time.
import type { z } from 'zod/v3';
import type { REQUESTS, RequestType, ROLES } from './requests.js';
import type { RESULT_SCHEMAS } from './results.js';
import type * as shape from './shapes.js';
import type { QueueSummary } from '../domain/summary.js';
import type { QueueError } from '../domain/errors.js';

export type { RequestType };
export type Role = (typeof ROLES)[number];
export type RequestId = string | number;
export type Request = { [K in RequestType]: z.infer<(typeof REQUESTS)[K]['schema']> }[RequestType];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
/** A request as an app writes it: the client adds the id. */
export type RequestBody<K extends RequestType> = Omit<RequestOf<K>, 'id' | 'type'>;

/** A ticket as the public (kiosk, hall and booth displays) may see it: no staff, no booking, no history. */
export type PublicTicket = z.infer<typeof shape.publicTicket>;
export type PublicBooth = z.infer<typeof shape.publicBooth>;
export type ViewEvent = z.infer<typeof shape.event>;

export interface SequencedEvent {
  seq: number;
  event: ViewEvent;
}

export type DirectionInfo = z.infer<typeof shape.snapshot>['directions'][number];
export type DeviceStatus = z.infer<typeof shape.devices>;
/** The whole picture, sent after hello and after a configuration change; staff-only keys are optional. */
export type Snapshot = z.infer<typeof shape.snapshot>;
export type HelloResult = z.infer<(typeof RESULT_SCHEMAS)['hello']>;
export type Notice = z.infer<typeof shape.notice>;

export type ServerMessage =
  | { type: 'result'; id: RequestId; data: unknown }
  | { type: 'error'; id: RequestId | null; error: QueueError }
  | { type: 'snapshot'; seq: number; snapshot: Snapshot }
  /** One committed change (or the changes missed while away): events in order, then the new counts. */
  | { type: 'update'; events: SequencedEvent[]; summary: QueueSummary }
  | { type: 'notice'; notice: Notice };

/** What each request answers with. */
export type ResultOf = { [K in RequestType]: z.infer<(typeof RESULT_SCHEMAS)[K]> };
