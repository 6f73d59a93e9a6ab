// A day of ten thousand tickets: a command copies what it changes, not the day. The state stays immutable
// for whoever holds it, and the tickets the command did not touch are the very same objects.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Office, at, officeConfig } from '../helpers/office.ts';

/** A late afternoon after 10,000 citizens were served, booths 1 and 2 open, a few still waiting. */
function bigDay(): Office {
  const office = new Office(officeConfig((c) => (c.schedule = { ...c.schedule, alwaysOpen: true })), at('2026-11-24', '08:00'));
  office.open(1);
  office.open(2);
  const directions = office.state.booths[1]!.directions;
  for (let i = 0; i < 10_000; i++) {
    office.do({ type: 'issue', directionId: directions[i % directions.length]! });
    office.do({ type: 'callNext', booth: 1 });
    office.do({ type: 'finish', booth: 1, result: 'explained' });
    if (i % 100 === 0) office.now += 60_000;
  }
  for (let i = 0; i < 5; i++) office.do({ type: 'issue', directionId: directions[0]! });
  return office;
}

const day = bigDay();

test('on a day of 10,000 tickets, issuing, calling and finishing copy a bounded handful of entries', () => {
  const office = new Office(day.config, day.now);
  office.state = day.state;
  assert.is(office.state.tickets.size, 10_005);
  const directionId = office.state.booths[1]!.directions[0]!;
  for (const cmd of [
    { type: 'issue', directionId } as const,
    { type: 'callNext', booth: 2 } as const,
    { type: 'start', booth: 2 } as const,
    { type: 'finish', booth: 2, result: 'explained' } as const,
  ]) {
    const before = office.state;
    const d = office.do(cmd);
    const changed = new Set(d.events.flatMap((e) => (e.type === 'ticket' ? [e.ticket.id] : [])));
    assert.is(changed.size, 1, cmd.type);
    // The old state is as it was, and every ticket the command did not touch is the same object.
    for (const t of before.tickets.values()) {
      if (changed.has(t.id)) assert.is.not(d.state.tickets.get(t.id), t, `${cmd.type}: the changed ticket is a new object`);
      else if (d.state.tickets.get(t.id) !== t) assert.unreachable(`${cmd.type}: ticket ${t.label} was copied`);
    }
    const copied = d.state.tickets.copiedFrom(before.tickets);
    assert.ok(copied <= 200, `${cmd.type} copied ${copied} entries; a command must not copy the day`);
  }
});

test('on a big day the tickets still in the office are those the line is made of', () => {
  const office = day;
  const directionId = office.state.booths[1]!.directions[0]!;
  const waiting = [...office.state.tickets.waiting(directionId)].map((t) => t.label).sort();
  assert.is(waiting.length, 5);
  assert.equal([...office.state.tickets.open()].map((t) => t.label).sort(), waiting);
  assert.is(office.callNext(2), waiting[0], 'the one who came first is called first');
  assert.equal([...office.state.tickets.waiting(directionId)].map((t) => t.label).sort(), waiting.slice(1));
});

test.run();
