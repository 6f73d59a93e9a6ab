// The baseline the daemon is measured against: a plain ws server that does the least the job needs —
// one better-sqlite3 insert with the same durability pragmas, then a broadcast to every client (and a reply).
import { WebSocketServer, type WebSocket } from 'ws';
import Database from 'better-sqlite3';

const file = process.argv[2]!;
const db = new Database(file);
db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, at INTEGER, body TEXT)');
const insert = db.prepare('INSERT INTO t (at, body) VALUES (?, ?)');
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const clients = new Set<WebSocket>();
wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    insert.run(Date.now(), data.toString());
    // Like the daemon, a call and an issue both reach every screen; an issue is also answered.
    if (msg.type === 'issue') ws.send(JSON.stringify({ type: 'result', id: msg.id }));
    const frame = JSON.stringify({ type: 'event', n: msg.n ?? -1 });
    for (const c of clients) c.send(frame);
  });
});
wss.on('listening', () => console.log(`baseline listening ${(wss.address() as { port: number }).port}`));
