// The kiosk's enrollment token, kept in the browser so that a restarted kiosk finds it again.
import { enrollmentToken } from 'queue-core/ui';

/** The kiosk's token: given once as /kiosk/?token=…; without one the daemon goes by the kiosk's address (README, "Kiosks"). */
export const kioskToken = () => enrollmentToken('queue.kioskToken');
