// The book of feedback's rules, pure, and its configuration: off by default with 30 days per kind, and a
// wrong setting named in the head's words.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { ConfigError, parseConfigText } from '../../queue-core/src/config/load.ts';
import { problemWords } from '../../queue-core/src/config/problem-words.ts';
import { answerFeedback, checkFeedback, feedbackAppeal, isPhone, type FeedbackRules } from '../../queue-core/src/journal/feedback.ts';
import { erase } from '../../queue-core/src/journal/rules.ts';

const DAY = 86_400_000;
const RULES: FeedbackRules = { enabled: true, deadlineDays: { thanks: 0, proposal: 30, complaint: 10 }, maxLength: 40 };
const withFeedback = (feedback: unknown) => JSON.stringify({ ...structuredClone(demoConfig), feedback });

test('the configuration: off unless switched on, 30 days per kind, 1000 characters', () => {
  const c = parseConfigText(JSON.stringify(demoConfig), 'office.json');
  assert.equal(c.feedback, { enabled: false, deadlineDays: { thanks: 30, proposal: 30, complaint: 30 }, maxLength: 1000 });
  const on = parseConfigText(withFeedback({ enabled: true, deadlineDays: { complaint: 15 } }), 'office.json');
  assert.equal(on.feedback, { enabled: true, deadlineDays: { thanks: 30, proposal: 30, complaint: 15 }, maxLength: 1000 });
});

test('a wrong setting is refused with its place and what is wrong, in the office language', () => {
  let problems: string[] = [];
  try {
    parseConfigText(withFeedback({ enabled: 'yes', deadlineDays: { complaint: -1, praise: 3 }, maxLength: 10 }), 'office.json');
  } catch (e) {
    problems = (e as ConfigError).problems;
  }
  const words = problems.map((p) => problemWords(p, 'ru'));
  assert.ok(words.includes('Книга отзывов и предложений: включено — нужно true (да) или false (нет)'), words.join('\n'));
  assert.ok(words.includes('Книга отзывов и предложений: срок ответа, дней, жалоба — нужно число ≥ 0'), words.join('\n'));
  assert.ok(words.includes('Книга отзывов и предложений: наибольшая длина текста — нужно число ≥ 50'), words.join('\n'));
  assert.ok(words.some((w) => w.startsWith('Книга отзывов и предложений: срок ответа, дней — неизвестное поле «praise»')), words.join('\n'));
  assert.ok(problems.map((p) => problemWords(p, 'uk')).includes('Книга відгуків і пропозицій: найбільша довжина тексту — потрібне число ≥ 50'));
});

test('an entry is tidied and checked; its deadline follows its kind', () => {
  const ok = checkFeedback({ kind: 'complaint', text: ' Очень\u0000   долго \r\n\r\n\r\nждали ', contactName: ' Анна\tИвановна ', contactPhone: '+7 (914) 000-11-22' }, RULES);
  assert.ok(ok.ok);
  if (!ok.ok) return;
  assert.equal(ok.entry, { kind: 'complaint', text: 'Очень долго\n\nждали', contactName: 'Анна Ивановна', contactPhone: '+7 (914) 000-11-22' });
  const at = Date.UTC(2026, 10, 24, 2);
  const a = feedbackAppeal(ok.entry, { id: 'J-20261124-0001', at, day: '2026-11-24', kiosk: 'hall' }, RULES);
  assert.is(a.dueAt, at + 10 * DAY);
  assert.is(a.appealType, 'complaint');
  assert.is(feedbackAppeal({ ...ok.entry, kind: 'thanks' }, { id: 'x', at, day: '2026-11-24', kiosk: 'hall' }, RULES).dueAt, null, 'thanks kept without a deadline at 0 days');
  assert.is(checkFeedback({ kind: 'proposal', text: 'x'.repeat(41) }, RULES).ok, false);
  assert.is(checkFeedback({ kind: 'proposal', text: 'x'.repeat(40) }, RULES).ok, true);
  assert.is(checkFeedback({ kind: 'proposal', text: 'да' }, { ...RULES, enabled: false }).ok, false);
  for (const p of ['12345', '+380 44 123-45-67', '8 (914) 000 11 22']) assert.ok(isPhone(p), p);
  for (const p of ['1234', 'позвоните', '+7 914 abc', '1234567890123456']) assert.not.ok(isPhone(p), p);
});

test('an answered entry is off control with the answer; erasure keeps the kind, takes the words and the contact', () => {
  const checked = checkFeedback({ kind: 'proposal', text: 'Кулер', contactName: 'Анна', contactPhone: '12345' }, RULES);
  if (!checked.ok) throw new Error('expected a valid entry');
  const a = feedbackAppeal(checked.entry, { id: 'J-1', at: 0, day: '2026-11-24', kiosk: 'hall' }, RULES);
  const answered = answerFeedback(a, '  Кулер поставлен ', 'head', 5 * DAY);
  assert.ok(answered.ok);
  if (!answered.ok) return;
  assert.is(answered.appeal.closedAt, 5 * DAY);
  assert.is(answered.appeal.feedback!.answer, 'Кулер поставлен');
  assert.is(answerFeedback(answered.appeal, 'ещё', 'head', 6 * DAY).ok, false);
  assert.is(answerFeedback(a, '   ', 'head', 6 * DAY).ok, false);
  const gone = erase(answered.appeal, 100 * DAY);
  assert.equal(gone.feedback, { kind: 'proposal', text: '', contactName: '', contactPhone: '', kiosk: 'hall', answer: '', answeredBy: 'head' });
  assert.is(gone.citizen, null);
  const { feedback: _, ...visit } = a;
  assert.not.ok('feedback' in erase(visit, 1), 'a visit record gains no feedback field');
});

test.run();
