// The ticket printer against a real TCP peer standing in for a network printer: the bytes it receives
// are decoded as a printer would read them, and its faults reach the caller as clear errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createPrinter, PrinterError, renderTicket, renderTicketText, type PrinterConfig, type TicketPrint, type UsbDevice } from '../../hardware/src/index.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { COVER_OPEN, FakePrinter, PAPER_OUT, READY } from '../helpers/fake-printer.ts';

const ticket: TicketPrint = {
  office: { name: 'Клиентская служба филиала ЦСПН по Селенгинскому району', address: 'г. Гусиноозёрск, ул. Пушкина, 12', phones: ['+7 (30145) 4-12-34', '+7 (30145) 4-56-78'] },
  label: 'Д105', directionName: 'Сдача документов', issuedDate: '24.11.2026', issuedTime: '09:07',
  ahead: 4, waitMinutes: 35, qr: 'http://queue.local/t/Д105',
};
const layout = { codePage: 'cp866' as const, codePageNumber: 17, widthChars: 42, timeoutMs: 2000 };
const network = (port: number, extra: Partial<PrinterConfig> = {}): PrinterConfig => ({ ...layout, transport: 'network', host: '127.0.0.1', port, ...extra } as PrinterConfig);
const all = (job: ReturnType<typeof decodeEscPos>) => job.lines.map((l) => l.text).join('\n');

test('every field of the ticket reaches the printer in CP866, the number in double size, then a cut', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter(network(peer.port));
  await printer.print(ticket);
  await peer.close();
  assert.is(peer.jobs.length, 1);
  const job = decodeEscPos(peer.jobs[0]!);
  assert.ok(job.initialized && job.kanjiCancelled, 'ESC @ and FS . come first');
  assert.is(job.codePageNumber, 17);
  const text = all(job);
  assert.match(text, 'Клиентская служба филиала ЦСПН по');
  assert.match(text, 'Селенгинскому району');
  assert.match(text, 'г. Гусиноозёрск, ул. Пушкина, 12');
  const number = job.lines.find((l) => l.text === 'Д105')!;
  assert.ok(number, 'the number is on a line of its own');
  assert.equal([number.width, number.height, number.bold, number.align], [2, 2, true, 'center']);
  assert.ok(job.lines.some((l) => l.text === 'Сдача документов' && l.bold));
  assert.match(text, 'Дата: 24.11.2026   Время: 09:07');
  assert.match(text, 'Перед вами: 4 чел.');
  assert.match(text, 'Ожидание: около 35 мин');
  // A phone number is never broken over two lines: the second one moves down whole.
  assert.ok(job.lines.some((l) => l.text === 'Телефоны: +7 (30145) 4-12-34,'), text);
  assert.ok(job.lines.some((l) => l.text === '+7 (30145) 4-56-78'), text);
  assert.equal(job.qr, ['http://queue.local/t/Д105']);
  assert.is(job.cuts, 1);
  assert.ok(job.lines.every((l) => l.width === 1 || l.text === 'Д105'), 'only the number is enlarged');
  assert.is(printer.state.state, 'ok');
});

test('a large-type ticket (the kiosk\'s accessible mode): the number four times the size, the service and the wait twice, every line within the paper', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter(network(peer.port));
  await printer.print({ ...ticket, large: true, directionName: 'Выдача справок о составе семьи и доходах' });
  await peer.close();
  const job = decodeEscPos(peer.jobs[0]!);
  const number = job.lines.find((l) => l.text === 'Д105')!;
  assert.equal([number.width, number.height, number.bold], [4, 4, true]);
  const doubled = job.lines.filter((l) => l.width === 2 && l.height === 2).map((l) => l.text);
  assert.ok(doubled.includes('Талон'), doubled.join(' | '));
  assert.ok(doubled.some((t) => t.startsWith('Выдача справок')), 'the service in double size');
  assert.ok(doubled.some((t) => t.includes('4')), 'the people ahead in double size');
  // Every line fits the 42 columns at its own size: no word of the service runs off the paper.
  for (const l of job.lines) assert.ok(l.text.length * l.width <= 42, `"${l.text}" × ${l.width} is wider than the paper`);
  assert.match(all(job), 'доходах');
  // The ordinary ticket is unchanged: the number twice the size, the rest ordinary.
  const plain = decodeEscPos(renderTicket(ticket, layout));
  assert.equal(plain.lines.filter((l) => l.width > 1).map((l) => l.text), ['Д105']);
});

