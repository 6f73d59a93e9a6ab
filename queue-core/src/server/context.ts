// What every part of the /ws endpoint shares: its options, the sessions' shape, and the signature of a
// request handler. A handler gets the checked request, the session that sent it and this context, and
// answers with data or an error; it never writes to the socket itself.
import type { RatingCredential } from './rating-credential.js';
import type { WebSocket } from 'ws';
import type { Ticket } from '../domain/index.js';
import type { QueueError } from '../domain/errors.js';
import type { DeviceStatus, Notice, RequestOf, RequestType, ResultOf, Role } from '../protocol/messages.js';
import type { QueueService } from './queue-service.js';
import type { JournalService } from './journal-service.js';
import type { AlertService } from './alert-service.js';
import type { HostPolicy } from './host-policy.js';
import type { LoginLimiter } from './login-limiter.js';
import type { ReplayRing } from './replay.js';
import type { KioskLimits } from './kiosk-limits.js';
import type { HelpCalls } from './kiosk-help-calls.js';
import type { TokenBucket } from './token-bucket.js';
import type { Audience } from './views.js';
import type { SessionEndReason } from '../protocol/session-end.js';

export interface GatewayOptions {
  /** Frames above this get FRAME_TOO_LARGE and the connection stays; above 4× it the socket is closed. */
  maxFrameBytes?: number;
  heartbeatMs?: number;
  /** Events kept in memory for clients that reconnect with their last sequence number. */
  replayLimit?: number;
  devices?: () => DeviceStatus;
  /** Prints an issued ticket; rejects with a QueueError-shaped reason when the printer fails. `confirmed`
   * false: the printer took it but cannot say whether it printed (it does not answer status queries). */
  print?: (ticket: Ticket, issued: { ahead: number; waitMinutes: number; reprint?: boolean; large?: boolean }) => Promise<{ confirmed: boolean } | void>;
  /** Presses a booth's simulated call button (demo only); an error when the buttons are real or unmapped. */
  pressButton?: (booth: number, action: RequestOf<'pressButton'>['action']) => QueueError | null;
  log?: (line: string) => void;
  limiter?: LoginLimiter;
  /** Where an edited configuration is written, or null to keep it in memory only. */
  configFile?: string | null;
  /** The appeal journal and statistics; without it journal requests are refused. */
  journal?: JournalService;
  /** The daemon's alerts; without it `alertAck` is refused and snapshots carry none. */
  alerts?: AlertService;
  /** The host names and origins the WebSocket accepts (by default from the configuration's `server`). */
  hosts?: HostPolicy;
}

export const DEFAULT_MAX_FRAME = 64 * 1024;
export const DEFAULT_REPLAY_LIMIT = 2000;

export interface Session {
  ws: WebSocket;
  address: string;
  role: Role | null;
  staffId?: string;
  booth?: number;
  /** The hall a hall display shows (hello's `hall`): it is sent that hall's frames alone. */
  hall?: string;
  /** The role of the staff member as the configuration said at sign-in (session-rights.ts watches it). */
  staffRole?: string;
  /** The name of an integration that signed in by token. */
  integration?: string;
  /** The name a kiosk was enrolled under (its token's name, or its address). */
  kiosk?: string;
  /** Booking codes tried on this connection (kiosk-limits.ts). */
  codeBucket?: TokenBucket;
  /** A booth's rating screen: the kind and token it said hello with (rating-screens.ts). */
  rating?: RatingCredential;
  /** Ratings sent on this connection (rating-screens.ts). */
  rateBucket?: TokenBucket;
  /** Set once the daemon ended the session (session-rights.ts): every later request gets this reason. */
  ended?: SessionEndReason;
  /** The token (or a staff member's PIN hash) it signed in with: when the configuration's changes, the session ends. */
  credential?: string;
  alive: boolean;
}

export interface GatewayContext {
  readonly service: QueueService;
  readonly options: GatewayOptions;
  readonly limiter: LoginLimiter;
  readonly ring: ReplayRing;
  readonly kiosks: KioskLimits;
  /** The kiosks' calls for help (accessibility.helpButton). */
  readonly help: HelpCalls;
  log(line: string): void;
  devices(): DeviceStatus;
  /** Sends a notice to one session. */
  tell(s: Session, notice: Notice): void;
  /** Sends a notice to every signed-in session, or to those of one audience. */
  notify(notice: Notice, audience?: Audience): void;
  /** Every session gets a fresh snapshot (after a configuration change). */
  resnapshot(): void;
  /** The encoded snapshot for kiosks and displays, shared by every hello until what it shows changes. */
  publicSnapshot(hall?: string): Buffer;
  /** Tells a session why it ends (a `session-ended` notice) and closes it. */
  endSession(s: Session, reason: SessionEndReason): void;
  /** Ends every session whose rights are gone (session-rights.ts). */
  endSessionsWithoutRights(): void;
}

/** `after` runs once the answer is sent: the hello's snapshot or missed events follow its result. */
export type Answer<T> = { data: T; after?: () => void } | { error: QueueError };

export type Handler<K extends RequestType> = (req: RequestOf<K>, s: Session, ctx: GatewayContext) => Answer<ResultOf[K]> | Promise<Answer<ResultOf[K]>>;

/** One handler for every request type: a request defined in protocol/requests.ts without one does not compile. */
export type Handlers = { [K in RequestType]: Handler<K> };

/** The key a request's change is stored under: the same key from another role or person is another request. */
export const storedKey = (req: { key?: string }, s: Pick<Session, 'role' | 'staffId'>): string | undefined => (req.key ? `${s.role}:${s.staffId ?? ''}:${req.key}` : undefined);
