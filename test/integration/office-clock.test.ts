// The running daemon keeps the office's clock from the system's time zone database and never touches Intl
// in a working day (tickets, printing, calls, bookings, the journal, its papers and statistics): the first
// use of Intl would bring some 8 MB of ICU's locale data into the memory of a Raspberry Pi.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RawPeer, until } from '../helpers/daemon.ts';
import { spawnDaemon, stop } from '../helpers/process.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';

const TRIPWIRE = new URL('../helpers/intl-tripwire.mjs', import.meta.url).pathname;

async function login(ws: string, hello: object): Promise<{ peer: RawPeer; ask: (type: string, fields?: object) => Promise<any> }> {
  const peer = await RawPeer.open(ws);
  let n = 0;
  const ask = async (type: string, fields: object = {}) => {
    const id = `${type}-${n++}`;
    peer.send({ id, type, ...fields });
    const m = await peer.answer(id, 10_000);
    if (m.type === 'error') throw new Error(`${type}: ${m.error.code} ${m.error.message}`);
    return m.type === 'result' ? m.data : null;
  };
  await ask('hello', { protocol: 1, ...hello });
  return { peer, ask };
}

test('a working day in the office clock: local times come out right and Intl is never used', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'office-clock-'));
  const printer = await new FakePrinter().listen();
  const config = structuredClone(demoConfig) as any;
  config.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printer.port };
  config.hardware.voice = { ...config.hardware.voice, engine: 'espeak-ng' };
  await writeFile(join(dataDir, 'office.json'), JSON.stringify(config));
  const daemon = await spawnDaemon(['--config', join(dataDir, 'office.json'), '--data', dataDir], { NODE_OPTIONS: `--import ${TRIPWIRE}` });
  const peers: RawPeer[] = [];
  try {
    const kiosk = await login(daemon.ws, { role: 'kiosk' });
    const op = await login(daemon.ws, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    const consultant = await login(daemon.ws, { role: 'consultant', staffId: 'consultant', pin: '5555' });
    const head = await login(daemon.ws, { role: 'supervisor', staffId: 'head', pin: '9999' });
    peers.push(kiosk.peer, op.peer, consultant.peer, head.peer);

    const issued = await kiosk.ask('issue', { directionId: 'documents' });
    await until(() => kiosk.peer.messages.find((m) => m.type === 'notice' && m.notice.kind === 'print'), 10_000, () => 'the print notice');
    await op.ask('callNext');
    await op.ask('start');
    await op.ask('finish', { result: 'explained' });
    // Irkutsk is UTC+8 all year.
    const local = new Date(issued.ticket.issuedAt + 8 * 3_600_000);
    const day = local.toISOString().slice(0, 10);
    const slots = await consultant.ask('slots', { directionId: 'consultation', day });
    assert.ok(Array.isArray(slots.slots));
    const saved = await op.ask('journalSave', { appeal: { ticketId: issued.ticket.id, citizen: { fullName: 'Петров Пётр Петрович', address: 'ул. Ленина, 1', passport: '2504 123456' }, category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted', documents: ['Заявление'] } });
    const receipt = await op.ask('journalDocument', { appealId: saved.appeal.id, kind: 'receipt' });
    const stats = await head.ask('stats', { from: day, to: day });
    assert.ok(stats, 'statistics were reported');

    const dmy = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
    const paper = decodeEscPos(printer.jobs[0]!).lines.map((l) => l.text);
    assert.ok(paper.includes(`Дата: ${dmy}   Время: ${local.toISOString().slice(11, 16)}`), paper.join('\n'));
    assert.match(JSON.stringify(receipt), `${dmy}, ${new Date(saved.appeal.at + 8 * 3_600_000).toISOString().slice(11, 16)}`, 'the receipt carries the local date and time');
    assert.not.match(daemon.output(), /INTL USED/, daemon.output().split('\n').filter((l) => /INTL|    at /.test(l)).slice(0, 12).join('\n'));
    assert.not.match(daemon.output(), /not in the system's time zone database/);
  } finally {
    for (const p of peers) p.ws.terminate();
    await stop(daemon.child);
    await printer.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test.run();
