// An office with two years of the journal for the annual analysis' tests: visitor cards of 2025 and 2026
// written by the intake app through the real daemon, and one ticket served at booth 1 in March 2026. What
// the head should then read is spelled out beside each year.
import { client, demo, ready, testDaemon, type TestDaemon } from './daemon.ts';
import { at } from './office.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';

const TOKEN = 'demo-intake-token-0123456789';
const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };

const card = (over: Partial<AppealInput>): AppealInput => ({
  staffId: 'ivanova', citizen: { fullName: 'Петров Пётр Петрович', address: 'с. Тарбагатай', passport: '' }, category: 'pensioner',
  appealType: 'documents', reason: 'subsidy', result: 'accepted', documents: ['Заявление'], ...over,
});
const times = (n: number, c: AppealInput) => Array.from({ length: n }, (_, i) => ({ ...c, citizen: { ...c.citizen, fullName: `${c.citizen.fullName} ${i}` } }));

/** 2025: 5 sets (3 subsidy, 2 child allowance), a consultation on documents and one on payments, a certificate. */
export const YEAR_BEFORE = [
  ...times(3, card({})), ...times(2, card({ reason: 'child-allowance' })),
  card({ appealType: 'consultation', result: 'explained', documents: [], missingDocuments: ['Справка о доходах'] }),
  card({ appealType: 'consultation', result: 'explained', documents: [] }),
  card({ appealType: 'certificate', reason: 'scholarship', result: 'issued', documents: [] }),
];
/** 2026: 6 sets, 3 consultations on documents and 1 on payments, a registration request, 2 certificates, 2 sets returned. */
export const YEAR = [
  ...times(4, card({})), card({ reason: 'child-allowance' }), card({ reason: 'benefits' }),
  ...times(3, card({ appealType: 'consultation', result: 'explained', documents: [], missingDocuments: ['Трудовая книжка'] })),
  card({ appealType: 'consultation', result: 'explained', documents: [] }),
  card({ appealType: 'statement', reason: 'registration', result: 'filed', documents: [] }),
  ...times(2, card({ appealType: 'certificate', reason: 'scholarship', result: 'issued', documents: [] })),
  card({ result: 'returned', documents: [], missingDocuments: ['Справка о доходах', 'Копия паспорта'] }),
  card({ result: 'returned', documents: [], missingDocuments: [' справка  о доходах'] }),
];

async function write(d: TestDaemon, cards: AppealInput[]): Promise<void> {
  const intake = await ready(client(d, { role: 'integration', token: TOKEN }));
  for (const appeal of cards) await intake.request('journalSave', { appeal });
  intake.close();
}


/** Starts the daemon on 10 March 2025, writes that year's cards, moves to 10 March 2026 and writes that year's and serves the ticket. */
export async function officeWithTwoYears(ctx: { d: TestDaemon; clock: { t: number } }, language: 'ru' | 'uk'): Promise<void> {
  ctx.clock = { t: at('2025-03-10', '10:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.office.language = language)) });
  await write(ctx.d, YEAR_BEFORE);
  ctx.clock.t = at('2026-03-10', '10:00');
  await write(ctx.d, YEAR);
  // One visitor comes with a ticket and is served at booth 1 at 11 o'clock.
  ctx.clock.t = at('2026-03-10', '11:05');
  const kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
  const op = await ready(client(ctx.d, OPERATOR));
  const { ticket } = await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callTicket', { ticketId: ticket.id });
  await op.request('start', {});
  ctx.clock.t += 10 * 60_000;
  await op.request('finish', { result: 'explained' });
  kiosk.close();
  op.close();
}

