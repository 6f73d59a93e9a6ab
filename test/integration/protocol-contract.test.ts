// The request definitions are the one source: the committed contract (docs/contract/), the request table
// of docs/protocol.md and the client's keyed list must be what they generate, and the daemon serves the
// contract to outside teams.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, generated, stale } from '../../scripts/contract.ts';
import { REQUESTS, REQUEST_TYPES } from '../../queue-core/src/protocol/requests.ts';
import { RESULT_SCHEMAS } from '../../queue-core/src/protocol/results.ts';
import { ALLOWED } from '../../queue-core/src/server/permissions.ts';
import { KEYED } from '../../queue-core/src/protocol/catalogue.ts';
import * as shape from '../../queue-core/src/protocol/shapes.ts';
import { RawPeer, client, ready, testDaemon, until } from '../helpers/daemon.ts';

const test = suite('protocol contract');

test('the committed contract, the request table of docs/protocol.md and the keyed list are what the definitions generate', () => {
  assert.equal(stale(), [], 'run `npm run contract` and commit the result');
});

test('every $ref in the contract and the AsyncAPI document resolves within its own document', () => {
  for (const file of ['docs/contract/contract.json', 'docs/contract/asyncapi.json']) {
    const doc = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as unknown;
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) if (k === '$ref' && typeof v === 'string') refs.push(v); else walk(v);
    };
    walk(doc);
    assert.ok(refs.length > 20, `${file} shares its shapes by $ref`);
    for (const ref of new Set(refs)) {
      assert.ok(ref.startsWith('#/'), `${file}: ${ref} is a pointer into the document`);
      const target = ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[decodeURIComponent(key)], doc);
      assert.ok(target && typeof target === 'object', `${file}: ${ref} resolves`);
    }
  }
});

test('the request table lists every request but hello once, with the roles the daemon enforces', () => {
  const doc = readFileSync(join(ROOT, 'docs/protocol.md'), 'utf8');
  const rows = doc.split('\n').filter((l) => /^\| `\w+` \|/.test(l) && doc.indexOf(l) > doc.indexOf('<!-- requests:start'));
  const table = new Map(rows.map((l) => l.split('|').map((c) => c.trim())).map((c) => [c[1]!.replace(/`/g, ''), c[3]!]));
  for (const type of REQUEST_TYPES.filter((t) => t !== 'hello')) {
    const roles = table.get(type);
    assert.ok(roles, `docs/protocol.md lists ${type}`);
    const listed = roles === 'all' ? Object.keys(ALLOWED) : roles!.split(', ');
    const allowed = Object.entries(ALLOWED).filter(([, set]) => set.has(type)).map(([role]) => role);
    assert.equal(listed.sort(), allowed.sort(), `roles of ${type}`);
    assert.is(KEYED[type], REQUESTS[type].keyed, `key of ${type}`);
  }
});

test('a definition that changes makes the check fail', () => {
  const before = REQUESTS.stats.roles;
  try {
    (REQUESTS.stats as { roles: readonly string[] }).roles = ['supervisor'];
    assert.ok(stale().includes('docs/protocol.md'));
    assert.ok(stale().includes('docs/contract/contract.json'));
  } finally {
    (REQUESTS.stats as { roles: readonly string[] }).roles = before;
  }
  assert.equal(stale(), []);
});

test('the daemon serves the contract and the AsyncAPI document', async () => {
  const d = await testDaemon();
  try {
    for (const name of ['contract.json', 'asyncapi.json']) {
      const res = await fetch(`${d.url}/protocol/${name}`);
      assert.is(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      assert.is(await res.text(), generated()[`docs/contract/${name}`]);
    }
  } finally {
    await d.stop();
  }
});

test('what the daemon really sends fits the contract: snapshots, updates, results and errors', async () => {
  const d = await testDaemon();
  try {
    const hall = await RawPeer.open(d.ws);
    hall.send({ id: 1, type: 'hello', protocol: 1, role: 'display' });
    const integration = await RawPeer.open(d.ws);
    integration.send({ id: 1, type: 'hello', protocol: 1, role: 'integration', token: 'demo-intake-token-0123456789' });
    for (const peer of [hall, integration]) RESULT_SCHEMAS.hello.parse(((await peer.answer(1)) as { data: unknown }).data);
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
    RESULT_SCHEMAS.issue.parse(await kiosk.request('issue', { directionId: 'certificates' }));
    RESULT_SCHEMAS.callNext.parse(await op.request('callNext', {}));
    RESULT_SCHEMAS.breakStart.parse(await op.request('finish', { result: 'accepted' }).then(() => op.request('breakStart', { kind: 'lunch', until: Date.now() + 600_000 })));
    for (const peer of [hall, integration]) {
      const snap = await until(() => peer.messages.find((m) => m.type === 'snapshot'));
      shape.snapshot.parse(snap.type === 'snapshot' && snap.snapshot);
      await until(() => peer.messages.filter((m) => m.type === 'update').length >= 4);
      for (const m of peer.messages) if (m.type === 'update') for (const e of m.events) shape.event.parse(e.event);
    }
    hall.send({ id: 2, type: 'issue', directionId: 'documents', foo: 1 });
    const error = (await hall.answer(2)) as { error: unknown };
    shape.error.parse(error.error);
    for (const c of [kiosk, op]) c.close();
    for (const p of [hall, integration]) p.close();
  } finally {
    await d.stop();
  }
});

test.run();
