// Starting a session: `hello` checks the role's credentials (staff PIN with its lockout, an
// integration's token, an operator's booth) and then brings the client up to date, by replaying what it
// missed since its lastSeq or by a fresh snapshot.
import { timingSafeEqual } from 'node:crypto';
import { queueError, type QueueError } from '../domain/errors.js';
import { verifyAgainstNothing, verifyPin } from '../config/pins.js';
import type { Lockout } from './login-limiter.js';
import { PROTOCOL_VERSION } from '../protocol/version.js';
import type { HelloResult } from '../protocol/messages.js';
import type { Answer, GatewayContext, Handler, Session } from './context.js';
import { sendRaw, snapshotFrame, updateFrame } from './frames.js';
import { viewOf } from './views.js';
import { enrolledKiosk } from './kiosk-enrollment.js';
import { auditBookingsShown } from './booking-audit.js';
import { sessionEndedError } from './session-rights.js';
import { dayEnded } from '../domain/index.js';
import { hallFilter, hallsOf } from '../domain/halls.js';
import { ratingRefusal } from './rating-screens.js';

type StaffInfo = NonNullable<HelloResult['staff']>;

export const hello: Handler<'hello'> = async (req, s, ctx) => {
  const fail = (error: QueueError): Answer<HelloResult> => ({ error });
  if (s.role) return fail(queueError('BAD_REQUEST', 'Already said hello on this connection'));
  const { config } = ctx.service;
  let staff: StaffInfo | undefined;
  let booth: number | undefined;
  let rating: boolean | undefined;
  if (req.role === 'operator' || req.role === 'consultant' || req.role === 'supervisor' || req.role === 'archivist') {
    const login = signInStaff(ctx, s, req.staffId, req.pin, req.role);
    if ('error' in login) return login;
    staff = login.staff;
    if (req.role === 'operator') {
      if (req.booth === undefined) return fail(queueError('BAD_REQUEST', 'booth: an operator works at a booth'));
      // A panel coming back after a lost link (it says which event it saw last) continues its session only
      // while its booth is still open in her name: a reconnect never reopens a booth; signing in does.
      const held = ctx.service.state.booths[req.booth];
      if (req.lastSeq !== undefined && (held?.status === 'closed' || held?.staffId !== staff.id)) {
        const reason = !held ? 'booth-removed' : held.status !== 'closed' ? 'booth-taken' : dayEnded(ctx.service.state) ? 'day-ended' : 'booth-closed';
        return fail(sessionEndedError(reason));
      }
      const opened = await ctx.service.execute({ type: 'openBooth', booth: req.booth, staffId: staff.id, directions: req.directions }, { role: 'operator', staffId: staff.id, booth: req.booth });
      if (!opened.ok) return fail(opened.error);
      booth = req.booth;
    }
  } else if (req.role === 'integration') {
    const now = ctx.service.now();
    const locked = ctx.limiter.tokenLockedFor(s.address, now);
    if (locked > 0) return fail(queueError('LOGIN_LOCKED', 'Too many wrong tokens; try again later', { retryAfterMs: locked }));
    const token = Buffer.from(req.token ?? '');
    const known = config.integrations.find((i) => {
      const t = Buffer.from(i.token);
      return t.length === token.length && timingSafeEqual(t, token);
    });
    if (!known) {
      lockStarted(ctx, ctx.limiter.tokenFailed(s.address, now));
      return fail(queueError('LOGIN_FAILED', 'Unknown integration token'));
    }
    s.integration = known.name;
    s.credential = known.token;
  } else if (req.role === 'kiosk') {
    // A kiosk token is a credential like an integration's: wrong ones are limited per address alike.
    const now = ctx.service.now();
    const locked = req.token === undefined ? 0 : ctx.limiter.tokenLockedFor(s.address, now);
    if (locked > 0) return fail(queueError('LOGIN_LOCKED', 'Too many wrong tokens; try again later', { retryAfterMs: locked }));
    const enrolled = enrolledKiosk(config, s.address, req.token);
    if ('error' in enrolled) {
      if (req.token !== undefined) lockStarted(ctx, ctx.limiter.tokenFailed(s.address, now));
      return enrolled;
    }
    s.kiosk = enrolled.kiosk;
  } else if (req.role === 'display' && req.booth !== undefined && !ctx.service.state.booths[req.booth]) {
    return fail(queueError('BOOTH_NOT_FOUND', `No booth ${req.booth}`));
  } else if (req.role === 'display' && req.ratingScreen !== undefined) {
    if (req.booth === undefined) return fail(queueError('BAD_REQUEST', 'booth: a rating screen belongs to a booth'));
    // A rating token is a credential like a kiosk's: wrong ones are limited per address alike. A screen the
    // booth does not rate from still shows the booth; only a wrong token is refused.
    const now = ctx.service.now();
    const locked = req.token === undefined ? 0 : ctx.limiter.tokenLockedFor(s.address, now);
    if (locked > 0) return fail(queueError('LOGIN_LOCKED', 'Too many wrong tokens; try again later', { retryAfterMs: locked }));
    const cred = { screen: req.ratingScreen, ...(req.token !== undefined ? { token: req.token } : {}) };
    const refusal = ratingRefusal(config, req.booth, cred, s.address);
    if (refusal?.code === 'RATING_NOT_ENROLLED' && req.token !== undefined) {
      lockStarted(ctx, ctx.limiter.tokenFailed(s.address, now));
      return fail(refusal);
    }
    s.rating = cred;
    rating = refusal === null;
  }
  if (req.hall !== undefined) {
    if (req.role !== 'display') return fail(queueError('BAD_REQUEST', 'hall: only a hall display shows one hall'));
    if (!hallFilter(config, req.hall)) return fail(queueError('HALL_NOT_FOUND', `No hall "${req.hall}"`, { halls: hallsOf(config).map((h) => h.id) }));
  }
  s.role = req.role;
  // A staff session holds the PIN hash it signed in with: a new PIN (a new hash) ends it.
  if (staff) s.credential = ctx.service.config.staff.find((m) => m.id === staff.id)?.pinHash;
  s.staffId = staff?.id;
  s.staffRole = staff?.role;
  s.booth = booth ?? req.booth;
  s.hall = req.hall;
  const seq = ctx.service.store.lastSeq;
  const missed = req.lastSeq === undefined ? null : ctx.ring.since(req.lastSeq, seq);
  const sync = missed === null ? 'snapshot' : missed.length === 0 ? 'current' : 'events';
  const audience = viewOf(req.role);
  return {
    data: { protocol: PROTOCOL_VERSION, role: req.role, seq, staff, booth: s.booth, ...(rating !== undefined ? { rating } : {}), sync },
    after: () => {
      if (missed === null) sendRaw(s, audience === 'public' ? ctx.publicSnapshot(s.hall) : snapshotFrame(ctx.service, ctx.devices(), audience, undefined, ctx.options.alerts?.shown()));
      // Always one update, with fresh counts; for a public screen it may hold no events at all when what it
      // missed were bookings, which are not its to see (docs/protocol.md, "Sequence numbers").
      else sendRaw(s, updateFrame(missed, audience, ctx.service.summary(), s.hall === undefined ? undefined : hallFilter(ctx.service.config, s.hall)));
      if (missed === null && audience === 'staff') auditBookingsShown(ctx, s);
    },
  };
};