test('Windows-1251 is used when configured, with its own ESC t number', () => {
  const bytes = renderTicket(ticket, { ...layout, codePage: 'cp1251', codePageNumber: 46 });
  const job = decodeEscPos(bytes);
  assert.is(job.codePageNumber, 46);
  assert.ok(job.lines.some((l) => l.text === 'Д105'));
  assert.ok(bytes.includes(Buffer.from([0xc4, 0x31, 0x30, 0x35])), '"Д105" as Windows-1251 bytes');
});

test('letters a Russian page lacks are replaced rather than printed as garbage', () => {
  const uk = { ...ticket, directionName: 'Подання документів «швидко»', office: { ...ticket.office, name: 'Відділ соцзахисту' } };
  const job = decodeEscPos(renderTicket(uk, layout));
  assert.match(all(job), 'Подання документiв "швидко"');
  assert.match(all(job), 'Вiддiл соцзахисту');
});

test('the simulator keeps each ticket\'s bytes and a readable rendering', async () => {
  const printer = createPrinter({ ...layout, transport: 'simulated' });
  await printer.print(ticket);
  assert.is(printer.printed.length, 1);
  assert.is(printer.printed[0]!.bytes.length > 100, true);
  assert.match(printer.printed[0]!.text, 'Д 1 0 5');
  assert.is(printer.state.state, 'simulated');
  assert.match(renderTicketText(ticket), 'Сдача документов');
});

test('paper out and cover open are read from the printer\'s status and reported as such', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter(network(peer.port));
  peer.status = { answers: PAPER_OUT };
  const e1 = await printer.print(ticket).catch((e) => e);
  assert.instance(e1, PrinterError);
  assert.is(e1.code, 'PAPER_OUT');
  assert.is(printer.state.state, 'failed');
  assert.match(printer.state.detail!, 'закончилась бумага');
  peer.status = { answers: COVER_OPEN };
  assert.is((await printer.print(ticket).catch((e) => e)).code, 'COVER_OPEN');
  assert.is(peer.jobs.length, 0, 'nothing is sent to a printer that cannot print');
  peer.status = { answers: null };
  const outcome = await printer.print(ticket);
  assert.is(peer.jobs.length, 1, 'a printer that does not answer status queries still gets the ticket');
  // …but whether it printed is not known: "status unknown", not "printed".
  assert.equal(outcome, { confirmed: false });
  assert.is(printer.state.state, 'unknown');
  assert.is(printer.state.blind, true);
  assert.match(printer.state.detail!, 'статус неизвестен');
  peer.status = { answers: READY };
  assert.equal(await printer.print(ticket), { confirmed: true });
  assert.equal([printer.state.state, printer.state.blind], ['ok', undefined], 'and the state recovers');
  await peer.close();
});

test('a printer that is switched off, or hangs, fails within the time-out', async () => {
  const probe = createServer();
  const port = await new Promise<number>((r) => probe.listen(0, '127.0.0.1', () => r((probe.address() as { port: number }).port)));
  await new Promise<void>((r) => probe.close(() => r()));
  const off = createPrinter(network(port));
  assert.is((await off.print(ticket).catch((e) => e)).code, 'UNREACHABLE');
  const peer = await new FakePrinter().listen();
  peer.status = { answers: null, hang: true };
  const hung = createPrinter(network(peer.port, { timeoutMs: 400 }));
  const started = Date.now();
  const e = await hung.print(ticket).catch((err) => err);
  assert.is(e.code, 'TIMEOUT');
  assert.ok(Date.now() - started < 2000);
  await peer.close();
});

test('paper near its end is read from DLE EOT 4 and reported before the roll runs out', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter(network(peer.port));
  peer.status = { answers: [0x12, 0x12, 0x1e] };
  assert.equal(await printer.print(ticket), { confirmed: true });
  assert.equal([printer.state.state, printer.state.paper], ['ok', 'low']);
  peer.status = { answers: READY };
  await printer.print(ticket);
  assert.equal([printer.state.state, printer.state.paper], ['ok', 'ok']);
  assert.is(peer.jobs.length, 2, 'a low roll still prints');
  await peer.close();
});

