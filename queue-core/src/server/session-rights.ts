// Whether a signed-in session still holds the rights it was opened with, read from the configuration and
// the booths as they are now: an operator's booth must still be open in her name, a staff member must
// still be configured with the same role and PIN, an integration's token must still be its token. Every request
// is checked here before its handler runs, and the gateway ends the sessions that fail after each change
// of booths or configuration (session-end.ts says what the screen is told).
import type { OfficeConfig } from '../config/schema.js';
import { dayEnded, type QueueState } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import type { SessionEndReason } from '../protocol/session-end.js';
import type { Session } from './context.js';

/** Why the session may no longer act, or null when its rights hold. */
export function rightsGone(s: Session, config: OfficeConfig, state: QueueState): SessionEndReason | null {
  if (s.staffId !== undefined) {
    const member = config.staff.find((m) => m.id === s.staffId);
    if (!member) return 'staff-removed';
    if (member.role !== s.staffRole) return 'role-changed';
    if (member.pinHash !== s.credential) return 'pin-changed';
  }
  if (s.role === 'operator' && s.booth !== undefined) {
    const booth = state.booths[s.booth];
    if (!booth) return 'booth-removed';
    if (booth.status === 'closed') return dayEnded(state) ? 'day-ended' : 'booth-closed';
    if (booth.staffId !== s.staffId) return 'booth-taken';
  }
  if (s.integration !== undefined) {
    const integration = config.integrations.find((i) => i.name === s.integration);
    if (!integration) return 'integration-removed';
    if (integration.token !== s.credential) return 'token-replaced';
  }
  return null;
}

/** The answer to a request from a session whose rights are gone. */
export function sessionEndedError(reason: SessionEndReason): QueueError {
  return reason === 'booth-taken'
    ? queueError('BOOTH_TAKEN', 'Another specialist has opened this booth; this session has ended', { reason })
    : queueError('SESSION_ENDED', `This session has ended (${reason}); sign in again`, { reason });
}
