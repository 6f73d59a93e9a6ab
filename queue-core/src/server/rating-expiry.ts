// Closes rating windows whose time has run out, so the log says when each ended and the booth's screens
// return to the booth. The rule (a window past its time takes no rating) holds without this: it only
// records what time already decided. Looks every `checkMs` (1 s by default) on the queue's own clock.
import type { QueueService } from './queue-service.js';

export function watchRatingWindows(service: QueueService, checkMs = 1000): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    const now = service.clock();
    const expired = Object.values(service.state.booths).filter((b) => b.rating && now >= b.rating.until);
    if (expired.length === 0) return;
    busy = true;
    void Promise.all(expired.map((b) => service.execute({ type: 'closeRating', booth: b.number, ticketId: b.rating!.ticketId }, { role: 'system' })))
      .finally(() => (busy = false));
  }, checkMs);
  timer.unref();
  return () => clearInterval(timer);
}
