// Phone consultations: one saved per call with its audit line and idempotency key, and the list of a
// period's calls (itself an audited read).
import { officeDay } from '../domain/office-time.js';
import type { PhoneConsultation, PhoneInput } from '../journal/types.js';
import { fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export function savePhone(ctx: JournalContext, input: PhoneInput, actor: JournalActor): JournalAnswer<{ consultation: PhoneConsultation }> {
  const repeated = ctx.repeated<{ consultation: PhoneConsultation }>(actor, 'phone-read', (a) => a.consultation.id);
  if (repeated) return repeated;
  const staff = ctx.staffOf(actor, input.staffId, 'consultation.staffId');
  if (!staff.ok) return staff;
  if (!input.topic.trim()) return fail('BAD_REQUEST', 'topic: expected what the call was about');
  const { store } = ctx;
  const at = ctx.queue.now();
  const day = officeDay(at, ctx.tz);
  try {
    return ok(store.write(() => {
      const consultation: PhoneConsultation = {
        id: store.nextPhoneId(day), at, day, staffId: staff.data,
        topic: input.topic.trim(), result: input.result.trim(), caller: (input.caller ?? '').trim(), notes: (input.notes ?? '').trim(), erasedAt: null,
      };
      store.putPhone(consultation, ctx.hourOf(at));
      store.audit([ctx.entry(actor, 'phone-save', consultation.id)]);
      return ctx.remember(actor, at, { consultation });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

export function listPhones(ctx: JournalContext, from: string, to: string, actor: JournalActor): JournalAnswer<{ consultations: PhoneConsultation[] }> {
  if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  const consultations = ctx.store.phones(from, to, 500);
  ctx.auditedList(actor, 'phone-read', `${from}..${to}`, consultations.map((c) => c.id));
  return ok({ consultations });
}
