// The requests of the citizen's rating: `rate` from a booth's enrolled rating screen (checked against the
// configuration as it is now, and limited per connection), decided by domain/rating.ts through the queue
// service; and `ratingToday`, the head's live figure, read from the ratings the log's events filled.
import { queueError } from '../domain/errors.js';
import type { Handler } from './context.js';
import { storedKey } from './context.js';
import { ratingRefusal, ratingWait } from './rating-screens.js';

export const rate: Handler<'rate'> = async (req, s, ctx) => {
  if (!s.rating || s.booth === undefined) return { error: queueError('RATING_NOT_ENROLLED', 'Only a booth\'s rating screen rates; say hello with ratingScreen') };
  const refusal = ratingRefusal(ctx.service.config, s.booth, s.rating, s.address);
  if (refusal) return { error: refusal };
  const wait = ratingWait(s, ctx.service.now());
  if (wait > 0) return { error: queueError('RATING_TOO_FAST', 'Too many ratings from this screen; wait a moment', { retryAfterMs: wait }) };
  const cmd = { type: 'rate' as const, booth: s.booth, ...(req.score !== undefined ? { score: req.score } : {}), ...(req.reason !== undefined ? { reason: req.reason } : {}) };
  const outcome = await ctx.service.execute(cmd, { role: 'display', booth: s.booth }, storedKey(req, s));
  return outcome.ok ? { data: {} } : { error: outcome.error };
};

export const ratingToday: Handler<'ratingToday'> = (_req, _s, ctx) => {
  const day = ctx.service.state.day;
  const { ratings, satisfied } = ctx.service.store.ratingsOn(day);
  return { data: { day, ratings, satisfied, satisfiedPct: ratings > 0 ? Math.round((satisfied / ratings) * 1000) / 10 : null } };
};
