// A whole office day for the end-to-end day test: the office (a Russian one and a Ukrainian one, open on
// weekdays 09:00–18:00 with sliding lunches, a network ticket printer), the day's visitors drawn from a
// seeded generator, the daemon's clock that the test moves on, and the test's own ledger of what it did,
// which the screens and the head's statistics are compared with.
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { parseConfigText } from '../../queue-core/src/config/load.ts';
import type { OfficeConfig } from '../../queue-core/src/config/schema.ts';
import { zonedEpoch } from '../../queue-core/src/domain/index.ts';
import { seeded, zones } from './office.ts';

export type OfficeLanguage = 'ru' | 'uk';
export const DIRECTIONS = ['certificates', 'documents', 'consultation'] as const;
export type DirectionId = (typeof DIRECTIONS)[number];

/** A Tuesday: an ordinary weekday in both offices. */
export const DAY = '2026-11-24';
export const TIME_ZONES: Record<OfficeLanguage, string> = { ru: 'Asia/Irkutsk', uk: 'Europe/Kyiv' };
export const LUNCH: Record<number, [string, string]> = { 1: ['12:00', '12:45'], 2: ['12:45', '13:30'], 3: ['13:30', '14:15'], 4: ['14:15', '15:00'] };

/** The Ukrainian office's own words: its name and address hold Є Ї Ґ І, which CP866 lacks. */
export const UK_OFFICE = {
  name: 'Єдиний центр соціального захисту',
  address: 'с. Їржавець, вул. Ґудзя, 5',
  staff: ['Іваненко Марія Петрівна', 'Петренко Ганна Сергіївна', 'Сидоренко Олег Іванович', 'Бойко Єлизавета Володимирівна', 'Ковальчук Ольга Дмитрівна', 'Шевчук Олена Їжакевич'],
};

/** The office: the demo's directions, booths, staff and priorities, on a real weekday schedule, printing to `printerPort`. */
export function officeOfTheDay(lang: OfficeLanguage, printerPort: number): OfficeConfig {
  const c = structuredClone(demoConfig) as any;
  c.office.timezone = TIME_ZONES[lang];
  c.office.language = lang;
  if (lang === 'uk') {
    c.office.name = UK_OFFICE.name;
    c.office.address = UK_OFFICE.address;
    c.office.phones = ['+380 (362) 62-12-34'];
    c.staff.forEach((s: { name: string }, i: number) => (s.name = UK_OFFICE.staff[i]!));
  }
  c.schedule = {
    alwaysOpen: false,
    week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-18:00']])),
    holidays: [],
    stopIssuingBeforeCloseMin: 15,
    lunch: Object.entries(LUNCH).map(([booth, [from, to]]) => ({ booth: Number(booth), hours: `${from}-${to}` })),
  };
  // The office's own printer on the network; its code page is the office language's default (ru CP866, uk Windows-1251).
  c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printerPort, timeoutMs: 1500, recheckMs: 200 };
  c.hardware.voice = { ...c.hardware.voice, enabled: false };
  return parseConfigText(JSON.stringify(c), `${lang} office`);
}

/** Epoch ms of a local time of the office day, e.g. clockAt('uk', '09:15'). */
export function clockAt(lang: OfficeLanguage, hhmm: string, seconds = 0): number {
  const [h, m] = hhmm.split(':').map(Number);
  return zonedEpoch(DAY, h! * 60 + m!, zones.zone(TIME_ZONES[lang])) + seconds * 1000;
}

export const hhmm = (minuteOfDay: number) => `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

export interface Visitor {
  /** Minute of the day the visitor comes in (540 = 09:00). */
  minute: number;
  directionId: DirectionId;
  priority: 'veteran' | 'disabled' | null;
}

/** The walk-in visitors of the day, from 09:00 until issuing stops at 17:45, the most in the morning. */
export function walkIns(count: number, seed: number): Visitor[] {
  const random = seeded(seed);
  const first = 9 * 60, last = 17 * 60 + 35;
  const out: Visitor[] = [];
  for (let i = 0; i < count; i++) {
    const minute = first + Math.floor((last - first) * (i / count) ** 1.5);
    const r = random();
    const directionId: DirectionId = r < 0.4 ? 'certificates' : r < 0.7 ? 'documents' : 'consultation';
    const p = random();
    out.push({ minute, directionId, priority: p < 0.06 ? 'veteran' : p < 0.12 ? 'disabled' : null });
  }
  return out;
}

/** The daemon's clock: runs with real time, and jumps when the test moves it on (it never goes back). */
export class DaemonTime {
  private shift: number;
  constructor(start: number) {
    this.shift = start - Date.now();
  }
  now = (): number => Date.now() + this.shift;
  moveOn(ms: number) {
    this.shift += ms;
  }
}

export type TicketFate = 'waiting' | 'called' | 'serving' | 'done' | 'no-show';

export interface LedgerTicket {
  label: string;
  directionId: DirectionId;
  booked: boolean;
  state: TicketFate;
  booth: number | null;
  calledAt: number | null;
}

/** What the test did, ticket by ticket, kept apart from the daemon: the screens and the statistics must agree with it. */
export class Ledger {
  readonly tickets = new Map<string, LedgerTicket>();
  refused = 0;

  issued(label: string, directionId: DirectionId, booked = false) {
    if (this.tickets.has(label)) throw new Error(`ticket ${label} issued twice`);
    this.tickets.set(label, { label, directionId, booked, state: 'waiting', booth: null, calledAt: null });
  }
  get(label: string): LedgerTicket {
    const t = this.tickets.get(label);
    if (!t) throw new Error(`the test never issued ${label}`);
    return t;
  }
  called(label: string, booth: number, at: number) {
    Object.assign(this.get(label), { state: 'called', booth, calledAt: at });
  }
  recalled(label: string, at: number) {
    this.get(label).calledAt = at;
  }
  started(label: string) {
    this.get(label).state = 'serving';
  }
  finished(label: string) {
    Object.assign(this.get(label), { state: 'done', booth: null });
  }
  noShow(label: string) {
    Object.assign(this.get(label), { state: 'no-show', booth: null });
  }
  transferred(label: string, to: DirectionId) {
    Object.assign(this.get(label), { state: 'waiting', directionId: to, booth: null, calledAt: null });
  }
  waiting(directionId: DirectionId): number {
    return [...this.tickets.values()].filter((t) => t.state === 'waiting' && t.directionId === directionId).length;
  }
  /** What the hall lists: the tickets called or being served, the newest call first. */
  calls(limit: number): { label: string; booth: number }[] {
    return [...this.tickets.values()].filter((t) => t.state === 'called' || t.state === 'serving')
      .sort((a, b) => b.calledAt! - a.calledAt!).slice(0, limit).map((t) => ({ label: t.label, booth: t.booth! }));
  }
  atBooth(booth: number): LedgerTicket | undefined {
    return [...this.tickets.values()].find((t) => t.booth === booth && (t.state === 'called' || t.state === 'serving'));
  }
  /** The figures the statistics must show, overall and per direction. */
  figures(directionId?: DirectionId) {
    const ts = [...this.tickets.values()].filter((t) => !directionId || t.directionId === directionId);
    const served = ts.filter((t) => t.state === 'done').length, noShows = ts.filter((t) => t.state === 'no-show').length;
    const booked = ts.filter((t) => t.booked).length;
    return { tickets: ts.length, served, noShows, unserved: ts.length - served - noShows, booked, walkIn: ts.length - booked };
  }
}
