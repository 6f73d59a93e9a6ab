// Life situations: one ticket through a bundle of steps ("Рождение ребёнка": documents, the certificate at
// booth 3, a consultation), each step queued when the one before finishes, with the citizen's place kept.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { problemWords } from '../../queue-core/src/config/problem-words.ts';
import { summarize, type Ticket } from '../../queue-core/src/domain/index.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

const morning = at('2026-11-24', '09:00');
const finish = (office: Office, booth: number) => office.do({ type: 'finish', booth, result: 'accepted' });
const ticketOf = (office: Office, id: string): Ticket => office.state.tickets.get(id)!;

test('a life situation is issued under its own letter and numbering from 100, and waits in its first step', () => {
  const office = new Office(officeConfig(), morning);
  const first = office.issue('birth').ticket;
  const second = office.issue('birth').ticket;
  assert.is(first.label, 'Р100');
  assert.is(second.label, 'Р101');
  assert.is(first.directionId, 'documents');
  assert.is(first.targetBooth, null);
  assert.equal(first.bundle, { id: 'birth', steps: [{ direction: 'documents', booth: null }, { direction: 'certificates', booth: 3 }, { direction: 'consultation', booth: null }], step: 0, movedAt: null, fromBooth: null, ended: null });
  // An ordinary ticket of the first step's direction is numbered apart.
  assert.is(office.issue('documents').ticket.label, 'Д100');
  // The kiosk tells the citizen the line they join: the first step's.
  const summary = summarize(office.state, office.config, office.now);
  const of = (id: string) => summary.directions.find((x) => x.id === id)!;
  assert.is(of('birth').waiting, 3);
  assert.is(of('birth').waitMinutes, of('documents').waitMinutes);
});

test('finishing a step queues the next one at once: for booth 3 only, then in the direction, and the last finish completes it', () => {
  const office = new Office(officeConfig(), morning);
  const { ticket } = office.issue('birth');
  office.open(1);
  office.open(3);
  office.open(2);
  assert.is(office.callNext(1), 'Р100');
  office.advance(15);
  const d = finish(office, 1);
  // Two events: the step's finish (a visit of booth 1 that counts as such) and the move to the next step.
  assert.equal(d.events.filter((e) => e.type === 'ticket').map((e) => e.type === 'ticket' && [e.action, e.ticket.state, e.ticket.bundle?.step]), [['finished', 'done', 0], ['next-step', 'waiting', 1]]);
  const moved = ticketOf(office, ticket.id);
  assert.is(moved.state, 'waiting');
  assert.is(moved.directionId, 'certificates');
  assert.is(moved.targetBooth, 3);
  assert.is(moved.bundle!.fromBooth, 1);
  assert.is(moved.bundle!.movedAt, office.now);
  // Booth 2 serves certificates too, but the step is booth 3's.
  assert.is(office.try({ type: 'callNext', booth: 2 }).ok, false);
  assert.is(office.callNext(3), 'Р100');
  office.advance(5);
  finish(office, 3);
  const third = ticketOf(office, ticket.id);
  assert.is(third.directionId, 'consultation');
  assert.is(third.targetBooth, null);
  assert.is(office.callNext(2), 'Р100');
  office.advance(10);
  finish(office, 2);
  const done = ticketOf(office, ticket.id);
  assert.is(done.state, 'done');
  assert.is(done.bundle!.ended, 'completed');
  assert.is(done.bundle!.step, 2);
  assert.equal(done.history.map((h) => h.action), ['issued', 'called', 'finished', 'next-step', 'called', 'finished', 'next-step', 'called', 'finished']);
});

/** The demo office with a two-step situation sent in by directions only: documents, then a consultation. */
const twoSteps = () => officeConfig((c) => c.directions.push({ id: 'pension', prefix: 'П', name: { ru: 'Оформление пенсии' }, steps: ['documents', 'consultation'] }));

