// The office day of the day tests (test/e2e/office-day*.test.ts), lived minute by minute: the office's
// daemon with its clock injected, the screens in Chromium with Playwright's clock in step, the visitors and
// specialists, the hourly look at every screen, and at the end the printed tickets and the head's
// statistics set against the test's own ledger. The office, the visitors and the ledger are in office-day.ts.
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Notice, QueueClient } from '../../queue-core/src/protocol/index.ts';
import { ClientError } from '../../queue-core/src/protocol/client.ts';
import { SIZES, signIn } from './browser.ts';
import { client, ready, testDaemon, until, type TestDaemon } from './daemon.ts';
import { FakePrinter, PAPER_OUT, READY } from './fake-printer.ts';
import { decodeEscPos } from './escpos-decoder.ts';
import {
  clockAt, DaemonTime, DAY, DIRECTIONS, hhmm, Ledger, LUNCH, officeOfTheDay, walkIns,
  type DirectionId, type OfficeLanguage,
} from './office-day.ts';

export const SHOTS = fileURLToPath(new URL('../.artifacts/office-day/', import.meta.url));
/** Script errors in any page of the day; the test file checks them after each day. */
export const pageErrors: string[] = [];
const MINUTE = 60_000;
const OPEN = 9 * 60, STOP_ISSUING = 17 * 60 + 45, CLOSE = 18 * 60;

/** The words each office's screens must show, from its own strings files. */
const WORDS = {
  ru: { choose: 'Выберите услугу', waiting: (n: number) => `В очереди: ${n}`, hallWaiting: 'Ожидают', free: 'Свободно', lunch: 'Обед', printFailed: 'Принтер не работает', printed: 'Возьмите талон внизу', stopped: 'Выдача талонов на сегодня окончена', closed: 'Приём сейчас не ведётся', noPriority: 'Нет льготы' },
  uk: { choose: 'Оберіть послугу', waiting: (n: number) => `У черзі: ${n}`, hallWaiting: 'Очікують', free: 'Вільно', lunch: 'Обід', printFailed: 'Принтер не працює', printed: 'Візьміть талон внизу', stopped: 'Видачу талонів на сьогодні завершено', closed: 'Зараз прийом не ведеться', noPriority: 'Немає пільги' },
} as const;
/** Words of the other language that must never reach a Ukrainian office's screens or paper. */
export const RUSSIAN_ONLY = /Ожидают|Кабина|Выберите|В очереди|Ожидайте|Сдача документов|Выдача справок|Консультация\b|Инвалидность|Талон\b/;

const SERVICE_MINUTES: Record<DirectionId, number> = { certificates: 3, documents: 6, consultation: 4 };
const RESULT: Record<DirectionId, string> = { certificates: 'certificate', documents: 'accepted', consultation: 'explained' };

/** One booth's specialist, driven through the protocol unless her panel on screen has taken over. */
interface Booth {
  number: number;
  directions: readonly DirectionId[];
  client: QueueClient | null;
  opensAt: number;
  current: { label: string; directionId: DirectionId; phase: 'called' | 'serving'; since: number } | null;
  breakUntil: number | null;
  lunchTaken: boolean;
  /** The panel on screen is serving a visitor: the protocol driver leaves the booth alone. */
  byScreen: boolean;
  /** The panel on screen will call the next visitor: the protocol driver finishes hers and calls nobody. */
  handOver: boolean;
}

export class OfficeDay {
  readonly ledger = new Ledger();
  readonly time: DaemonTime;
  readonly printNotices: Notice[] = [];
  d!: TestDaemon;
  peer!: FakePrinter;
  kiosk!: QueueClient;
  head!: QueueClient;
  consultant!: QueueClient;
  booths: Booth[] = [];
  pages: Record<'kiosk' | 'hall' | 'booth' | 'panel1' | 'panel2', Page> = {} as never;
  /** Page time not yet given to the pages: they are moved on every few minutes and before they are looked at. */
  private pagesBehind = 0;
  private calls = 0;
  private transferredOnce = new Set<string>();
  /** The card typed in panel 2 for a visitor served on screen. */
  card: { label: string; fullName: string; passport: string } | null = null;
  /** Hour checks that found the typed card as typed, and the ticket served with it on screen. */
  cardChecks = 0;
  cardServed: string | null = null;
  readonly w: (typeof WORDS)[OfficeLanguage];
  bookings: { code: string; at: number; directionId: DirectionId; byScreen: boolean; comes: boolean }[] = [];

