// The daemon's printer in an office: the paper in the office language, a stalled printer that fails later
// tickets at once and recovers by itself, a printer that cannot report its status, and a roll running out.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Notice } from '../../queue-core/src/protocol/index.ts';
import { minutesText } from '../../queue-core/src/ui/format.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { FakePrinter, READY } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';

const printerAt = (port: number, extra: Record<string, unknown> = {}) => (c: any) => {
  c.hardware.printer = { transport: 'network', host: '127.0.0.1', port, timeoutMs: 600, ...extra };
};

test('a Ukrainian office prints Ukrainian words and names in a page that holds І Ї Є Ґ, the wait as the kiosk says it', async () => {
  const peer = await new FakePrinter().listen();
  const d = await testDaemon({ config: demo((c) => {
    printerAt(peer.port)(c);
    c.office.language = 'uk';
    c.office.address = 'м. Рівне, вул. Ґудзя, 5';
    c.directions.find((x: any) => x.id === 'documents').serviceMinutes = 240;
  }) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const issued = [];
  for (let i = 0; i < 3; i++) issued.push(await kiosk.request('issue', { directionId: 'documents', priority: i === 0 ? 'disabled' : undefined }));
  await until(() => peer.jobs.length === 3);
  const jobs = peer.jobs.map((j) => decodeEscPos(j));
  assert.is(jobs[0]!.codePageNumber, 46, 'Windows-1251, the default page of a Ukrainian office');
  const first = jobs[0]!.lines.map((l) => l.text);
  for (const line of ['Подання документів', 'Пільга: Інвалідність', 'м. Рівне, вул. Ґудзя, 5', 'Очікуйте виклику на табло']) assert.ok(first.includes(line), `"${line}" in\n${first.join('\n')}`);
  assert.not.ok(first.some((l) => /Ожидайте|Сдача документов|Инвалидность/.test(l)), 'no Russian on the paper');
  const long = issued.findIndex((r) => r.waitMinutes >= 60);
  assert.ok(long >= 0, `a wait of an hour or more: ${issued.map((r) => r.waitMinutes)}`);
  const waitLine = jobs[long]!.lines.find((l) => l.text.startsWith('Очікування'))!.text;
  assert.is(waitLine, `Очікування: близько ${minutesText(issued[long]!.waitMinutes, 'uk')}`, 'the kiosk\'s wording');
  assert.match(waitLine, 'год');
  kiosk.close();
  await d.stop();
  await peer.close();
});

test('a life situation\'s ticket names the situation the citizen chose and its steps, in Russian and in Ukrainian, also on a reprint at step 2', async () => {
  const expected = {
    ru: ['Рождение ребёнка', 'Один талон на все шаги:', '1. Сдача документов', '2. Выдача справок (кабина 3)', '3. Консультация'],
    uk: ['Народження дитини', 'Один талон на всі кроки:', '1. Подання документів', '2. Видача довідок (кабіна 3)', '3. Консультація'],
  } as const;
  for (const language of ['ru', 'uk'] as const) {
    const peer = await new FakePrinter().listen();
    const d = await testDaemon({ config: demo((c) => { printerAt(peer.port)(c); c.office.language = language; }) });
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const { ticket } = await kiosk.request('issue', { directionId: 'birth' });
    await until(() => peer.jobs.length === 1);
    const lines = decodeEscPos(peer.jobs[0]!).lines;
    const texts = lines.map((l) => l.text);
    const number = texts.indexOf('Р100');
    assert.ok(number > 0, `the number in\n${texts.join('\n')}`);
    // Under the number: the situation in bold, then its steps in order, before the date.
    assert.equal(texts.slice(number + 1, number + 6), [...expected[language]], `${language}:\n${texts.join('\n')}`);
    assert.ok(lines[number + 1]!.bold, 'the situation\'s name is bold as a direction\'s is');
    assert.not.ok(texts.includes(expected[language][2].slice(3)), 'the first step is not printed as the chosen service');

    // Sent on to step 2 at booth 3 and reprinted there: still the situation, not the certificates' line.
    const four = await ready(client(d, { role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }));
    await four.request('callNext', {});
    await four.request('finish', { result: 'accepted' });
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    await head.request('reprint', { ticketId: ticket.id });
    await until(() => peer.jobs.length === 2);
    const again = decodeEscPos(peer.jobs[1]!).lines.map((l) => l.text);
    assert.equal(again.slice(again.indexOf('Р100') + 1, again.indexOf('Р100') + 6), [...expected[language]], `reprint, ${language}:\n${again.join('\n')}`);
    for (const c of [kiosk, four, head]) c.close();
    await d.stop();
    await peer.close();
  }
});

test('a stalled printer: later tickets fail at once, the head is alerted, and it recovers by itself', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: READY, hang: true };
  const d = await testDaemon({ config: demo(printerAt(peer.port, { recheckMs: 200 })) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const notices: [number, Notice][] = [];
  kiosk.onNotice((n) => notices.push([Date.now(), n]));
  const started = Date.now();
  for (let i = 0; i < 4; i++) await kiosk.request('issue', { directionId: 'consultation' });
  await until(() => notices.filter(([, n]) => n.kind === 'print').length === 4, 5000);
  const prints = notices.filter(([, n]) => n.kind === 'print');
  assert.ok(prints.every(([, n]) => n.kind === 'print' && !n.ok), 'each kiosk screen is told the printer is not working');
  const last = Math.max(...prints.map(([at]) => at - started));
  assert.ok(last < 1500, `the fourth citizen knows within one time-out, not four: ${last} ms`);
  await until(() => d.alerts.open().some((a) => a.kind === 'printer'));
  peer.status = { answers: READY };
  await until(() => head.view!.devices.printer.state === 'ok', 5000);
  await until(() => !d.alerts.open().some((a) => a.kind === 'printer'), 5000);
  assert.is(peer.jobs.length, 0, 'the recheck printed nothing');
  kiosk.close();
  head.close();
  await d.stop();
  await peer.close();
});

test('a printer that never answers DLE EOT: "status unknown" to the kiosk and an alert for the head', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: null };
  const d = await testDaemon({ config: demo(printerAt(peer.port, { timeoutMs: 2000 })) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const notices: Notice[] = [];
  kiosk.onNotice((n) => notices.push(n));
  const issued = await kiosk.request('issue', { directionId: 'documents' });
  const printed = await until(() => notices.find((n) => n.kind === 'print'));
  assert.equal(printed, { kind: 'print', ticketId: issued.ticket.id, label: 'Д100', ok: true, status: 'unknown' });
  const alert = await until(() => d.alerts.open().find((a) => a.kind === 'printer-no-status'));
  assert.match(alert.message, 'конец бумаги и открытую крышку обнаружить нельзя');
  const health = (await (await fetch(`${d.url}/healthz`)).json()) as any;
  assert.equal([health.printer.state, health.printer.blind], ['unknown', true]);
  kiosk.close();
  await d.stop();
  await peer.close();
});

test('paper near its end warns the head before the roll runs out, and the warning ends with a new roll', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: [0x12, 0x12, 0x1e] };
  const d = await testDaemon({ config: demo((c) => { printerAt(peer.port)(c); c.office.language = 'en'; }) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  const alert = await until(() => d.alerts.open().find((a) => a.kind === 'printer-paper-low'));
  assert.is(alert.message, 'The ticket printer is running low on paper: have a new roll ready');
  assert.is(alert.severity, 'warning');
  peer.status = { answers: READY };
  await kiosk.request('issue', { directionId: 'documents' });
  await until(() => !d.alerts.open().some((a) => a.kind === 'printer-paper-low'));
  kiosk.close();
  await d.stop();
  await peer.close();
});

test.run();
