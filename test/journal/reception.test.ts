// Reception by the management, the pure parts: the days "every second Tuesday" falls on (holidays
// skipped, two entries in order), the slots of a day, why a slot cannot be booked, where a decision under
// control stands as the days go by, and the configuration's mistakes in the head's words.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import { problemWords } from '../../queue-core/src/config/problem-words.ts';
import type { ReceptionConfig } from '../../queue-core/src/config/schema.ts';
import { assignmentsOf, consideredAppeals, controlProblems, controlState, slotRefusal, slotTimes, upcomingReceptions, receptionsBetween } from '../../queue-core/src/journal/reception-rules.ts';
import type { ReceptionBooking, ReceptionDecision } from '../../queue-core/src/journal/reception-types.ts';
import { RECEPTION_REFUSAL } from '../../queue-core/src/journal/reception-words.ts';

const HEAD = { ru: 'Начальник управления Иванова И. И.', uk: 'Начальник управління Іванова І. І.' };
const DEPUTY = { ru: 'Заместитель начальника Петров П. П.' };
const RULES: ReceptionConfig = {
  hours: [
    { who: HEAD, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 },
    { who: DEPUTY, weekday: 'thu', weeks: [], hours: '14:00-15:00', slotMinutes: 25 },
  ],
  publishDays: 3,
};
const headOnly: ReceptionConfig = { ...RULES, hours: [RULES.hours[0]!] };

const D = suite('reception days');

D('"every second Tuesday" from Wednesday 2 December 2026: 8 December, 12 January, 9 February', () => {
  assert.equal(upcomingReceptions(headOnly, [], '2026-12-02', 3).map((s) => [s.day, s.from, s.to, s.who.ru]), [
    ['2026-12-08', '10:00', '12:00', HEAD.ru], ['2027-01-12', '10:00', '12:00', HEAD.ru], ['2027-02-09', '10:00', '12:00', HEAD.ru],
  ]);
  // On the reception day itself it is still the next one.
  assert.is(upcomingReceptions(headOnly, [], '2026-12-08', 1)[0]!.day, '2026-12-08');
  assert.is(upcomingReceptions(headOnly, [], '2026-12-09', 1)[0]!.day, '2027-01-12');
});

D('a holiday on the reception day drops it; two entries come in order of day and hour', () => {
  assert.equal(upcomingReceptions(headOnly, ['2026-12-08'], '2026-12-02', 2).map((s) => s.day), ['2027-01-12', '2027-02-09']);
  assert.equal(upcomingReceptions(RULES, [], '2026-12-02', 4).map((s) => [s.day, s.session]), [['2026-12-03', 1], ['2026-12-08', 0], ['2026-12-10', 1], ['2026-12-17', 1]]);
  assert.equal(receptionsBetween(RULES, ['2026-12-10'], '2026-12-07', '2026-12-13').map((s) => s.day), ['2026-12-08']);
  assert.equal(upcomingReceptions({ ...RULES, hours: [] }, [], '2026-12-02', 3), [], 'none configured: nothing published');
});

D('the slots of a day: every slot ends within the hours', () => {
  assert.equal(slotTimes({ from: '10:00', to: '12:00', slotMinutes: 15 }), ['10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45']);
  assert.equal(slotTimes({ from: '14:00', to: '15:00', slotMinutes: 25 }), ['14:00', '14:25']);
});