test('the next step keeps the citizen\'s place: by its issue time, before those who came later, after those who came earlier', () => {
  const office = new Office(twoSteps(), at('2026-11-24', '08:55'));
  office.issue('consultation'); // К100 at 8:55
  office.advance(5);
  const bundle = office.issue('pension').ticket; // П100 at 9:00, documents first
  office.advance(10);
  office.issue('consultation'); // К101 at 9:10
  office.open(1, ['documents']);
  office.open(2, ['consultation']);
  assert.is(office.callNext(1), 'П100');
  office.advance(10);
  finish(office, 1); // 9:20: on to the consultation, its place that of 9:00
  const moved = ticketOf(office, bundle.id);
  assert.is(moved.queuedAt, at('2026-11-24', '09:00'));
  assert.is(moved.targetBooth, null);
  const calls: string[] = [];
  for (let i = 0; i < 3; i++) {
    calls.push(office.callNext(2));
    finish(office, 2);
  }
  // Sent to the back it would be К100 К101 П100.
  assert.equal(calls, ['К100', 'П100', 'К101']);
  assert.is(ticketOf(office, bundle.id).bundle!.ended, 'completed');
});

test('a no-show at a step breaks the bundle off there: nothing more is queued', () => {
  const office = new Office(officeConfig(), morning);
  const { ticket } = office.issue('birth');
  office.open(1);
  office.open(3);
  office.callNext(1);
  finish(office, 1);
  assert.is(office.callNext(3), 'Р100');
  office.advance(3);
  office.do({ type: 'noShow', booth: 3 });
  const t = ticketOf(office, ticket.id);
  assert.is(t.state, 'no-show');
  assert.is(t.bundle!.ended, 'broken');
  assert.is(t.bundle!.step, 1);
  assert.is([...office.state.tickets.open()].length, 0);
});

test('the day ending with a bundle in line breaks it off at its step', () => {
  const office = new Office(officeConfig(), morning);
  const { ticket } = office.issue('birth');
  office.do({ type: 'closeDay' });
  const t = ticketOf(office, ticket.id);
  assert.is(t.state, 'closed');
  assert.is(t.bundle!.ended, 'broken');
  assert.is(t.bundle!.step, 0);
});

test('the configuration refuses empty steps, unknown ids, a bundle inside a bundle and a booth serving a bundle, in words', () => {
  const input = structuredClone(demoConfig);
  input.directions.push(
    { id: 'empty', prefix: 'Е', name: { ru: 'Пусто' }, steps: [] },
    { id: 'nested', prefix: 'Н', name: { ru: 'Вложено' }, steps: ['birth', 'nowhere'] },
    { id: 'wrong-booth', prefix: 'Ж', name: { ru: 'Не та кабина' }, steps: [{ direction: 'certificates', booth: 4 }, { direction: 'documents', booth: 9 }] },
  );
  input.booths[0]!.directions.push('birth');
  const r = validateConfig(input);
  assert.is(r.ok, false);
  const problems = r.ok ? [] : r.problems;
  const said = problems.map((p) => problemWords(p, 'ru'));
  const has = (re: RegExp) => assert.ok(said.some((s) => re.test(s)), `${re} in:\n${said.join('\n')}`);
  has(/Направление 5: шаг.*нужен хотя бы один шаг/);
  has(/Направление 6: шаг 1.*«birth» — сама жизненная ситуация/);
  has(/Направление 6: шаг 2.*нет направления «nowhere»/);
  has(/Направление 7: шаг 2.*нет кабины 9/);
  has(/Кабина 1.*«birth» — жизненная ситуация/);
  assert.ok(problems.map((p) => problemWords(p, 'uk')).some((s) => /сама життєва ситуація/.test(s)));
});

test('an office without steps behaves as before: a finish ends the ticket, nothing is queued', () => {
  const office = new Office(officeConfig((c) => (c.directions = c.directions.filter((d) => !('steps' in d)))), morning);
  const { ticket } = office.issue('documents');
  office.open(1);
  office.callNext(1);
  const d = finish(office, 1);
  assert.equal(d.events.filter((e) => e.type === 'ticket').map((e) => e.type === 'ticket' && e.action), ['finished']);
  assert.is(ticketOf(office, ticket.id).bundle, undefined);
});

test.run();