  constructor(readonly lang: OfficeLanguage, readonly browser: Browser) {
    this.time = new DaemonTime(clockAt(lang, '08:50'));
    this.w = WORDS[lang];
  }

  at = (hm: string, s = 0) => clockAt(this.lang, hm, s);
  minuteNow = () => Math.floor((this.time.now() - clockAt(this.lang, '00:00')) / MINUTE);

  async open() {
    this.peer = await new FakePrinter().listen();
    this.d = await testDaemon({ config: officeOfTheDay(this.lang, this.peer.port), now: this.time.now, summaryCheckMs: 100 });
    this.kiosk = await ready(client(this.d, { role: 'kiosk' }));
    this.kiosk.onNotice((n) => n.kind === 'print' && this.printNotices.push(n));
    this.head = await ready(client(this.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    this.consultant = await ready(client(this.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const staff = this.d.service.config.staff;
    this.booths = this.d.service.config.booths.map((b) => ({
      number: b.number, directions: b.directions as DirectionId[], client: null, opensAt: b.number === 4 ? 10 * 60 : OPEN - 10,
      current: null, breakUntil: null, lunchTaken: false, byScreen: false, handOver: false,
    }));
    void staff;
    const url = this.d.url;
    const now = this.time.now();
    this.pages.kiosk = await this.page(`${url}/kiosk/`, SIZES.kioskPortrait, now);
    this.pages.hall = await this.page(`${url}/display/hall`, SIZES.hall, now);
    this.pages.booth = await this.page(`${url}/display/booth/1`, SIZES.booth, now);
    this.pages.panel1 = await this.panel(1);
    this.pages.panel2 = await this.panel(2);
  }

  private async page(url: string, size: { width: number; height: number }, clockAtMs: number): Promise<Page> {
    const page = await this.browser.newPage({ viewport: size });
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    await page.clock.install({ time: clockAtMs });
    await page.goto(url);
    return page;
  }

  async panel(booth: 1 | 2): Promise<Page> {
    const who = booth === 1 ? { staffId: 'ivanova', pin: '1111' } : { staffId: 'petrova', pin: '2222' };
    const page = await signIn(this.browser, `${this.d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', ...who, booth, clockAt: this.time.now() });
    await page.waitForSelector('panel-app >> operator-view');
    return page;
  }

  /** Moves the daemon's clock on to `target` (it never goes back); the pages follow at the next sync. */
  moveTo(target: number) {
    const ms = target - this.time.now();
    if (ms <= 0) return;
    this.time.moveOn(ms);
    this.pagesBehind += ms;
  }

  async syncPages() {
    const ms = this.pagesBehind;
    this.pagesBehind = 0;
    if (ms > 0) for (const p of Object.values(this.pages)) await p.clock.fastForward(ms);
  }

  async closeAll() {
    for (const p of Object.values(this.pages)) await p.close().catch(() => {});
    for (const b of this.booths) b.client?.close();
    for (const c of [this.kiosk, this.head, this.consultant]) c?.close();
    await this.d?.stop();
    await this.peer?.close();
  }

  // ——— the people of the day ———

  /** Before opening the consultant books visitors for the day; one of them will not come. */
  async bookAhead() {
    const times: [DirectionId, string][] = [
      ['documents', '09:40'], ['certificates', '10:20'], ['consultation', '11:40'], ['documents', '13:00'],
      ['certificates', '14:20'], ['documents', '15:20'], ['consultation', '16:00'], ['documents', '16:40'],
    ];
    for (const [i, [directionId, hm]] of times.entries()) {
      const { booking } = await this.consultant.request('book', { directionId, at: this.at(hm), citizenName: `Гражданин ${i + 1}`, phone: `8914000000${i}` });
      this.bookings.push({ code: booking.code, at: booking.at, directionId, byScreen: hm === '15:20', comes: hm !== '14:20' });
    }
  }

  async issueByProtocol(directionId: DirectionId, priority: string | null) {
    try {
      const r = await this.kiosk.request('issue', { directionId, priority });
      this.ledger.issued(r.ticket.label, directionId);
      await this.printOutcome(r.ticket.label);
    } catch (e) {
      // Near closing the kiosk refuses a ticket nobody could serve today: the citizen is told so and no ticket exists.
      if (e instanceof ClientError && ['WAIT_EXCEEDS_CLOSING', 'ISSUING_STOPPED'].includes(e.code)) this.ledger.refused++;
      else throw e;
    }
  }

  async checkInByProtocol(code: string, directionId: DirectionId) {
    const r = await this.kiosk.request('checkIn', { code });
    this.ledger.issued(r.ticket.label, directionId, true);
    await this.printOutcome(r.ticket.label);
  }

  /** A kiosk waits for its ticket's print to end before the next citizen steps up, so a paper fault that
   * starts or ends on the next minute cannot overtake a print still on its way to the printer. */
  private async printOutcome(label: string) {
    await until(() => this.printNotices.some((n) => n.kind === 'print' && n.label === label), 10_000, () => `the kiosk was told how ${label} printed`);
  }

  /** A visitor at the kiosk's screen: taps the service and answers the priority question, or types a booking code. */
  async atKioskScreen(v: { directionId: DirectionId; priority: string | null } | { code: string; directionId: DirectionId }): Promise<string> {
    await this.syncPages();
    const k = this.pages.kiosk;
    const config = this.d.service.config;
    await k.waitForSelector(`kiosk-app >> h1 >> text=${this.w.choose}`);
    if ('code' in v) {
      await k.locator('kiosk-app >> .booked').click();
      for (const digit of v.code) await k.locator('kiosk-app >> code-keypad >> .keys button', { hasText: digit }).first().click();
      await k.locator('kiosk-app >> code-keypad >> .go').click();
    } else {
      const name = config.directions.find((x) => x.id === v.directionId)!.name[this.lang]!;
      await k.locator('kiosk-app >> .direction', { hasText: name }).click();
      if (v.priority) await k.locator('kiosk-app >> priority-choice >> .category', { hasText: config.priorities.find((p) => p.id === v.priority)!.name[this.lang]! }).click();
      else await k.locator('kiosk-app >> priority-choice >> .none').click();
    }
    const label = (await (await k.waitForSelector('kiosk-app >> .number')).textContent())!.trim();
    this.ledger.issued(label, v.directionId, 'code' in v);
    return label;
  }

  // ——— the booths ———

  async signInBooth(b: Booth) {
    const staff = this.d.service.config.staff[b.number - 1]!;
    b.client = await ready(client(this.d, { role: 'operator', staffId: staff.id, pin: ['1111', '2222', '3333', '4444'][b.number - 1]!, booth: b.number }));
  }

  /** One minute of a booth's work through the protocol: lunch, breaks, calls, no-shows, transfers, finishing. */
  async boothMinute(b: Booth, m: number) {
    if (!b.client) {
      if (m >= b.opensAt) await this.signInBooth(b);
      else return;
    }
    const c = b.client!;
    const now = this.time.now();
    if (b.breakUntil !== null) {
      if (now < b.breakUntil) return;
      await c.request('breakEnd', {});
      b.breakUntil = null;
    }
    if (b.byScreen) return;
    const [lunchFrom, lunchTo] = LUNCH[b.number]!;
    if (b.current) {
      const cur = b.current;
      const label = cur.label;
      const waited = m - cur.since;
      if (cur.phase === 'called') {
        // Every thirteenth citizen called does not come to the booth.
        if (this.noShowCall(label)) {
          if (waited >= 3) {
            await c.request('noShow', {});
            this.ledger.noShow(label);
            b.current = null;
          } else if (waited === 2) {
            // Called again: the hall puts the ticket back at the top.
            const { ticket } = await c.request('recall', {});
            this.ledger.recalled(label, ticket.calledAt!);
          }
        } else if (waited >= 1) {
          await c.request('start', {});
          this.ledger.started(label);
          b.current = { ...cur, phase: 'serving', since: m };
        }
      } else if (waited >= SERVICE_MINUTES[cur.directionId] + (label.charCodeAt(label.length - 1) % 3) - 1) {
        // A consultation that turns out to need documents goes to that line, keeping its place.
        if (cur.directionId === 'consultation' && !this.transferredOnce.has(label) && Number(label.slice(-1)) % 4 === 0) {
          await c.request('transfer', { toDirection: 'documents' });
          this.transferredOnce.add(label);
          this.ledger.transferred(label, 'documents');
        } else {
          await c.request('finish', { result: RESULT[cur.directionId] });
          this.ledger.finished(label);
        }
        b.current = null;
      }
      if (b.current) return;
    }
    // Lunch by the booth's hours, once the visitor in hand is finished; booth 3 also takes a technical break.
    if (!b.lunchTaken && m >= toMinute(lunchFrom)) {
      b.lunchTaken = true;
      b.breakUntil = this.at(lunchTo);
      await c.request('breakStart', { kind: 'lunch', until: b.breakUntil });
      return;
    }
    if (b.number === 3 && m === toMinute('10:30')) {
      b.breakUntil = this.at('10:45');
      await c.request('breakStart', { kind: 'technical', until: b.breakUntil });
      return;
    }
    if (!b.handOver) await this.callNext(b, m);
  }

  private noShowCall(label: string) {
    return (label.charCodeAt(0) + Number(label.slice(1))) % 13 === 0 && !this.transferredOnce.has(label);
  }

  async callNext(b: Booth, m: number) {
    try {
      const { ticket } = await b.client!.request('callNext', {});
      this.calls++;
      this.ledger.called(ticket.label, b.number, ticket.calledAt!);
      b.current = { label: ticket.label, directionId: this.ledger.get(ticket.label).directionId, phase: 'called', since: m };
    } catch (e) {
      if (!(e instanceof ClientError && e.code === 'QUEUE_EMPTY')) throw e;
    }
  }

  // ——— the hourly look at every screen ———

  async hourCheck(m: number) {
    await this.syncPages();
    // A few seconds of page time: the screens ask the daemon its time, as they do every few seconds.
    this.time.moveOn(3000);
    for (const p of Object.values(this.pages)) await p.clock.runFor(3000);
    const hour = hhmm(m);
    const { hall, booth, kiosk, panel1, panel2 } = this.pages;
    const config = this.d.service.config;

    await shows(hall, 'hall-display >> .clock', hour, `${hour} hall clock`);
    await shows(booth, 'booth-display >> .clock', hour, `${hour} booth display clock`);
    await shows(kiosk, 'kiosk-app >> .time span', hour, `${hour} kiosk clock`);

    // The hall: waiting counts per direction and the calls, newest first.
    for (const dir of DIRECTIONS) await shows(hall, `hall-display >> .dir[data-direction="${dir}"] .count`, String(this.ledger.waiting(dir)), `${hour} hall: waiting for ${dir}`);
    const calls = this.ledger.calls(config.display.recentCalls);
    await until(async () => JSON.stringify(await hallCalls(hall)) === JSON.stringify(calls), 5000, () => `${hour} hall calls ${JSON.stringify(calls)}`)
      .catch(async () => assert.equal(await hallCalls(hall), calls, `${hour} the hall lists the calls`));
    assert.match(await hall.locator('hall-display >> aside h2').first().textContent() ?? '', this.w.hallWaiting);

    // Booth 1's display: the ticket at the booth, lunch, or free.
    const at1 = this.ledger.atBooth(1);
    const b1 = this.booths[0]!;
    if (at1) await shows(booth, 'booth-display >> .ticket', at1.label, `${hour} booth 1 shows its ticket`);
    else if (b1.breakUntil !== null) await shows(booth, 'booth-display >> .state', this.w.lunch, `${hour} booth 1 at lunch`);
    else await shows(booth, 'booth-display >> .state', this.w.free, `${hour} booth 1 free`);

    // The kiosk is back at its start screen (or says issuing has ended), with the same counts as the hall.
    if (m >= CLOSE) {
      await shows(kiosk, 'kiosk-app >> h1', this.w.closed, `${hour} kiosk: the office has closed`);
    } else if (m < STOP_ISSUING) {
      await shows(kiosk, 'kiosk-app >> h1', this.w.choose, `${hour} kiosk start screen`);
      for (const dir of DIRECTIONS) {
        const name = config.directions.find((x) => x.id === dir)!.name[this.lang]!;
        const meta = kiosk.locator('kiosk-app >> .direction', { hasText: name }).locator('.meta');
        await until(async () => (await meta.textContent())?.startsWith(this.w.waiting(this.ledger.waiting(dir))), 5000, () => `${hour} kiosk: ${this.w.waiting(this.ledger.waiting(dir))} for ${dir}`)
          .catch(async () => assert.unreachable(`${hour} kiosk shows "${await meta.textContent()}" for ${dir}, not ${this.w.waiting(this.ledger.waiting(dir))}`));
      }
    } else {
      await shows(kiosk, 'kiosk-app >> h1', this.w.stopped, `${hour} kiosk: issuing has ended`);
    }

    // The two panels: the ticket in hand, and their line's counts.
    for (const [n, page] of [[1, panel1], [2, panel2]] as const) {
      const here = this.ledger.atBooth(n);
      if (here) await shows(page, 'panel-app >> operator-view >> #current-label', here.label, `${hour} panel ${n} ticket in hand`);
      const dirs = this.booths[n - 1]!.directions;
      const want = dirs.map((x) => String(this.ledger.waiting(x)));
      await until(async () => JSON.stringify(await page.locator('panel-app >> operator-view >> .dirs .dir b').allTextContents()) === JSON.stringify(want), 5000)
        .catch(async () => assert.equal(await page.locator('panel-app >> operator-view >> .dirs .dir b').allTextContents(), want, `${hour} panel ${n} counts`));
    }
    // The card typed in panel 2 is still as typed.
    if (this.card) {
      assert.is(await panel2.inputValue('panel-app >> operator-view >> visit-card >> [name="fullName"]'), this.card.fullName, `${hour} the typed name survived`);
      assert.is(await panel2.inputValue('panel-app >> operator-view >> visit-card >> [name="passport"]'), this.card.passport, `${hour} the typed passport survived`);
      this.cardChecks++;
    }
    const hh = hour.replace(':', '');
    for (const [name, page] of Object.entries(this.pages)) await page.screenshot({ path: `${SHOTS}${this.lang}-${hh}-${name}.png` });
    if (this.lang === 'uk') {
      for (const [name, page] of Object.entries(this.pages)) {
        const text = await deepText(page);
        assert.ok(text.length > 40, `${hour} the ${name}'s text is read`);
        assert.not.match(text, RUSSIAN_ONLY, `${hour} no Russian on the ${name}: "${RUSSIAN_ONLY.exec(text)?.[0]}" in ${text.slice(Math.max(0, (RUSSIAN_ONLY.exec(text)?.index ?? 0) - 100), (RUSSIAN_ONLY.exec(text)?.index ?? 0) + 100)}`);
      }
    }
  }
}

/**
 * Every word a page shows, its elements' shadow roots included (innerText stops at them). Sent as text:
 * the test's compiler would name the inner function with a helper the page does not have.
 */
const DEEP_TEXT = `(() => {
  const walk = (root) => [...root.childNodes].map((n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent;
    if (!(n instanceof Element) || n.localName === 'style' || n.localName === 'script') return '';
    return (n.shadowRoot ? walk(n.shadowRoot) : '') + ' ' + walk(n);
  }).join(' ');
  return walk(document).replace(/\\s+/g, ' ');
})()`;
const deepText = (page: Page): Promise<string> => page.evaluate(DEEP_TEXT);

const toMinute = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));

/** The hall's call rows as {label, booth}. */
const hallCalls = (hall: Page) => hall.locator('hall-display >> .row').evaluateAll((rows) => rows.map((r) => ({
  label: (r as HTMLElement).dataset.ticket!, booth: Number(r.querySelector('.booth')!.textContent),
})));

/** Waits until the element's text is `want`; fails with what it showed instead. */
async function shows(page: Page, selector: string, want: string, what: string) {
  let seen: string | null = null;
  try {
    await until(async () => (seen = (await page.locator(selector).first().textContent({ timeout: 2000 }).catch(() => null))?.trim() ?? null) === want, 5000);
  } catch {
    assert.is(seen, want, what);
  }
}

/** The whole day of one office; returns what it measured. */
export async function liveThroughTheDay(day: OfficeDay) {
  const started = Date.now();
  const { ledger } = day;
  await day.open();
  await day.bookAhead();
  const visitors = walkIns(day.lang === 'ru' ? 220 : 200, day.lang === 'ru' ? 16 : 24);
  // Some visitors take their ticket at the screen: the rest come through the kiosk's protocol client.
  const screenVisitors = new Map<number, { directionId: DirectionId; priority: string | null }>([
    [toMinute('09:31'), { directionId: 'documents', priority: null }],
    [toMinute('11:05'), { directionId: 'consultation', priority: null }],
    [toMinute('11:31'), { directionId: 'certificates', priority: null }],
    [toMinute('13:11'), { directionId: 'certificates', priority: 'veteran' }],
  ]);
  const failedAtScreen: string[] = [];
  const fault = { from: toMinute('11:00'), to: toMinute('11:20') };
  const labelsInFault: string[] = [];

  for (let m = OPEN - 9; m <= CLOSE + 30; m++) {
    day.moveTo(day.at(hhmm(m), 5));
    if (m % 60 === 0 && m >= OPEN && m <= CLOSE) {
      await day.hourCheck(m);
    }
    // The printer runs out of paper at 11:00; a new roll goes in at 11:20.
    if (m === fault.from) day.peer.status = { answers: PAPER_OUT };
    if (m === fault.to) {
      day.peer.status = { answers: READY };
      await until(() => day.head.view!.devices.printer.state === 'ok', 5000, () => `the printer recovered (${day.head.view!.devices.printer.state})`);
      await until(() => !day.d.alerts.open().some((a) => a.kind === 'printer'), 5000, () => 'the printer alert ended');
    }
    const before = ledger.tickets.size;
    for (const v of visitors.filter((x) => x.minute === m)) await day.issueByProtocol(v.directionId, v.priority);
    for (const b of day.bookings.filter((x) => x.comes && !x.byScreen && x.at - 10 * MINUTE === day.at(hhmm(m)))) await day.checkInByProtocol(b.code, b.directionId);
    const sv = screenVisitors.get(m);
    if (sv) {
      const label = await day.atKioskScreen(sv);
      const k = day.pages.kiosk;
      if (m >= fault.from && m < fault.to) {
        // The paper is out: the screen keeps the number and says what to do, in the office language.
        const failed = await (await k.waitForSelector('kiosk-app >> .print.failed')).textContent();
        assert.match(failed ?? '', day.w.printFailed);
        assert.match(failed ?? '', label);
        failedAtScreen.push(label);
        await until(() => day.head.view!.devices.printer.state === 'failed', 5000, () => 'the head sees the printer failed');
        assert.ok(day.d.alerts.open().some((a) => a.kind === 'printer'), 'the head of the service is alerted');
        await k.screenshot({ path: `${SHOTS}${day.lang}-printer-fault-kiosk.png` });
      } else {
        await k.waitForSelector(`kiosk-app >> text=${day.w.printed}`);
      }
      await k.locator('kiosk-app >> .done').click();
    }
    const booked = day.bookings.find((x) => x.byScreen && x.at - 10 * MINUTE === day.at(hhmm(m)));
    if (booked) {
      await day.atKioskScreen({ code: booked.code, directionId: booked.directionId });
      await day.pages.kiosk.locator('kiosk-app >> .done').click();
    }
    if (m >= fault.from && m < fault.to) labelsInFault.push(...[...ledger.tickets.keys()].slice(before));

    // Panel 2 on screen: at 10:40 the specialist calls the next visitor with the mouse, starts, and types
    // the card; at 11:00 the panel is closed and opened again; at 11:10 she saves the card and finishes.
    const b2 = day.booths[1]!;
    if (m === toMinute('10:36')) b2.handOver = true;
    if (b2.handOver && !b2.current && !day.card && m >= toMinute('10:40')) await serveOnScreen(day, m);
    if (m === toMinute('11:01') && day.card) {
      await day.pages.panel2.close();
      day.pages.panel2 = await day.panel(2);
      const name = day.pages.panel2.locator('panel-app >> operator-view >> visit-card >> [name="fullName"]');
      await until(async () => (await name.inputValue().catch(() => '')) === day.card!.fullName, 5000, () => 'the typed card came back in the reopened panel');
    }
    if (m === toMinute('11:10') && day.card) await finishOnScreen(day);

    for (const b of day.booths) await day.boothMinute(b, m);
    if (m % 15 === 0) await day.syncPages();
    if (m > CLOSE && [...ledger.tickets.values()].every((t) => t.state === 'done' || t.state === 'no-show')) break;
  }

  assert.ok(day.cardChecks >= 1 && day.cardServed, `a card was typed on screen, found at an hour check (${day.cardChecks}) and saved with its visit (${day.cardServed})`);
  const saved = day.d.service.store.db.get<{ body: string }>('SELECT body FROM appeals WHERE ticket_id = (SELECT id FROM tickets WHERE label = ?)', [day.cardServed!]);
  assert.ok(saved?.body.includes(day.lang === 'uk' ? 'Ґалаґан' : 'Доржиев'), 'the card typed on screen was saved');
  // Every print during the fault failed and was told; every other ticket came out of the printer.
  const failedPrints = day.printNotices.filter((n) => n.kind === 'print' && !n.ok).map((n) => (n as { label: string }).label);
  const failedProtocol = labelsInFault.filter((l) => !failedAtScreen.includes(l));
  assert.equal(failedPrints.sort(), failedProtocol.sort(), 'the kiosk was told of every ticket the printer could not print');
  const jobs = day.peer.jobs.map((j) => decodeEscPos(j));
  const printedLabels = jobs.map((j) => j.lines.find((l) => l.width > 1 && /^[А-ЯЇІЄҐ]\d{3}$/.test(l.text))?.text);
  const notPrinted = [...ledger.tickets.keys()].filter((l) => !printedLabels.includes(l));
  assert.equal(notPrinted.sort(), [...failedProtocol, ...failedAtScreen].sort(), 'every ticket outside the fault was printed');
  assert.is(jobs.length, ledger.tickets.size - notPrinted.length, 'each ticket printed once');

  // The head ends the day; her statistics equal what was done.
  await day.head.request('closeDay', {});
  const { report } = await day.head.request('stats', { from: DAY, to: DAY });
  const all = ledger.figures();
  const totals = report.totals;
  assert.equal({ tickets: totals.tickets, served: totals.served, noShows: totals.noShows, unserved: totals.unserved, booked: totals.booked, walkIn: totals.walkIn }, all, 'the day\'s totals');
  const byDirection = report.tables.find((t) => t.id === 'byDirection')!;
  for (const dir of DIRECTIONS) {
    const row = byDirection.rows.find((r) => r[0] === dir)!;
    const f = ledger.figures(dir);
    assert.equal(row.slice(1, 6), [f.tickets, f.served, f.noShows, f.booked, f.walkIn], `the figures of ${dir}`);
  }

  // …and so does the statistics view on her panel.
  await day.syncPages();
  const headPage = await signIn(day.browser, `${day.d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', clockAt: day.time.now() });
  await headPage.click('panel-app >> supervisor-view >> #tab-stats');
  await headPage.waitForSelector('panel-app >> stats-view >> [data-table="byDirection"] >> tr >> nth=1');
  const rows = await headPage.locator('panel-app >> stats-view >> [data-table="byDirection"] >> tr').allInnerTexts();
  for (const dir of DIRECTIONS) {
    const name = day.d.service.config.directions.find((x) => x.id === dir)!.name[day.lang]!;
    const f = ledger.figures(dir);
    const row = rows.find((r) => r.startsWith(name));
    assert.ok(row, `the panel lists ${name}: ${rows.join(' | ')}`);
    assert.equal(row!.split('\t').slice(1, 6), [f.tickets, f.served, f.noShows, f.booked, f.walkIn].map(String), `the panel's figures of ${dir}`);
  }
  await headPage.screenshot({ path: `${SHOTS}${day.lang}-stats-head.png`, fullPage: true });
  await headPage.close();
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = `${day.lang} office day: ${all.tickets} tickets (${all.served} served, ${all.noShows} no-shows, ${all.booked} booked, ${all.unserved} unserved), ${ledger.refused} refused near closing, ${failedPrints.length + failedAtScreen.length} unprinted in the printer fault, ${seconds} s`;
  return { seconds, jobs, all, failedPrints, refused: ledger.refused, summary };
}

/** Panel 2 calls with the mouse, starts with Alt+S, and types the visitor's card. */
async function serveOnScreen(day: OfficeDay, m: number) {
  await day.syncPages();
  const page = day.pages.panel2;
  await page.click('panel-app >> operator-view >> #call-next');
  const label = (await (await page.waitForSelector('panel-app >> operator-view >> #current-label')).textContent())!.trim();
  const ticket = day.d.service.state.booths[2]!.ticketId!;
  day.ledger.called(label, 2, day.d.service.state.tickets.get(ticket)!.calledAt!);
  await page.keyboard.press('Alt+KeyS');
  await until(() => day.d.service.state.tickets.get(ticket)!.state === 'serving', 5000, () => 'started from the panel');
  day.ledger.started(label);
  day.booths[1]!.current = { label, directionId: day.ledger.get(label).directionId, phase: 'serving', since: m };
  day.booths[1]!.byScreen = true;
  const card = day.lang === 'uk' ? { label, fullName: 'Ґалаґан Євгенія Їжакова', passport: 'КВ 123456' } : { label, fullName: 'Доржиев Баир Цыренович', passport: '8110 123456' };
  await page.fill('panel-app >> operator-view >> visit-card >> [name="fullName"]', card.fullName);
  await page.fill('panel-app >> operator-view >> visit-card >> [name="passport"]', card.passport);
  // The draft reaches the daemon half a second of page time after the typing stops.
  await page.clock.runFor(1000);
  await until(() => day.d.service.store.db.get<{ body: string }>('SELECT body FROM card_drafts WHERE ticket_id = ?', [ticket])?.body.includes(card.passport), 5000, () => 'the draft saved');
  day.card = card;
}

async function finishOnScreen(day: OfficeDay) {
  await day.syncPages();
  const page = day.pages.panel2;
  const label = day.card!.label;
  await page.selectOption('panel-app >> operator-view >> visit-card >> [name="result"]', 'accepted');
  await page.click('panel-app >> operator-view >> visit-card >> #save-card');
  await page.waitForSelector('panel-app >> operator-view >> visit-card >> #saved-note');
  await page.click('panel-app >> operator-view >> #finish');
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  day.ledger.finished(label);
  day.card = null;
  day.booths[1]!.current = null;
  day.booths[1]!.byScreen = false;
  day.booths[1]!.handOver = false;
  day.cardServed = label;
}

