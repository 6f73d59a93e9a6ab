// Every request's handler, by request type. The table's type has one entry per request defined in
// protocol/requests.ts, so a request declared there without a handler here does not compile.
import type { Handlers } from './context.js';
import { hello } from './sign-in.js';
import { queueHandlers } from './queue-requests.js';
import { journalHandlers } from './journal-requests.js';
import { getConfig, setConfig } from './config-editing.js';
import { reprint } from './printing.js';

export const handlers: Handlers = {
  hello,
  ...queueHandlers,
  reprint,
  getConfig,
  setConfig,
  ...journalHandlers,
};
