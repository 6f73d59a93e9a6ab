// A life situation's visitor cards on the real daemon and its SQLite file: each step of "Рождение ребёнка"
// is a visit with its own card (staff, booth, result); a step finished without a result takes only its
// own card's; the next step's card starts with the citizen of the card before; a case file is formed from
// the first step's accepted documents.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';
import { client, demo, ready, testDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const config = demo((c) => { c.schedule.alwaysOpen = false; });
const CITIZEN = { fullName: 'Смирнова Ольга Петровна', address: 'г. Иркутск, ул. Ленина, 5', passport: '2510 123456' };

test('a three-step bundle keeps one card per step, each with its staff, booth and result', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ config, now: () => clock.t });
  const opened: QueueClient[] = [];
  const open = async (hello: Parameters<typeof client>[1]) => {
    const c = await ready(client(d, hello));
    opened.push(c);
    return c;
  };
  try {
    const kiosk = await open({ role: 'kiosk' });
    const { ticket } = await kiosk.request('issue', { directionId: 'birth' });
    const one = await open({ role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    const two = await open({ role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 });
    const three = await open({ role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 });
    const card = (over: Partial<AppealInput>): AppealInput => ({
      ticketId: ticket.id, citizen: CITIZEN, category: 'working', appealType: 'documents', reason: 'child-allowance', result: 'accepted', ...over,
    });

    // Step 1 at booth 1: the documents accepted, then finished.
    clock.t = at('2026-11-24', '09:05');
    await one.request('callNext', {});
    const first = (await one.request('journalSave', { appeal: card({ documents: ['Заявление', 'Свидетельство о рождении'] }) })).appeal;
    clock.t = at('2026-11-24', '09:20');
    await one.request('finish', {});

    // Step 2 at booth 3: its card opens with the citizen of step 1; finished without a result of its own
    // it asks for one rather than take step 1's.
    await three.request('callNext', {});
    const prefill = (await three.request('cardDraft', { ticketId: ticket.id })).draft;
    assert.equal(prefill?.fields, { fullName: CITIZEN.fullName, address: CITIZEN.address, passport: CITIZEN.passport });
    let refused = '';
    try {
      await three.request('finish', {});
    } catch (e) {
      refused = (e as { code?: string }).code ?? String(e);
    }
    assert.ok(refused, "a step's finish without its own card's result must not take the card of the step before");
    const second = (await three.request('journalSave', { appeal: card({ appealType: 'documents', result: 'issued', documents: [] }) })).appeal;
    clock.t = at('2026-11-24', '09:30');
    await three.request('finish', {});

    // Step 3 at booth 2: a consultation.
    await two.request('callNext', {});
    const third = (await two.request('journalSave', { appeal: card({ appealType: 'consultation', result: 'explained', documents: [] }) })).appeal;
    clock.t = at('2026-11-24', '09:45');
    const last = (await two.request('finish', {})).ticket;
    assert.is(last.bundle!.ended, 'completed');

    const head = await open({ role: 'supervisor', staffId: 'head', pin: '9999' });
    const { appeals } = await head.request('journalSearch', { text: 'Смирнова' });
    const rows = appeals.filter((a) => a.ticketId === ticket.id).sort((a, b) => a.at - b.at)
      .map((a) => [a.id, a.step, a.staffId, a.booth, a.appealType, a.result, a.documents]);
    assert.equal(rows, [
      [first.id, 0, 'ivanova', 1, 'documents', 'accepted', ['Заявление', 'Свидетельство о рождении']],
      [second.id, 1, 'sidorov', 3, 'documents', 'issued', []],
      [third.id, 2, 'petrova', 2, 'consultation', 'explained', []],
    ]);
    assert.is(new Set([first.id, second.id, third.id]).size, 3);

    // The accepted set of step 1 is still there: its case file can be formed.
    const { file } = await one.request('caseFileForm', { appealId: first.id });
    assert.is(file.appealId, first.id);
  } finally {
    for (const c of opened) c.close();
    await d.stop();
  }
});

test.run();
