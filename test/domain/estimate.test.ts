import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize } from '../../queue-core/src/domain/index.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

test('people ahead and the wait come from the configured service time and the booths on duty', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.open(1);
  office.issue('documents');
  office.issue('documents');
  const third = office.issue('documents');
  assert.is(third.ahead, 2);
  assert.is(third.waitMinutes, 40, '2 × 20 min at one booth');
  office.open(2);
  assert.is(summarize(office.state, office.config, office.now).directions.find((d) => d.id === 'documents')!.waitMinutes, 30, '3 × 20 min over two booths');
});

test('measured service times replace the configured one once there are a few', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.open(1);
  for (let i = 0; i < 3; i++) {
    office.issue('documents');
    office.callNext(1);
    office.do({ type: 'start', booth: 1 });
    office.advance(8);
    office.do({ type: 'finish', booth: 1, result: 'accepted' });
  }
  office.issue('documents');
  assert.is(office.issue('documents').waitMinutes, 8);
});

test('a priority ticket counts only the people who will really be ahead of it', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.issue('documents');
  office.issue('documents');
  assert.is(office.issue('documents', 'disabled').ahead, 0);
});

test('the summary shows waiting counts, the longest wait and why issuing is refused', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.issue('consultation');
  office.advance(25);
  office.issue('consultation');
  const s = summarize(office.state, office.config, office.now);
  const c = s.directions.find((d) => d.id === 'consultation')!;
  assert.is(c.waiting, 2);
  assert.is(c.longestWaitMinutes, 25);
  assert.is(c.refusal, null);
  const late = summarize(office.state, office.config, at('2026-11-24', '17:20'));
  assert.ok(late.directions.every((d) => d.refusal === 'ISSUING_STOPPED'));
});

test.run();
