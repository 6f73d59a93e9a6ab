import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstConfig } from '../queue-core/src/first-config.ts';
import { readFileSync } from 'node:fs';
import { demoConfig } from '../queue-core/src/config/demo.ts';
import { ConfigError, parseConfigText, validateConfig } from '../queue-core/src/config/load.ts';
import { verifyPin } from '../queue-core/src/config/pins.ts';
import { problemWords } from '../queue-core/src/config/problem-words.ts';

const withChange = (change: (c: any) => void) => {
  const c = structuredClone(demoConfig) as any;
  change(c);
  return JSON.stringify(c);
};
const problems = (text: string): string[] => {
  try {
    parseConfigText(text, 'office.json');
  } catch (e) {
    assert.instance(e, ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected the config to be refused');
};

test('the embedded demo config is valid; the example in docs is valid once the installer gave it its own PINs and tokens', () => {
  assert.ok(validateConfig(demoConfig).ok);
  const example = JSON.parse(readFileSync(new URL('../docs/example-config.json', import.meta.url), 'utf8'));
  const { config, given } = firstConfig(example);
  const r = validateConfig(config);
  assert.ok(r.ok, r.ok ? '' : r.problems.join('\n'));
  assert.is(given.pins.length, example.staff.length);
  assert.ok(given.tokens.length >= 1);
});

test('the example as it is, with its placeholder tokens anyone can read, is refused with what to do', () => {
  const example = JSON.parse(readFileSync(new URL('../docs/example-config.json', import.meta.url), 'utf8'));
  const r = validateConfig(example);
  assert.not.ok(r.ok);
  assert.ok(!r.ok && r.problems.some((p) => /^integrations\[0\]\.token: this is the example's placeholder.*openssl rand -hex 16/.test(p)), !r.ok ? r.problems.join('\n') : '');
});

test('a file with no supervisor is refused: nobody could sign in to edit it again', () => {
  assert.equal(problems(withChange((c) => { for (const s of c.staff) if (s.role === 'supervisor') s.role = 'consultant'; })), ['staff: keep at least one supervisor, or nobody could edit the configuration again']);
});

test('a bad prefix is named by its path, with what was expected and what was given', () => {
  assert.equal(problems(withChange((c) => { c.directions[1].prefix = ''; })), ['directions[1].prefix: expected 1–2 letters, got ""']);
});

test('a holiday that is not on the calendar is refused, like any day the daemon is given', () => {
  assert.equal(problems(withChange((c) => { c.schedule.holidays = ['2026-01-07', '2026-02-30']; })), ['schedule.holidays[1]: expected a date that exists on the calendar, got "2026-02-30"']);
});

test('several problems are all reported at once', () => {
  const p = problems(withChange((c) => {
    c.office.timezone = 'Mars/Olympus';
    c.booths[0].directions = ['pensions'];
    c.staff[0].pin = '12';
    c.schedule.week.mon = ['17:30-08:30'];
  }));
  assert.ok(p.some((x) => x.startsWith('office.timezone: expected an IANA time zone')), p.join('\n'));
  assert.ok(p.includes('booths[0].directions[0]: unknown direction "pensions"'), p.join('\n'));
  assert.ok(p.includes('staff[0].pin: expected 4–8 digits, got "12"'), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('schedule.week.mon[0]: expected hours like "08:30-17:30"')), p.join('\n'));
});

test('duplicate prefixes and booth numbers are refused', () => {
  const p = problems(withChange((c) => { c.directions[2].prefix = 'Д'; c.booths[1].number = 1; }));
  assert.ok(p.includes('directions[2]: prefix "Д" is used twice'), p.join('\n'));
  assert.ok(p.includes('booths[1]: booth number 1 is used twice'), p.join('\n'));
});

test('the journal section: its defaults, a repeated reason, a retention too short to hold a year\'s reports', () => {
  const p = problems(withChange((c) => {
    c.journal = { reasons: [{ id: 'subsidy', name: { ru: 'Субсидии' } }, { id: 'subsidy', name: { ru: 'Ещё' } }], retentionDays: 7 };
  }));
  assert.ok(p.includes('journal.reasons[1]: reason id "subsidy" is used twice'), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('journal.retentionDays:')), p.join('\n'));
  const fine = withChange(() => {});
  const c = validateConfig(JSON.parse(fine));
  assert.ok(c.ok);
  if (c.ok) {
    assert.ok(c.config.journal.reasons.some((r) => r.id === 'child-allowance' && r.name.ru === 'Детское пособие'));
    assert.equal([c.config.journal.deadlineDays.statement, c.config.journal.repeatWithinDays, c.config.journal.retentionDays], [10, 30, 1825]);
  }
});

test('a file that is not JSON says so', () => {
  const p = problems('{ "office": ');
  assert.match(p[0]!, /^not valid JSON/);
});

test('missing sections are named', () => {
  const p = problems('{}');
  assert.ok(p.includes('office: required (expected object)') && p.includes('directions: required (expected array)'), p.join('\n'));
});

test('PINs are hashed at load and verify only the right PIN', () => {
  const config = parseConfigText(JSON.stringify(demoConfig), 'demo');
  const ivanova = config.staff.find((s) => s.id === 'ivanova')!;
  assert.is(ivanova.pin, undefined);
  assert.ok(verifyPin('1111', ivanova.pinHash!));
  assert.not.ok(verifyPin('1112', ivanova.pinHash!));
});

test('the waiting-time norm: 15 minutes, 5 booked, warned 5 before by default; per direction; an old longWaitMinutes still loads; bad values are named', () => {
  const r = validateConfig(demoConfig);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.config.alerts.norm, { waitMinutes: 15, bookedWaitMinutes: 5, warnBeforeMinutes: 5 });
  const own = parseConfigText(withChange((c) => { c.directions[1].normMinutes = 20; c.directions[1].bookedNormMinutes = 10; c.alerts = { longWaitMinutes: 30 }; }), 'office.json');
  assert.equal([own.directions[1]!.normMinutes, own.directions[1]!.bookedNormMinutes, own.alerts.norm.waitMinutes], [20, 10, 15]);
  assert.equal(problems(withChange((c) => { c.directions[0].normMinutes = 0; c.alerts = { norm: { warnBeforeMinutes: -1 } }; })), [
    'directions[0].normMinutes: expected a number ≥ 1, got 0',
    'alerts.norm.warnBeforeMinutes: expected a number ≥ 0, got -1',
  ]);
  assert.equal(problems(withChange((c) => { c.alerts = { norm: { waitMinute: 15 } }; })), ['alerts.norm: unknown field "waitMinute" (did you mean "waitMinutes"?)']);
});

test('accessibility: off unless switched on; a wrong value is named, and read in words by the head', () => {
  const r = validateConfig(demoConfig);
  assert.ok(r.ok && r.config.accessibility.kioskMode === false && r.config.accessibility.helpButton === false, 'off by default');
  const on = parseConfigText(withChange((c) => { c.accessibility = { kioskMode: true, helpButton: true }; }), 'office.json');
  assert.equal(on.accessibility, { kioskMode: true, helpButton: true });
  const wrong = problems(withChange((c) => { c.accessibility = { kioskMode: 'yes', helpbutton: true }; }));
  assert.equal(wrong, [
    'accessibility.kioskMode: expected boolean, got "yes"',
    'accessibility: unknown field "helpbutton" (did you mean "helpButton"?)',
  ]);
  assert.is(problemWords(wrong[0]!, 'ru'), 'Доступность: режим киоска для слабовидящих — нужно true (да) или false (нет)');
  assert.is(problemWords(wrong[0]!, 'uk'), 'Доступність: режим кіоску для людей із вадами зору — потрібно true (так) або false (ні)');
});

test('rating is off unless switched on, with a minute to rate and the reasons in three languages; mistakes are named in words', () => {
  const plain = withChange((c) => { delete c.rating; });
  const config = parseConfigText(plain, 'office.json');
  assert.is(config.rating.enabled, false);
  assert.is(config.rating.timeoutSeconds, 60);
  assert.equal(config.rating.reasons.find((r) => r.id === 'waited-long'), { id: 'waited-long', when: 'low', name: { ru: 'Долго ждал', uk: 'Довго чекав', en: 'Waited long' } });
  const bad = problems(withChange((c) => {
    c.rating = { enabled: true, timeoutSeconds: 5, booths: [{ booth: 9, keypad: { vendorId: 1, productId: 2, keys: { 'key:KP_1': 6 } } }, { booth: 1, touchDisplay: true }, { booth: 2 }] };
  }));
  assert.equal(bad, [
    'rating.timeoutSeconds: expected a number ≥ 10, got 5',
    'rating.booths[0].keypad.keys.key:KP_1: expected a number ≤ 5, got 6',
    'rating.booths[0].booth: unknown booth 9',
    'rating.booths[1]: expected a token or addresses for the rating screen, so that no other device can rate, got {"booth":1,"touchDisplay":true}',
    'rating.booths[2]: expected a way to rate: touchDisplay, tablet or keypad, got {"booth":2}',
  ]);
  assert.is(problemWords(bad[4]!, 'ru'), 'Оценка обслуживания: кабина с оценкой, строка 3 — укажите, чем оценивают: сенсорное табло (touchDisplay), планшет (tablet) или клавиатура (keypad)');
  assert.is(problemWords(bad[3]!, 'uk'), 'Оцінка обслуговування: кабіна з оцінкою, рядок 2 — для екрана оцінки потрібен ключ (token) або адреси (addresses), щоб оцінку не міг поставити чужий пристрій');
});

test.run();