D('a slot is refused on another day, off the slots, on a past day, or when taken; a booking moved keeps no hold on its own slot', () => {
  const taken = [{ id: 'R-20261208-1', session: 0, time: '10:15', state: 'booked' as const }, { id: 'R-20261208-2', session: 0, time: '10:30', state: 'cancelled' as const }];
  const at = (day: string, time: string, session = 0) => ({ day, session, time });
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-09', '10:00'), []), 'NOT_A_RECEPTION_DAY');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:00', 1), []), 'NOT_A_RECEPTION_DAY', 'the deputy does not receive on Tuesdays');
  assert.is(slotRefusal(RULES, ['2026-12-08'], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:00'), []), 'NOT_A_RECEPTION_DAY');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:10'), []), 'NOT_A_SLOT');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '12:00'), []), 'NOT_A_SLOT', 'the last slot starts at 11:45');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-09', minutes: 0 }, at('2026-12-08', '10:00'), []), 'RECEPTION_PAST');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:15'), taken), 'SLOT_TAKEN');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:30'), taken), null, 'a cancelled booking frees its slot');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-02', minutes: 0 }, at('2026-12-08', '10:15'), taken, 'R-20261208-1'), null);
  // Today, a slot whose start has come is passed; a later one of the same day is still open.
  assert.is(slotRefusal(RULES, [], { day: '2026-12-08', minutes: 11 * 60 + 55 }, at('2026-12-08', '10:00'), []), 'RECEPTION_PAST');
  assert.is(slotRefusal(RULES, [], { day: '2026-12-08', minutes: 9 * 60 + 59 }, at('2026-12-08', '10:00'), []), null);
});

const C = suite('decisions under control');

C('on control until the deadline, overdue the day after, done once "to the file"', () => {
  const decision = (control: ReceptionDecision['control']): { decision: ReceptionDecision } => ({ decision: { text: 'Пересчитать субсидию', at: 0, by: 'head', control } });
  const open = { deadline: '2026-12-20', responsible: 'petrova', doneAt: null, doneBy: null, note: '' };
  assert.is(controlState({ decision: null }, '2026-12-08'), 'no-decision');
  assert.is(controlState(decision(null), '2026-12-08'), 'decided');
  assert.is(controlState(decision(open), '2026-12-08'), 'on-control');
  assert.is(controlState(decision(open), '2026-12-20'), 'on-control', 'the deadline day itself is in time');
  assert.is(controlState(decision(open), '2026-12-21'), 'overdue');
  assert.is(controlState(decision({ ...open, doneAt: 1, doneBy: 'consultant' }), '2027-01-30'), 'done');
});

C('under control a decision needs its deadline and its responsible, each named by its field, in the three languages', () => {
  const staff = ['petrova', 'ivanova'];
  assert.equal(controlProblems({ deadline: '2026-12-20', responsible: 'petrova' }, '2026-12-08', staff), []);
  assert.equal(controlProblems({ responsible: 'petrova' }, '2026-12-08', staff), [{ field: 'control.deadline', why: 'missing' }]);
  assert.equal(controlProblems({ deadline: ' ', responsible: '' }, '2026-12-08', staff), [{ field: 'control.deadline', why: 'missing' }, { field: 'control.responsible', why: 'missing' }]);
  assert.equal(controlProblems({ deadline: '2026-12-07', responsible: 'nobody' }, '2026-12-08', staff), [{ field: 'control.deadline', why: 'before-reception' }, { field: 'control.responsible', why: 'unknown-staff' }]);
  const missing = { field: 'control.deadline', why: 'missing' } as const;
  assert.match(RECEPTION_REFUSAL.control(missing, '2026-12-08', 'ru'), 'срок исполнения');
  assert.match(RECEPTION_REFUSAL.control(missing, '2026-12-08', 'uk'), 'термін виконання');
  assert.match(RECEPTION_REFUSAL.control(missing, '2026-12-08', 'en'), 'deadline');
});

C('a booking names at least one appeal of the journal, each once; none or an unknown number is the problem, said in the three languages', () => {
  const journal = new Set(['J-20261202-0001', 'J-20261202-0002']);
  const has = (id: string) => journal.has(id);
  assert.equal(consideredAppeals([' J-20261202-0001', 'J-20261202-0001 ', 'J-20261202-0002'], has), { appealIds: ['J-20261202-0001', 'J-20261202-0002'] });
  assert.equal(consideredAppeals([], has), { problem: { why: 'missing' } });
  assert.equal(consideredAppeals(['  ', ''], has), { problem: { why: 'missing' } });
  assert.equal(consideredAppeals(['J-20261202-0001', 'J-20990101-0001'], has), { problem: { why: 'not-found', id: 'J-20990101-0001' } });
  assert.match(RECEPTION_REFUSAL.notConsidered('ru'), /^Укажите обращение из журнала, в котором вопрос рассмотрен/);
  assert.match(RECEPTION_REFUSAL.notConsidered('uk'), /^Вкажіть звернення з журналу, у якому питання розглянуто/);
  assert.match(RECEPTION_REFUSAL.notConsidered('en'), /^Name the journal appeal the question was considered in/);
});

