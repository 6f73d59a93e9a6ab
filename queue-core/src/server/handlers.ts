// Every request's handler, by request type. The table's type has one entry per request defined in
// protocol/requests.ts, so a request declared there without a handler here does not compile.
import type { Handlers } from './context.js';
import { queueError } from '../domain/errors.js';
import { hello } from './sign-in.js';
import { queueHandlers } from './queue-requests.js';
import { journalHandlers } from './journal-requests.js';
import { caseFileHandlers } from './case-file-requests.js';
import { feedbackHandlers } from './feedback-requests.js';
import { getConfig, setConfig } from './config-editing.js';
import { reprint } from './printing.js';
import { rate, ratingToday } from './rating-requests.js';

export const handlers: Handlers = {
  hello,
  ...queueHandlers,
  reprint,
  rate,
  ratingToday,
  pressButton: (req, s, ctx) => {
    const press = ctx.options.pressButton;
    if (!press) return { error: queueError('BUTTONS_NOT_SIMULATED', 'This daemon has no simulated buttons') };
    const error = press(s.booth!, req.action);
    return error ? { error } : { data: { ok: true as const } };
  },
  getConfig,
  alertAck: async (req, s, ctx) => {
    // The consultant is the one who goes to a kiosk whose visitor needs help; the other alerts are the head's.
    if (s.role === 'consultant' && !ctx.options.alerts?.shown().some((a) => a.id === req.alertId && a.kind === 'kiosk-help')) {
      return { error: queueError('ROLE_FORBIDDEN', 'A consultant acknowledges only a kiosk\'s call for help') };
    }
    const acked = await ctx.options.alerts?.acknowledge(req.alertId, s.staffId ?? null);
    if (!acked) return { error: queueError('ALERT_NOT_FOUND', 'Alerts are not kept on this daemon') };
    return acked.ok ? { data: { alert: acked.alert } } : { error: acked.error };
  },
  setConfig,
  callHelp: async (_req, s, ctx) => {
    if (!ctx.service.config.accessibility.helpButton) return { error: queueError('HELP_NOT_ENABLED', 'The kiosk\'s call for help is switched off (accessibility.helpButton)') };
    const answer = await ctx.help.press(s.kiosk ?? s.address, ctx.service.now());
    if ('code' in answer) return { error: answer };
    if (!answer.already) ctx.log(`kiosk ${s.kiosk ?? s.address}: a visitor called for help`);
    return { data: answer };
  },
  ...journalHandlers,
  ...caseFileHandlers,
  ...feedbackHandlers,
};
