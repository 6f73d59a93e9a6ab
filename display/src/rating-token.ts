// A booth's rating token, kept in the browser so that a restarted booth display or tablet finds it again.
import { enrollmentToken } from 'queue-core/ui';

/**
 * The token of booth `booth`'s rating screen: given once as /display/booth/<n>?token=… (or …/rate?token=…);
 * without one the daemon goes by the screen's address (rating.booths[].addresses).
 */
export const ratingToken = (booth: number) => enrollmentToken(`queue.ratingToken.${booth}`);