C("a staff member's own decisions on control: those they answer for and those whose files they hold, open ones only, by deadline", () => {
  const b = (id: string, control: ReceptionDecision['control'], caseFiles: string[] = []): ReceptionBooking => ({
    id, day: '2026-12-08', session: 0, time: '10:00', citizen: { fullName: 'Петров', phone: '' }, question: 'q', appealIds: ['J-1'], caseFiles, state: 'booked',
    bookedAt: 0, bookedBy: 'consultant', decision: { text: 'd', at: 0, by: 'head', control }, erasedAt: null,
  });
  const c = (deadline: string, responsible: string, doneAt: number | null = null) => ({ deadline, responsible, doneAt, doneBy: doneAt ? 'consultant' : null, note: '' });
  const open = [b('R-1', c('2026-12-20', 'petrova')), b('R-2', c('2026-12-10', 'ivanova'), ['LD-1']), b('R-3', c('2026-12-05', 'petrova', 1)), b('R-4', c('2026-12-09', 'ivanova'))];
  const holder = (id: string) => (id === 'LD-1' ? 'petrova' : null);
  assert.equal(assignmentsOf('petrova', open, holder, '2026-12-11').map((a) => [a.booking.id, a.control, a.because, a.heldFiles]), [
    ['R-2', 'overdue', ['holder'], ['LD-1']], ['R-1', 'on-control', ['responsible'], []],
  ]);
  assert.equal(assignmentsOf('ivanova', open, holder, '2026-12-09').map((a) => [a.booking.id, a.control]), [['R-4', 'on-control'], ['R-2', 'on-control']]);
  assert.equal(assignmentsOf('sidorov', open, holder, '2026-12-09'), []);
});

const K = suite('reception hours in the configuration');

K('none by default; a slot longer than the hours is named in Russian and Ukrainian', () => {
  const { reception: _demoHours, ...withoutReception } = structuredClone(demoConfig) as typeof demoConfig & { reception?: unknown };
  const plain = validateConfig(withoutReception);
  assert.ok(plain.ok && plain.config.reception.hours.length === 0 && plain.config.reception.publishDays === 3);
  const demo = validateConfig(demoConfig);
  assert.ok(demo.ok && demo.config.reception.hours[0]!.weeks.join() === '2,4', 'the demo office receives on the second and fourth Tuesday');
  const bad = validateConfig({ ...structuredClone(demoConfig), reception: { hours: [{ who: HEAD, weekday: 'tue', weeks: [2], hours: '10:00-10:30', slotMinutes: 45 }] } });
  assert.ok(!bad.ok);
  if (bad.ok) return;
  assert.equal(bad.problems.map((p) => problemWords(p, 'ru')), ['Приём граждан руководством: часы приёма, строка 1, минут на гражданина — приём одного гражданина не помещается в часы 10:00-10:30']);
  assert.equal(bad.problems.map((p) => problemWords(p, 'uk')), ['Прийом громадян керівництвом: години прийому, рядок 1, хвилин на громадянина — прийом одного громадянина не вміщується в години 10:00-10:30']);
  const typo = validateConfig({ ...structuredClone(demoConfig), reception: { hours: [{ who: HEAD, weekday: 'вт', hours: '10:00-12:00' }] } });
  assert.ok(!typo.ok);
  if (typo.ok) return;
  assert.equal(typo.problems.map((p) => problemWords(p, 'ru')), ['Приём граждан руководством: часы приёма, строка 1, день недели — допустимо: "sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat", got "вт"']);
});

D.run();
C.run();
K.run();
