// The pure queue: rules, types and calendar helpers, free of I/O. Shared by the daemon and the apps.
export * from './types.js';
export * from './errors.js';
export * from './queue.js';
export * from './ticket-book.js';
export * from './routing.js';
export * from './estimate.js';
export * from './schedule.js';
export * from './bookings.js';
export * from './summary.js';
export * from './office-time.js';
export * from './zone-book.js';
export * from './alerts.js';
export * from './break-offers.js';
export * from './norm.js';
export * from './norm-words.js';
export * from './halls.js';
export * from './hall-words.js';
export * from './rating.js';
export * from './rating-words.js';
// What may still change about an outreach visit: the panel asks the same rule the daemon enforces.
export { cancelRefusal, importRefusal, rescheduleRefusal } from '../journal/outreach-changes.js';
export * from './life-situations.js';
export * from './plural.js';
