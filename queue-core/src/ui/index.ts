// Browser helpers shared by the kiosk, the displays and the caller panel.
export * from './i18n.js';
export * from './format.js';
export * from './connect.js';
export * from './schedule-text.js';
export * from './csv.js';
export * from '../journal/labels.js';
export * from './daemon-clock.js';
export * from './enrollment-token.js';
export * from '../domain/device-words.js';
export * from './queue-controller.js';
export * from './reception-text.js';
export * from '../journal/annual-words.js';
export * from '../domain/plural.js';
