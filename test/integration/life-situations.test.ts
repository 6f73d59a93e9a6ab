// A life situation on the real daemon over WebSocket: "Рождение ребёнка" (documents, the certificate at
// booth 3, a consultation) served by two booths, with the daemon restarted in the middle of the bundle on
// the same SQLite file; then the statistics count the bundle and each of its steps.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueClient, Ticket } from '../../queue-core/src/protocol/index.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { SqliteDb } from '../../queue-core/src/store/sqlite.ts';
import { MIGRATIONS, migrate } from '../../queue-core/src/store/migrations.ts';
import { at } from '../helpers/office.ts';

const config = demo((c) => { c.schedule.alwaysOpen = false; });

test('a three-step bundle across two booths survives a restart mid-bundle, keeps the citizen\'s place, and is counted as a bundle and as steps', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-life-'));
  const clock = { t: at('2026-11-24', '09:00') };
  const opened: QueueClient[] = [];
  const open = async (hello: Parameters<typeof client>[1]) => {
    const c = await ready(client(d, hello));
    opened.push(c);
    return c;
  };
  let d = await testDaemon({ config, now: () => clock.t }, dataDir);
  try {
    const kiosk = await open({ role: 'kiosk' });
    const { ticket } = await kiosk.request('issue', { directionId: 'birth' });
    assert.is(ticket.label, 'Р100');
    clock.t = at('2026-11-24', '09:05');
    await kiosk.request('issue', { directionId: 'consultation' }); // К100, came after the bundle
    const one = await open({ role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    const three = await open({ role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 });
    clock.t = at('2026-11-24', '09:10');
    assert.is((await one.request('callNext', {})).ticket.label, 'Р100');
    clock.t = at('2026-11-24', '09:25');
    await one.request('finish', { result: 'accepted' });
    // The kiosk's public view sees where the citizen goes next: booth 3, sent from booth 1.
    const moved = await until(() => kiosk.view!.tickets.find((t) => t.id === ticket.id && t.state === 'waiting' && t.bundle?.step === 1));
    assert.is(moved.targetBooth, 3);
    assert.is(moved.bundle!.fromBooth, 1);
    assert.is(moved.bundle!.movedAt, at('2026-11-24', '09:25'));
    const log = d.service.store.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'ticket' ORDER BY seq").map((r) => JSON.parse(r.body) as { action: string; ticket: Ticket });
    assert.equal(log.filter((e) => e.ticket.id === ticket.id).map((e) => e.action), ['issued', 'called', 'finished', 'next-step']);

    // A restart in the middle of the bundle: the state read back is the state that was committed.
    const before = d.service.state.tickets.get(ticket.id);
    for (const c of opened.splice(0)) c.close();
    await d.stop();
    d = await testDaemon({ config, now: () => clock.t }, dataDir);
    assert.equal(d.service.state.tickets.get(ticket.id), before);

    const one2 = await open({ role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    const three2 = await open({ role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 });
    // Booth 1 does not get the step that is booth 3's; it takes К100 meanwhile.
    clock.t = at('2026-11-24', '09:27');
    assert.is((await one2.request('callNext', {})).ticket.label, 'К100');
    await one2.request('finish', { result: 'accepted' });
    const atThree = (await three2.request('callNext', {})).ticket;
    assert.is(atThree.label, 'Р100');
    assert.equal(atThree.bundle!.step, 1);
    clock.t = at('2026-11-24', '09:32');
    await three2.request('finish', { result: 'accepted' });
    // The consultation: booth 1 serves it, by the ticket's place of 9:00.
    clock.t = at('2026-11-24', '09:33');
    await kiosk2Issue(open, 'consultation'); // К101 at 9:33, after the bundle's place
    assert.is((await one2.request('callNext', {})).ticket.label, 'Р100');
    clock.t = at('2026-11-24', '09:45');
    const last = (await one2.request('finish', { result: 'accepted' })).ticket;
    assert.is(last.state, 'done');
    assert.is(last.bundle!.ended, 'completed');

    const head = await open({ role: 'supervisor', staffId: 'head', pin: '9999' });
    const { report } = await head.request('stats', { from: '2026-11-24', to: '2026-11-24' });
    const life = report.tables.find((t) => t.id === 'lifeSituations')!;
    assert.equal(life.rows, [['birth', 1, 1, 0, 0, 45]], 'started, completed, broken off, in the office, minutes from 9:00 to 9:45');
    const byDirection = report.tables.find((t) => t.id === 'byDirection')!;
    const served = (dir: string) => byDirection.rows.find((r) => r[0] === dir)?.[2];
    // Each step counts in its own direction: documents and certificates from the steps, consultation twice (К100 and the last step).
    assert.is(served('documents'), 1);
    assert.is(served('certificates'), 1);
    assert.is(served('consultation'), 2);
    const byStaff = report.tables.find((t) => t.id === 'byStaff')!;
    assert.is(byStaff.rows.find((r) => r[0] === 'sidorov')?.[1], 1);
  } finally {
    for (const c of opened) c.close();
    await d.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

async function kiosk2Issue(open: (hello: Parameters<typeof client>[1]) => Promise<QueueClient>, directionId: string) {
  const kiosk = await open({ role: 'kiosk' });
  return kiosk.request('issue', { directionId });
}

test('a no-show at the second step breaks the bundle off there, and the statistics say at which step', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ config, now: () => clock.t });
  const opened: QueueClient[] = [];
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const one = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    const three = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    opened.push(kiosk, one, three, head);
    await kiosk.request('issue', { directionId: 'birth' });
    await one.request('callNext', {});
    await one.request('finish', { result: 'accepted' });
    await three.request('callNext', {});
    // The life situation itself is no line to transfer to: no booth would ever call the ticket there.
    let refused = '';
    try {
      await three.request('transfer', { toDirection: 'birth' });
    } catch (e) {
      refused = (e as { code?: string }).code ?? String(e);
    }
    assert.is(refused, 'DIRECTION_NOT_SERVED');
    const gone = (await three.request('noShow', {})).ticket;
    assert.is(gone.bundle!.ended, 'broken');
    assert.not.ok([...d.service.state.tickets.open()].length, 'nothing more is queued');
    const { report } = await head.request('stats', { from: '2026-11-24', to: '2026-11-24' });
    assert.equal(report.tables.find((t) => t.id === 'lifeSituations')!.rows, [['birth', 1, 0, 1, 0, null]]);
    // Broken off at step 2, whose direction names it: the certificates.
    assert.equal(report.tables.find((t) => t.id === 'lifeBreaks')!.columns, ['lifeStep', 'direction', 'brokenOff']);
    assert.equal(report.tables.find((t) => t.id === 'lifeBreaks')!.rows, [['birth:2', 'certificates', 1]]);
  } finally {
    for (const c of opened) c.close();
    await d.stop();
  }
});

test('a database from before the steps\' directions were kept gets them from its tickets: the broken-off step is named', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-life-'));
  try {
    const db = SqliteDb.open(join(dir, 'queue.sqlite'));
    const before = MIGRATIONS.findIndex((m) => m.includes('ALTER TABLE life_situations ADD COLUMN direction'));
    assert.ok(before > 0, 'the steps\' directions have their migration');
    for (const m of MIGRATIONS.slice(0, before)) db.exec(m);
    db.exec(`PRAGMA user_version = ${before}`);
    const bundle = { id: 'birth', steps: [{ direction: 'documents', booth: null }, { direction: 'certificates', booth: 3 }, { direction: 'consultation', booth: null }], step: 1, movedAt: 0, fromBooth: 1, ended: 'broken' };
    db.run(`INSERT INTO tickets (id, day, number_direction, number, label, direction, state, source, issued_at, recalls, transfers, body)
      VALUES ('T1', '2026-11-24', 'birth', 100, 'Р100', 'certificates', 'no-show', 'kiosk', 0, 0, 0, ?)`, [JSON.stringify({ id: 'T1', bundle })]);
    db.run(`INSERT INTO life_situations (ticket_id, day, situation, steps, step, outcome, issued_at, ended_at) VALUES ('T1', '2026-11-24', 'birth', 3, 1, 'broken', 0, 60000)`);
    migrate(db);
    assert.equal(db.all('SELECT ticket_id, step, direction FROM life_situations'), [{ ticket_id: 'T1', step: 1, direction: 'certificates' }]);
    db.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the annual analysis counts a citizen of a life situation once: served at step 1 then a no-show at step 2 is one served, not none and not a completed bundle; a completed bundle is one, not one a step', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ config, now: () => clock.t });
  const opened: QueueClient[] = [];
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const one = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    const two = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
    const three = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    opened.push(kiosk, one, two, three, head);
    const card = (ticketId: string, appealType: 'documents' | 'certificate' | 'consultation', result: 'accepted' | 'issued' | 'explained') => ({
      ticketId, citizen: { fullName: `Гражданин ${ticketId}`, address: 'г. Гусиноозёрск', passport: '' }, category: 'working' as const,
      appealType, reason: 'child-allowance', result, documents: appealType === 'documents' ? ['Заявление'] : [],
    });
    const issue = async (directionId: string) => (await kiosk.request('issue', { directionId })).ticket;
    const serve = async (op: QueueClient, id: string, withCard: Parameters<typeof card> | null, result?: string) => {
      await op.request('callTicket', { ticketId: id });
      if (withCard) await op.request('journalSave', { appeal: card(...withCard) });
      return (await op.request('finish', result ? { result } : {})).ticket;
    };
    const noShow = async (op: QueueClient, id: string) => { await op.request('callTicket', { ticketId: id }); return (await op.request('noShow', {})).ticket; };

    // An ordinary visit: one citizen.
    const k = await issue('consultation');
    await serve(one, k.id, null, 'explained');
    // Р100: step 1 served with its card, then a no-show at booth 3 — one citizen served, the bundle broken off.
    const a = await issue('birth');
    await serve(one, a.id, [a.id, 'documents', 'accepted']);
    assert.is((await noShow(three, a.id)).bundle!.ended, 'broken');
    // Р101: step 1 served without a card (the result given at the finish), then a no-show — still one served.
    const b = await issue('birth');
    await serve(one, b.id, null, 'accepted');
    assert.is((await noShow(three, b.id)).bundle!.ended, 'broken');
    // Р102: all three steps, a card each — one citizen, not three.
    const c = await issue('birth');
    await serve(one, c.id, [c.id, 'documents', 'accepted']);
    await serve(three, c.id, [c.id, 'certificate', 'issued']);
    assert.is((await serve(two, c.id, [c.id, 'consultation', 'explained'])).bundle!.ended, 'completed');
    // Р103: a no-show at step 1 — nobody served.
    const e = await issue('birth');
    await noShow(one, e.id);

    const { report } = await head.request('annualReport', { year: 2026 });
    const served = report.figures.find((f) => f.id === 'served')!;
    assert.is(served.now, 4, 'К100, Р100, Р101 and Р102: four citizens served');
    // The statistics still count the bundles as bundles and every step as a visit of its direction.
    const stats = (await head.request('stats', { from: '2026-11-24', to: '2026-11-24' })).report;
    const life = stats.tables.find((t) => t.id === 'lifeSituations')!.rows[0]!;
    assert.equal(life.slice(0, 5), ['birth', 4, 1, 3, 0], 'started 4, completed 1, broken off 3');
    // The sets accepted are the cards': Р100's and Р102's step 1.
    assert.is(report.figures.find((f) => f.id === 'setsAccepted')!.now, 2);
  } finally {
    for (const c of opened) c.close();
    await d.stop();
  }
});

test.run();
