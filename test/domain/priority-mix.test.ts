// Priority people can live with: a direction's mix (an ordinary ticket in turn after so many priority ones)
// and ageing (waiting counts as priority), the worked examples of domain/routing.ts. The line a booth's
// panel lists, the calls "call next" makes and the people ahead on each ticket agree in every example.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOf, placeInLine, routingRules, type LinePlace } from '../../queue-core/src/domain/index.ts';
import type { OfficeConfigInput } from '../../queue-core/src/config/schema.ts';
import { Office, at, officeConfig, seeded } from '../helpers/office.ts';

const morning = at('2026-11-24', '09:00');
type DirectionRules = NonNullable<NonNullable<OfficeConfigInput['routing']>['directions']>[string];
const withDocuments = (rules: DirectionRules) => officeConfig((c) => { c.routing = { directions: { documents: rules } }; });

function listed(office: Office, booth: number): LinePlace[] {
  const state = office.state;
  return lineOf([...state.tickets.values()], (id) => state.bookings[id]?.at, routingRules(office.config), state.booths[booth]!, office.now);
}

/** The labels successive "call next" at the booth would call now, on a copy of the office. */
function calls(office: Office, booth: number): string[] {
  const copy = new Office(office.config, office.now);
  copy.state = office.state;
  const out: string[] = [];
  for (;;) {
    const d = copy.try({ type: 'callNext', booth });
    if (!d.ok) break;
    out.push(d.reply.kind === 'ticket' ? d.reply.ticket.label : '?');
    copy.do({ type: 'finish', booth, result: 'accepted' });
  }
  return out;
}

/** The people ahead of each waiting ticket, as the kiosk and the reprint count them, in line order. */
const aheads = (office: Office, line: LinePlace[]) => line.map((p) => placeInLine(office.state, office.config, p.ticket, office.now).ahead);

/** The doc's example: O1 09:00, veterans V1…V5 09:01…09:05 (Д101…Д105), O2 09:15 (Д106); it is 09:20. */
function docExample(office: Office) {
  office.issue('documents'); // Д100 = O1
  for (let i = 0; i < 5; i++) { office.advance(1); office.issue('documents', 'veteran'); }
  office.now = at('2026-11-24', '09:15');
  office.issue('documents'); // Д106 = O2
  office.now = at('2026-11-24', '09:20');
}

test('mix, 2 in a row after 15 minutes: V1 V2 O1 V3 V4 V5 O2, listed, called and counted alike', () => {
  const office = new Office(withDocuments({ mix: { priorityInRow: 2, ordinaryWaitMin: 15 } }), morning);
  docExample(office);
  office.open(1);
  const line = listed(office, 1);
  assert.equal(line.map((p) => `${p.ticket.label} ${p.reason}`), ['Д101 priority', 'Д102 priority', 'Д100 mixed', 'Д103 priority', 'Д104 priority', 'Д105 priority', 'Д106 wait']);
  assert.equal(calls(office, 1), line.map((p) => p.ticket.label));
  assert.equal(aheads(office, line), [0, 1, 2, 3, 4, 5, 6]);
});

test('strict priority stays the default: the same office calls every veteran first', () => {
  const office = new Office(officeConfig(), morning);
  docExample(office);
  office.open(1);
  const line = listed(office, 1);
  assert.equal(line.map((p) => `${p.ticket.label} ${p.reason}`), ['Д101 priority', 'Д102 priority', 'Д103 priority', 'Д104 priority', 'Д105 priority', 'Д100 wait', 'Д106 wait']);
  assert.equal(calls(office, 1), line.map((p) => p.ticket.label));
  assert.equal(aheads(office, line), [0, 1, 2, 3, 4, 5, 6]);
});

test('the mix counts the direction\'s calls at every booth, and a new ticket is told where the mix puts it', () => {
  const office = new Office(withDocuments({ mix: { priorityInRow: 2, ordinaryWaitMin: 15 } }), morning);
  docExample(office);
  office.open(1);
  office.open(2);
  assert.is(office.callNext(1), 'Д101');
  office.advance(1);
  assert.is(office.callNext(2), 'Д102');
  office.advance(1);
  office.do({ type: 'finish', booth: 1, result: 'accepted' });
  // Two priority tickets were called in a row in the direction (at two booths): the ordinary one is next…
  assert.equal(listed(office, 1).map((p) => `${p.ticket.label} ${p.reason}`), ['Д100 mixed', 'Д103 priority', 'Д104 priority', 'Д105 priority', 'Д106 wait']);
  // …and a veteran who comes now has 4 ahead: Д100 in turn, then Д103 Д104 Д105 (Д106 has waited 7 minutes, not 15).
  const late = office.issue('documents', 'veteran'); // Д107
  assert.is(late.ahead, 4);
  assert.is(office.callNext(1), 'Д100');
});

