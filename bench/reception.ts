// Reception by the management over ten years of a busy office: two reception days a month, ten citizens
// each (2,400 bookings), every one booked through the reception log's own commit with its considered
// appeals and case files; two in three decisions go under control, and all but the last months' come off
// control "to the file", some late. Then the head's control list (each state), the overdue alerts' read, a
// reception day's bookings and the projection rebuilt from the log. Target: every report ≤ 1 s.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueStore } from '../queue-core/src/store/queue-store.ts';
import { ReceptionStore } from '../queue-core/src/store/reception-store.ts';
import { bookingId, controlState, receptionsBetween, slotTimes, upcomingReceptions } from '../queue-core/src/journal/reception-rules.ts';
import type { ReceptionConfig } from '../queue-core/src/config/schema.ts';
import { addDays } from '../queue-core/src/domain/office-time.ts';
import { median, ms, row, verdict } from './stats.ts';

const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const CITIZENS = Number(process.env.BENCH_RECEPTION_CITIZENS ?? 10);
const FIRST_DAY = '2017-01-01';
const RULES: ReceptionConfig = {
  hours: [{ who: { ru: 'Начальник управления' }, weekday: 'tue', weeks: [2, 4], hours: '10:00-13:00', slotMinutes: 15 }],
  publishDays: 3,
};
const DAY_MS = 86_400_000;
const epochOf = (day: string) => Date.parse(`${day}T10:00:00Z`);

function generate(store: ReceptionStore, lastDay: string): { bookings: number; events: number } {
  const sessions = receptionsBetween(RULES, [], FIRST_DAY, lastDay);
  let bookings = 0;
  let events = 0;
  store.db.exec('PRAGMA synchronous = OFF');
  store.db.transaction(() => {
    for (const s of sessions) {
      const at = epochOf(s.day) - 7 * DAY_MS;
      slotTimes(s).slice(0, CITIZENS).forEach((time, i) => {
        const id = bookingId(s.day, i);
        store.commit({ type: 'reception-booked', at, by: 'consultant', booking: {
          id, day: s.day, session: 0, time, citizen: { fullName: `Гражданин ${bookings} Иванович`, phone: `+7 914 ${String(bookings).padStart(7, '0')}` },
          question: 'Отказ в назначении субсидии на оплату жилого помещения и коммунальных услуг', appealIds: [`J-${s.day.replaceAll('-', '')}-${i}`], caseFiles: [`ЛД-${bookings}`] } });
        bookings++;
        events++;
        if (i % 5 === 4) {
          // One in five is cancelled before the day.
          store.commit({ type: 'reception-cancelled', at: at + DAY_MS, by: 'consultant', bookingId: id });
          return events++;
        }
        const control = i % 3 !== 0 ? { deadline: addDays(s.day, 30), responsible: 'petrova' } : null;
        store.commit({ type: 'reception-decided', at: epochOf(s.day), by: 'head', bookingId: id, text: 'Поручено пересчитать субсидию и дать письменный ответ', control });
        events++;
        // Done within the deadline or a few days after it, except what is still open in the last months.
        if (control && s.day < addDays(lastDay, -90)) {
          store.commit({ type: 'reception-done', at: epochOf(s.day) + (20 + (i % 4) * 5) * DAY_MS, by: 'consultant', bookingId: id, note: 'Исполнено, ответ направлен' });
          events++;
        }
      });
    }
  });
  store.db.exec('PRAGMA synchronous = FULL; ANALYZE');
  return { bookings, events };
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = work();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

export async function receptionFigures() {
  console.log(`\nreception by the management — ${YEARS} years × 2 reception days a month × ${CITIZENS} citizens`);
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-reception-'));
  try {
    const queue = QueueStore.open(join(dir, 'queue.sqlite'));
    const store = new ReceptionStore(queue.db);
    const lastDay = addDays(FIRST_DAY, YEARS * 365);
    const t0 = performance.now();
    const made = generate(store, lastDay);
    const size = (await stat(join(dir, 'queue.sqlite'))).size;
    row('bookings and decisions committed through the reception log', `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${made.bookings.toLocaleString('en')} bookings, ${made.events.toLocaleString('en')} events, ${(size / 1048576).toFixed(1)} MB database`);
    const today = addDays(lastDay, 1);
    for (const state of ['all', 'on-control', 'overdue', 'done'] as const) {
      const r = time(5, () => {
        const { bookings, counts } = store.control(state, today, 200);
        return { items: bookings.map((b) => ({ ...b, control: controlState(b, today) })), counts };
      });
      row(`control list "${state}" (200 rows and the counts), median of 5 (target ≤ 1000 ms)`, ms(r.ms), `${r.result.items.length} shown; on control ${r.result.counts.onControl}, overdue ${r.result.counts.overdue}, done ${r.result.counts.done} ${verdict(r.ms <= 1000)}`);
    }
    const alerts = time(5, () => store.control('overdue', today, 20).bookings.length);
    row('overdue alerts read (every alert check), median of 5 (target ≤ 1000 ms)', ms(alerts.ms), `${alerts.result} alerts ${verdict(alerts.ms <= 1000)}`);
    const day = upcomingReceptions(RULES, [], addDays(lastDay, -40), 1)[0]!.day;
    const oneDay = time(5, () => store.bookingsBetween(day, day));
    row(`one reception day's bookings (the materials), median of 5 (target ≤ 1000 ms)`, ms(oneDay.ms), `${oneDay.result.length} bookings ${verdict(oneDay.ms <= 1000)}`);
    const quarter = time(5, () => store.bookingsBetween(addDays(lastDay, -92), lastDay));
    row(`three months of bookings (the schedule), median of 5 (target ≤ 1000 ms)`, ms(quarter.ms), `${quarter.result.length} bookings ${verdict(quarter.ms <= 1000)}`);
    const before = JSON.stringify(store.control('all', today, 500));
    const t1 = performance.now();
    const replayed = store.rebuild();
    row('projection rebuilt from the reception log (once)', ms(performance.now() - t1), `${replayed.toLocaleString('en')} events`);
    if (JSON.stringify(store.control('all', today, 500)) !== before) throw new Error('the rebuilt projection gives another control list');
    queue.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await receptionFigures();