test('a stalled printer costs one time-out, not one per job, and recovers by itself when it answers again', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: READY, hang: true };
  const printer = createPrinter(network(peer.port, { timeoutMs: 400, recheckMs: 150 }));
  const started = Date.now();
  const failures = await Promise.all([1, 2, 3, 4].map((n) => printer.print({ ...ticket, label: `Д10${n}` }).then(() => null, (e) => [e.code, Date.now() - started])));
  assert.equal(failures.map((f) => f![0]), ['TIMEOUT', 'TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
  assert.ok(failures.every((f) => (f![1] as number) < 900), `each citizen knows within one time-out: ${failures.map((f) => f![1]).join(', ')} ms`);
  assert.is(printer.state.state, 'failed');
  const states: string[] = [];
  printer.onState((s) => states.push(s.state));
  peer.status = { answers: READY };
  const until = Date.now() + 3000;
  while (printer.state.state !== 'ok' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  assert.is(printer.state.state, 'ok', 'rechecked without a job');
  assert.is(peer.jobs.length, 0, 'the recheck prints nothing');
  assert.ok(states.includes('ok'));
  await printer.print(ticket);
  assert.is(peer.jobs.length, 1);
  printer.close();
  await peer.close();
});

test('jobs are printed one after another, in order', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter(network(peer.port));
  await Promise.all(['Д105', 'Д106', 'С100'].map((label) => printer.print({ ...ticket, label })));
  await peer.close();
  assert.equal(peer.jobs.map((j) => decodeEscPos(j).lines.find((l) => l.width === 2)!.text), ['Д105', 'Д106', 'С100']);
});

test('the USB transport opens, writes and closes the device, and reports a missing printer', async () => {
  const written: Buffer[] = [];
  const calls: string[] = [];
  const device: UsbDevice = {
    open: (cb) => { calls.push('open'); cb(null); },
    write: (data, cb) => { calls.push('write'); written.push(data); cb(null); },
    close: (cb) => { calls.push('close'); cb?.(null); },
  };
  const printer = createPrinter({ ...layout, transport: 'usb', vendorId: 0x0416, productId: 0x5011 }, async (vid, pid) => {
    assert.equal([vid, pid], [0x0416, 0x5011]);
    return device;
  });
  await printer.print(ticket);
  assert.equal(calls, ['open', 'write', 'close']);
  assert.ok(decodeEscPos(written[0]!).lines.some((l) => l.text === 'Д105'));
  const missing = createPrinter({ ...layout, transport: 'usb' }, async () => { throw new Error('Can not find printer'); });
  const e = await missing.print(ticket).catch((err) => err);
  assert.is(e.code, 'UNREACHABLE');
  assert.match(e.message, 'Can not find printer');
});

test('the real escpos-usb adapter loads with the pinned usb module', async () => {
  const { default: USB } = await import('escpos-usb');
  assert.type(USB, 'function');
  assert.type(USB.findPrinter, 'function');
  assert.ok(Array.isArray(USB.findPrinter()), 'lists USB printers (none here) instead of throwing');
});

test('the serial transport writes to the device file and reports an unplugged one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'serial-'));
  const fifo = join(dir, 'ttyUSB0');
  execFileSync('mkfifo', [fifo]);
  const received: Buffer[] = [];
  const reading = new Promise<void>((resolve) => createReadStream(fifo).on('data', (d) => received.push(d as Buffer)).on('end', () => resolve()));
  await createPrinter({ ...layout, transport: 'serial', path: fifo }).print(ticket);
  await reading;
  assert.ok(decodeEscPos(Buffer.concat(received)).lines.some((l) => l.text === 'Д105'));
  const gone = await createPrinter({ ...layout, transport: 'serial', path: join(dir, 'ttyUSB9') }).print(ticket).catch((e) => e);
  assert.is(gone.code, 'UNREACHABLE');
  assert.match(gone.message, 'unplugged');
  await rm(dir, { recursive: true, force: true });
});

test.run();
