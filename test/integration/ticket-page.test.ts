// The ticket on the phone against the real daemon: the QR code the printer draws (decoded from the bytes
// a network printer receives) opens the page of that ticket on the guest listener, in the office
// language, with its place in line and nothing of any other ticket; a wrong or expired token gets one
// plain page; guessing is limited per address; the guest listener serves nothing else — no app, no
// health report, no WebSocket.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request } from 'node:http';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { at } from '../helpers/office.ts';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import { problemWords } from '../../queue-core/src/config/problem-words.ts';
import { parseConfigText } from '../../queue-core/src/config/load.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { demoConfig } from '../../queue-core/src/config/demo.ts';

const BASE = 'http://queue.guest.lan:8081/t/';

/** A GET (or another method) with the Host header a phone would send. */
function get(url: string, o: { host?: string; method?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? 'GET', headers: { host: o.host ?? 'queue.guest.lan:8081' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function officeWithPage(o: { language?: 'ru' | 'uk'; clock?: { t: number }; misses?: number } = {}) {
  const printer = await new FakePrinter().listen();
  const config = demo((c) => {
    c.office.language = o.language ?? 'ru';
    c.hardware.voice.enabled = false;
    // cp1251 holds every Ukrainian letter; the demo's texts have them all.
    c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 1500, ...(o.language === 'uk' ? { codePage: 'cp1251' } : {}) };
    c.ticketPage = { baseUrl: BASE };
  });
  const d = await testDaemon({
    config, ticketPagePort: 0, ...(o.clock ? { now: () => o.clock!.t } : {}),
    ...(o.misses ? { guestLimits: { misses: { burst: o.misses, everyMs: 30_000 } } } : {}),
  });
  return { d, printer };
}

/** Issues a ticket at the kiosk and reads the QR code off the printed paper. */
async function issueAndScan(d: TestDaemon, printer: FakePrinter, directionId = 'documents', priority: string | null = null) {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const before = printer.jobs.length;
  const issued = await kiosk.request('issue', { directionId, priority });
  await until(() => printer.jobs.length > before);
  kiosk.close();
  const job = decodeEscPos(printer.jobs[before]!);
  assert.is(job.qr.length, 1, 'one QR code on the ticket');
  return { ticket: issued.ticket, link: job.qr[0]!, job };
}

/** The guest listener's address for a link printed on a ticket (the test reaches it on 127.0.0.1). */
const local = (d: TestDaemon, link: string) => `${d.ticketPage!.url}${new URL(link).pathname}`;

test('the printed QR code opens that ticket\'s page on the guest listener: number, people ahead, wait, and nothing of other tickets', async () => {
  const { d, printer } = await officeWithPage();
  try {
    const first = await issueAndScan(d, printer);
    const mine = await issueAndScan(d, printer);
    assert.match(mine.link, /^http:\/\/queue\.guest\.lan:8081\/t\/[A-Za-z0-9_-]{22}$/);
    assert.is.not(mine.link, first.link);
    assert.ok(mine.job.lines.some((l) => l.text === 'Д101'), 'the QR code is on Д101\'s paper');
    assert.ok(mine.job.lines.map((l) => l.text).join(' ').includes('Очередь в телефоне: наведите камеру на код'), 'a line under the code says what it is for');
    const page = await get(local(d, mine.link));
    assert.is(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.is(page.headers['referrer-policy'], 'no-referrer');
    assert.is(page.headers['cache-control'], 'no-store');
    assert.ok(page.body.includes('<html lang="ru">'));
    assert.ok(page.body.includes('<p id="label">Д101</p>'));
    assert.ok(page.body.includes('Сдача документов'));
    assert.ok(page.body.includes('Перед вами: 1 человек'));
    assert.ok(page.body.includes('Ожидаемое время: около 20\u00a0мин'));
    assert.not.ok(page.body.includes('Д100'), 'no other ticket\'s number');
    const status = JSON.parse((await get(`${local(d, mine.link)}.json`)).body);
    assert.equal(Object.keys(status).sort(), ['ahead', 'booth', 'buzz', 'details', 'headline', 'label', 'state', 'updated', 'valid', 'waitMinutes']);
    assert.equal([status.label, status.state, status.ahead, status.waitMinutes, status.booth], ['Д101', 'waiting', 1, 20, null]);
    assert.is(status.buzz.key, 'near:0');
    // Called: the page says which booth.
    const op = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
    await op.request('callNext', { booth: 3 });
    assert.is(JSON.parse((await get(`${local(d, mine.link)}.json`)).body).ahead, 0);
    await op.request('finish', { booth: 3, result: 'accepted' });
    await op.request('callNext', { booth: 3 });
    const called = JSON.parse((await get(`${local(d, mine.link)}.json`)).body);
    assert.equal([called.state, called.booth, called.headline], ['called', 3, 'Пройдите в кабину 3']);
    op.close();
    // The first ticket's page knows nothing of the second.
    const other = await get(local(d, first.link));
    assert.ok(other.body.includes('Д100') && !other.body.includes('Д101'));
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('a Ukrainian office\'s page is in Ukrainian, and a reprint carries the same link', async () => {
  const { d, printer } = await officeWithPage({ language: 'uk' });
  try {
    const { ticket, link, job } = await issueAndScan(d, printer, 'certificates');
    assert.ok(job.lines.map((l) => l.text).join(' ').includes('Черга в телефоні: наведіть камеру на код'));
    const page = await get(local(d, link));
    assert.ok(page.body.includes('<html lang="uk">'));
    assert.ok(page.body.includes('Ваш талон') && page.body.includes('Видача довідок') && page.body.includes('Перед вами нікого немає'));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    await head.request('reprint', { ticketId: ticket.id });
    head.close();
    assert.equal(decodeEscPos(printer.jobs.at(-1)!).qr, [link]);
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('a wrong, altered or expired token gets the same plain page; the day after, yesterday\'s ticket opens nothing', async () => {
  const clock = { t: at('2026-11-24', '16:00') };
  const { d, printer } = await officeWithPage({ clock });
  try {
    const { link } = await issueAndScan(d, printer);
    const token = new URL(link).pathname.slice(3);
    assert.is((await get(local(d, link))).status, 200);
    const invalid = await get(`${d.ticketPage!.url}/t/AAAAAAAAAAAAAAAAAAAAAA`);
    assert.is(invalid.status, 404);
    assert.ok(invalid.body.includes('Этот талон больше не действителен'));
    const altered = await get(`${d.ticketPage!.url}/t/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    const junk = await get(`${d.ticketPage!.url}/t/%E0%A4%A`);
    assert.equal([altered.status, altered.body, junk.status, junk.body], [404, invalid.body, 404, invalid.body]);
    const json = await get(`${d.ticketPage!.url}/t/AAAAAAAAAAAAAAAAAAAAAA.json`);
    assert.equal([json.status, JSON.parse(json.body).valid], [404, false]);
    // Past midnight, before the daemon has rolled the day over, and after.
    clock.t = at('2026-11-25', '00:00') + 1000;
    const expired = await get(local(d, link));
    assert.equal([expired.status, expired.body], [404, invalid.body]);
    await d.service.execute({ type: 'rollDay' }, { role: 'system' });
    assert.equal((await get(local(d, link))).body, invalid.body);
    const expiredJson = await get(`${local(d, link)}.json`);
    assert.equal([expiredJson.status, JSON.parse(expiredJson.body)], [404, JSON.parse(json.body)]);
    // A ticket of the new day opens.
    clock.t = at('2026-11-25', '09:00');
    const today = await issueAndScan(d, printer);
    assert.is((await get(local(d, today.link))).status, 200);
    assert.is.not(today.link, link);
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('guessing is limited per address: after a few misses even a right token waits, and the limit earns back with time', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const { d, printer } = await officeWithPage({ clock, misses: 3 });
  try {
    const { link } = await issueAndScan(d, printer);
    // What a phone's browser asks by itself with every page is no guess.
    for (let i = 0; i < 5; i++) {
      assert.is((await get(`${d.ticketPage!.url}/favicon.ico`)).status, 404);
      assert.is((await get(`${d.ticketPage!.url}/apple-touch-icon-precomposed.png`)).status, 404);
    }
    assert.is((await get(`${d.ticketPage!.url}/robots.txt`)).body, 'User-agent: *\nDisallow: /\n');
    for (let i = 0; i < 3; i++) assert.is((await get(`${d.ticketPage!.url}/t/guess${i}`)).status, 404);
    const limited = await get(`${d.ticketPage!.url}/t/guess3`);
    assert.is(limited.status, 429);
    assert.ok(limited.body.includes('Слишком много запросов'));
    assert.match(limited.body, '<title>Слишком много запросов</title>', 'titled as what it says, not as an invalid ticket');
    assert.is(limited.headers['retry-after'], '30');
    assert.is((await get(local(d, link))).status, 429, 'the address is held back whatever it asks');
    clock.t += 30_000;
    assert.is((await get(local(d, link))).status, 200);
    // Any request at all is limited too: a flood from one phone.
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await get(`${local(d, link)}.json`)).status);
    assert.ok(statuses.includes(429) && statuses.slice(0, 10).every((s) => s === 200), `statuses ${statuses.join(' ')}`);
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('the guest listener serves the ticket page only: no apps, no health report, no WebSocket, no other host or method', async () => {
  const { d, printer } = await officeWithPage({ misses: 100 });
  try {
    const guest = d.ticketPage!.url;
    assert.is.not(guest, d.url);
    for (const path of ['/', '/kiosk/', '/panel/', '/display/hall', '/healthz', '/protocol/contract.json', '/ws', '/t/']) {
      const r = await get(`${guest}${path}`);
      assert.is(r.status, 404, path);
      assert.not.ok(r.body.includes('<script type="module"'), `${path} serves no app`);
    }
    // The WebSocket the staff and kiosks use does not open on the guest side, as kiosk or as staff.
    for (const origin of [undefined, 'http://queue.guest.lan:8081']) {
      const refused = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`${guest.replace('http', 'ws')}/ws`, { headers: { host: 'queue.guest.lan:8081' }, ...(origin ? { origin } : {}) });
        ws.on('open', () => { ws.close(); resolve('open'); });
        ws.on('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
        ws.on('error', (e) => resolve(`error ${e.message}`));
      });
      assert.not.equal(refused, 'open');
    }
    assert.is((await get(`${guest}/t/x`, { method: 'POST' })).status, 405);
    assert.is((await get(`${guest}/t/x`, { host: 'evil.example:8081' })).status, 421);
    // The staff's port does not answer the guest network's name either.
    assert.is((await get(`${d.url}/kiosk/`, { host: 'queue.guest.lan:8080' })).status, 421);
    // The office's own port still serves the staff as before, and not the ticket page.
    assert.is((await get(`${d.url}/healthz`, { host: '127.0.0.1' })).status, 200);
    const { link } = await issueAndScan(d, printer);
    assert.is((await get(`${d.url}${new URL(link).pathname}`, { host: '127.0.0.1' })).status, 404);
    // The secret stays in the data folder, readable by the daemon's user only.
    assert.is((await stat(join(d.dataDir, 'ticket-page.key'))).mode & 0o077, 0);
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('the secret survives a restart: a ticket printed before it still opens its page', async () => {
  const clock = { t: at('2026-11-24', '11:00') };
  const { d, printer } = await officeWithPage({ clock });
  let again: TestDaemon | null = null;
  try {
    const { link } = await issueAndScan(d, printer);
    const config = d.service.config;
    await d.close();
    again = await testDaemon({ config, ticketPagePort: 0, now: () => clock.t }, d.dataDir);
    const page = await get(local(again, link));
    assert.is(page.status, 200);
    assert.ok(page.body.includes('Д100'));
  } finally {
    await again?.close();
    await printer.close();
    await rm(d.dataDir, { recursive: true, force: true });
  }
});

test('the head switches the page on from the panel: saved, a restart asked for, and after it the paper carries the link', async () => {
  const printer = await new FakePrinter().listen();
  const config = demo((c) => {
    c.hardware.voice.enabled = false;
    c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 1500 };
  });
  const dir = await mkdtemp(join(tmpdir(), 'queue-ticket-page-'));
  const file = join(dir, 'office-config.json');
  const first = await testDaemon({ config, configFile: file }, dir);
  let again: TestDaemon | null = null;
  try {
    assert.is(first.ticketPage, null, 'off by default');
    const head = await ready(client(first, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const edited = structuredClone((await head.request('getConfig', {})).config) as any;
    edited.ticketPage = { baseUrl: BASE };
    assert.equal(await head.request('setConfig', { config: edited }), { savedTo: file, restartNeeded: true });
    head.close();
    const before = await issueAndScan(first, printer).catch((e: Error) => e);
    assert.instance(before, Error, 'no QR code until the restart');
    await first.close();
    again = await testDaemon({ config: parseConfigText(await readFile(file, 'utf8'), file), ticketPagePort: 0 }, dir);
    const { link } = await issueAndScan(again, printer);
    assert.ok(link.startsWith(BASE));
    assert.is((await get(local(again, link))).status, 200);
  } finally {
    await again?.close();
    await printer.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the configuration: off by default; a bad address or a qrUrl beside it is named in words', () => {
  const base = structuredClone(demoConfig) as any;
  const off = validateConfig(base);
  assert.ok(off.ok && off.config.ticketPage === undefined);
  const on = validateConfig({ ...base, ticketPage: { baseUrl: BASE } });
  assert.ok(on.ok);
  assert.equal(on.ok && on.config.ticketPage, { baseUrl: BASE, port: 8081, host: '0.0.0.0', refreshSeconds: 10 });
  const bad = validateConfig({ ...base, ticketPage: { baseUrl: 'queue.guest.lan/t' } });
  assert.ok(!bad.ok);
  assert.equal(!bad.ok && bad.problems, ['ticketPage.baseUrl: expected an address like "http://queue.guest.lan:8081/t/" (http or https, ending in "/t/"), got "queue.guest.lan/t"']);
  assert.is(problemWords(!bad.ok ? bad.problems[0]! : '', 'ru'), 'Талон в телефоне: адрес для QR-кода — нужен адрес вида «http://queue.guest.lan:8081/t/» (http или https, в конце «/t/»)');
  const both = validateConfig({ ...base, ticketPage: { baseUrl: BASE }, hardware: { ...base.hardware, printer: { transport: 'simulated', qrUrl: 'http://x/{ticket}' } } });
  assert.ok(!both.ok);
  assert.is(problemWords(!both.ok ? both.problems[0]! : '', 'uk'), 'Обладнання: принтер, адреса QR-коду — приберіть: коли сторінку талона ввімкнено, QR-код веде на неї');
});

test.run();