test('an ordinary ticket that has not waited long enough waits for the veterans; booked tickets keep their place', () => {
  const office = new Office(withDocuments({ mix: { priorityInRow: 1, ordinaryWaitMin: 30 } }), at('2026-11-24', '08:40'));
  const booked = office.do({ type: 'book', directionId: 'documents', at: at('2026-11-24', '09:50'), citizenName: 'Иванов Иван', phone: '8914' });
  const code = booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at('2026-11-24', '09:20');
  office.issue('documents'); // Д100, 09:20
  office.issue('documents', 'veteran'); // Д101
  office.issue('documents', 'disabled'); // Д102
  office.now = at('2026-11-24', '09:45');
  office.do({ type: 'checkIn', code }); // Д103, due from 09:45
  office.open(1);
  // Д100 has waited 25 minutes, not 30: strict priority, the booking first as always.
  assert.equal(listed(office, 1).map((p) => `${p.ticket.label} ${p.reason}`), ['Д103 booked', 'Д101 priority', 'Д102 priority', 'Д100 wait']);
  assert.equal(calls(office, 1), ['Д103', 'Д101', 'Д102', 'Д100']);
  office.now = at('2026-11-24', '09:50');
  // 30 minutes: one veteran, then Д100 in turn; the booking neither counts nor breaks the row.
  const line = listed(office, 1);
  assert.equal(line.map((p) => `${p.ticket.label} ${p.reason}`), ['Д103 booked', 'Д101 priority', 'Д100 mixed', 'Д102 priority']);
  assert.equal(calls(office, 1), line.map((p) => p.ticket.label));
});

test('ageing, 3 minutes per rank (a veteran of rank 10 stands 30 minutes earlier): 09:00 ordinary, 09:40 veteran, 09:20 ordinary', () => {
  const office = new Office(withDocuments({ ageing: { minutesPerRank: 3 } }), morning);
  office.issue('documents'); // Д100 09:00
  office.now = at('2026-11-24', '09:20');
  office.issue('documents'); // Д101 09:20
  office.now = at('2026-11-24', '09:40');
  const veteran = office.issue('documents', 'veteran'); // Д102 09:40, stands as of 09:10
  assert.is(veteran.ahead, 1, 'only the ordinary visitor of 09:00 goes first');
  office.open(1);
  const line = listed(office, 1);
  assert.equal(line.map((p) => `${p.ticket.label} ${p.reason}`), ['Д100 aged', 'Д102 priority', 'Д101 wait']);
  assert.equal(calls(office, 1), line.map((p) => p.ticket.label));
  assert.equal(aheads(office, line), [0, 1, 2]);
});

test('ageing keeps strict priority for a fresh line, and the order does not shift as the minutes pass', () => {
  const office = new Office(withDocuments({ ageing: { minutesPerRank: 3 } }), morning);
  office.issue('documents'); // Д100 09:00
  office.advance(10);
  office.issue('documents', 'veteran'); // Д101 09:10, as of 08:40
  office.open(1);
  assert.equal(listed(office, 1).map((p) => `${p.ticket.label} ${p.reason}`), ['Д101 priority', 'Д100 wait']);
  office.advance(120);
  assert.equal(calls(office, 1), ['Д101', 'Д100']);
});

test('without routing.directions the line is strict priority, then time: a random day checked against that rule', () => {
  const random = seeded(7);
  const office = new Office(officeConfig(), morning);
  const priorities = [null, null, null, 'veteran', 'disabled'];
  const dirs = ['documents', 'certificates', 'consultation'];
  for (let i = 0; i < 60; i++) {
    office.issue(dirs[Math.floor(random() * 3)]!, priorities[Math.floor(random() * 5)]!);
    office.advance(Math.floor(random() * 3));
  }
  office.open(1);
  const strict = [...office.state.tickets.values()].sort((a, b) => (b.priority ? 10 : 0) - (a.priority ? 10 : 0) || a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1));
  assert.equal(listed(office, 1).map((p) => p.ticket.label), strict.map((t) => t.label));
  assert.equal(calls(office, 1), strict.map((t) => t.label));
});

test('the mix and ageing are refused with a clear word where they cannot work', async () => {
  const { validateConfig } = await import('../../queue-core/src/config/load.ts');
  const { demoConfig } = await import('../../queue-core/src/config/demo.ts');
  const bad = (routing: unknown) => {
    const r = validateConfig({ ...structuredClone(demoConfig), routing });
    return r.ok ? [] : r.problems;
  };
  assert.equal(bad({ directions: { pensions: { mix: { priorityInRow: 2, ordinaryWaitMin: 10 } } } }), ['routing.directions.pensions: unknown direction "pensions"']);
  assert.equal(bad({ order: ['booked', 'wait'], directions: { documents: { ageing: { minutesPerRank: 5 } } } }),
    ['routing.order: expected "priority" before "wait" for the ageing of direction "documents", got ["booked","wait"]']);
  assert.equal(bad({ directions: { documents: { mix: { priorityInRow: 0, ordinaryWaitMin: 10 } } } }), ['routing.directions.documents.mix.priorityInRow: expected at least 1 priority ticket in a row, got 0']);
  assert.ok(bad({ directions: { documents: { mix: { priorityInRow: 2 } } } }).some((p) => p.startsWith('routing.directions.documents.mix.ordinaryWaitMin:')));
  assert.ok(bad({ directions: { documents: { ageing: { minutesPerRank: 5 }, mixing: {} } } }).some((p) => p.startsWith('routing.directions.documents: unknown field "mixing"')));
  assert.equal(bad({ directions: { documents: { mix: { priorityInRow: 3, ordinaryWaitMin: 20 }, ageing: { minutesPerRank: 5 } } } }), []);
});

test.run();
