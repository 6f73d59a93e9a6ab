// An example intake app: what an outside team writes against docs/protocol.md, using nothing but a
// WebSocket and JSON (no code of this repository). It signs in with the integration token, hears every
// call, writes a visitor card for a call, reads it back with the citizen's earlier visits, lists the
// deadlines and prints this month's totals.
//
//   npm start                      # the demo daemon, in another terminal
//   npm run intake-example         # listens for calls until Ctrl+C
//   npm run intake-example -- --url ws://127.0.0.1:8080/ws --token demo-intake-token-0123456789 --staff ivanova --exit
import WebSocket from 'ws';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const url = arg('url', process.env.QUEUE_WS ?? 'ws://127.0.0.1:8080/ws');
const token = arg('token', process.env.QUEUE_TOKEN ?? 'demo-intake-token-0123456789');
const staffId = arg('staff', 'ivanova');
const exitAfterDemo = process.argv.includes('--exit');

const ws = new WebSocket(url);
let nextId = 1;
let snapshot: any = null;
const pending = new Map<number, { resolve: (data: any) => void; reject: (e: Error) => void }>();

/** Sends a request and waits for the answer with the same id. */
function request(type: string, body: Record<string, unknown> = {}): Promise<any> {
  const id = nextId++;
  ws.send(JSON.stringify({ id, type, ...body }));
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

ws.on('message', (raw) => {
  const msg = JSON.parse(raw.toString());
  if (msg.type === 'result' || msg.type === 'error') {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'result') p?.resolve(msg.data);
    else p ? p.reject(new Error(`${msg.error.code}: ${msg.error.message}`)) : console.error(`error: ${msg.error.code}: ${msg.error.message}`);
  } else if (msg.type === 'snapshot') {
    snapshot = msg.snapshot;
  } else if (msg.type === 'update') {
    for (const { seq, event } of msg.events) {
      if (event.type === 'ticket' && event.action === 'called') console.log(`#${seq} call: ticket ${event.ticket.label} to booth ${event.ticket.booth} (${event.ticket.staffId})`);
    }
  }
});

ws.on('error', (e) => {
  console.error(`cannot reach the queue at ${url}: ${e.message}. Is the daemon running (npm start)?`);
  process.exit(1);
});

ws.on('open', async () => {
  try {
    const hello = await request('hello', { protocol: 1, role: 'integration', token, client: 'intake example' });
    console.log(`signed in as ${hello.role}, event sequence at ${hello.seq}`);

    // A card for the latest call of the day, or one without a ticket when nobody has been called yet.
    const called = await latestCall();
    const saved = await request('journalSave', {
      key: `example-${Date.now()}`,
      appeal: {
        ticketId: called ?? null, staffId,
        citizen: { fullName: 'Иванов Иван Иванович', address: 'Иркутск, ул. Ленина, 1', passport: '2500 000001' },
        category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted',
        documents: ['Заявление', 'Паспорт', 'Справка о доходах'],
      },
    });
    console.log(`saved ${saved.appeal.id}${called ? ` for ticket ${saved.appeal.ticketLabel}` : ''}; due ${saved.appeal.dueAt ? new Date(saved.appeal.dueAt).toISOString().slice(0, 10) : '—'}; repeat of ${saved.earlier.length} earlier visit(s)`);

    const got = await request('journalGet', { appealId: saved.appeal.id });
    console.log(`read back: ${got.appeal.citizen.fullName}, ${got.earlier.length} earlier visit(s) on record`);

    const due = await request('journalDue');
    console.log(`deadlines: ${due.overdue.length} overdue, ${due.dueSoon.length} due within two days, ${due.open} open`);

    const today = saved.appeal.day as string;
    const { report } = await request('stats', { from: `${today.slice(0, 8)}01`, to: today });
    console.log(`this month: ${report.totals.tickets} tickets, ${report.totals.appeals} journal records, ${report.totals.repeats} repeats, average wait ${report.totals.avgWaitMin ?? '—'} min`);

    if (exitAfterDemo) {
      ws.close();
      return;
    }
    console.log('listening for calls (Ctrl+C to stop)…');
  } catch (e) {
    console.error((e as Error).message);
    ws.close();
    process.exitCode = 1;
  }
});

/** The ticket most recently called today, from the snapshot the daemon sends right after hello. */
async function latestCall(): Promise<string | undefined> {
  for (let i = 0; i < 100 && !snapshot; i++) await new Promise((r) => setTimeout(r, 20));
  const calls = (snapshot?.tickets ?? []).filter((t: any) => t.calledAt).sort((a: any, b: any) => b.calledAt - a.calledAt);
  return calls[0]?.id;
}