/**
 * A staff member's PIN, with the lockouts after repeated wrong PINs (per staff id from any address, and
 * per address). An unknown id costs one PIN hash like a known one, and locks the same way, so neither the
 * time nor the answers tell which ids exist.
 */
function signInStaff(ctx: GatewayContext, s: Session, staffId: string | undefined, pin: string | undefined, role: string): { staff: StaffInfo } | { error: QueueError } {
  if (!staffId || !pin) return { error: queueError('LOGIN_FAILED', 'Staff id and PIN are required') };
  const now = ctx.service.now();
  const member = ctx.service.config.staff.find((m) => m.id === staffId);
  const locked = ctx.limiter.pinLockedFor(s.address, staffId, !!member, now);
  if (locked > 0) return { error: queueError('LOGIN_LOCKED', 'Too many wrong PINs; try again later', { retryAfterMs: locked }) };
  const pinOk = member?.pinHash ? verifyPin(pin, member.pinHash) : verifyAgainstNothing(pin);
  const roleOk = !!member && (member.role === role || member.role === 'supervisor');
  if (!member || !pinOk || !roleOk) {
    lockStarted(ctx, ctx.limiter.pinFailed(s.address, staffId, !!member, now));
    return { error: queueError('LOGIN_FAILED', 'Wrong staff id or PIN, or not allowed in this role') };
  }
  ctx.limiter.pinSucceeded(staffId, true);
  return { staff: { id: member.id, name: member.name, role: member.role } };
}

/** A lock that just began is logged and shown to the head of the service at once. */
function lockStarted(ctx: GatewayContext, locks: Lockout[]) {
  if (locks.length === 0) return;
  for (const l of locks) ctx.log(`login locked: ${l.kind} ${l.subject} until ${new Date(l.until).toISOString()}`);
  void ctx.options.alerts?.check();
}
