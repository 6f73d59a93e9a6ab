// The office clock's time zones read from the system's time zone database (TZif files and their POSIX
// rules), checked against glibc's zdump reading the same files, across fifty years and at every transition,
// for zones with and without summer time, south of the equator, with odd offsets, with "negative" summer
// time (Dublin) and with recent changes (Morocco's permanent +00 from 2026-09-20, in tzdata 2026c).
// Intl is no reference: Node carries ICU's copy of the database as of Node's build, older than Debian's.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { localTime, zonedEpoch, ZoneBook } from '../../queue-core/src/domain/index.ts';
import { parsePosixRule, parseZoneFile, ruleOffsetAt, zoneOffsetMs, ZoneFileError, type ZoneRules } from '../../queue-core/src/domain/zone-rules.ts';
import { systemZoneSource } from '../../queue-core/src/system-zones.ts';
import { historyOffsetAt, zdumpHistory } from '../helpers/zdump.ts';

const ZONES = [
  'Europe/Moscow', 'Asia/Irkutsk', 'Europe/Kyiv', 'Europe/Kaliningrad', 'Asia/Vladivostok', 'Europe/Dublin', 'America/New_York',
  'Australia/Sydney', 'America/Santiago', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Asia/Tehran', 'Africa/Casablanca',
  'America/Nuuk', 'Asia/Jerusalem', 'UTC', 'Etc/GMT+3',
];
const HOUR = 3_600_000;
const ZONE_DIR = process.env.TZDIR || '/usr/share/zoneinfo';
const load = (name: string): ZoneRules => parseZoneFile(name, readFileSync(`${ZONE_DIR}/${name}`));

test('offsets agree with zdump every few hours from 1995 to 2045, and on both sides of every transition', () => {
  const from = Date.UTC(1995, 0, 1), to = Date.UTC(2045, 11, 31);
  let checked = 0;
  for (const name of ZONES) {
    const zone = load(name);
    const reference = zdumpHistory(`${ZONE_DIR}/${name}`, 1995, 2046);
    const instants: number[] = [];
    for (let t = from; t < to; t += 7 * HOUR + 13 * 60_000) instants.push(t);
    for (const c of reference.changes) instants.push(c.at - 1000, c.at);
    for (const s of zone.transitions) if (s * 1000 >= from && s * 1000 < to) instants.push(s * 1000 - 1000, s * 1000);
    for (const t of instants) {
      const mine = zoneOffsetMs(zone, t), theirs = historyOffsetAt(reference, t);
      if (mine !== theirs) assert.unreachable(`${name} at ${new Date(t).toISOString()}: ${mine / 60_000} min, zdump says ${theirs / 60_000} min`);
      checked++;
    }
  }
  assert.ok(checked > ZONES.length * 60_000, `checked ${checked} instants`);
});

test('the reference itself: zdump reads changes of offset, odd offsets and fixed zones', () => {
  const kathmandu = zdumpHistory(`${ZONE_DIR}/Asia/Kathmandu`, 2000, 2030);
  assert.equal(kathmandu, { initial: (5 * 60 + 45) * 60_000, changes: [] });
  const stJohns = zdumpHistory(`${ZONE_DIR}/America/St_Johns`, 2026, 2027);
  // Newfoundland: 02:00 local on the second Sunday of March (05:30 UTC), back on the first Sunday of November (04:30 UTC).
  assert.equal(stJohns.changes, [
    { at: Date.UTC(2026, 2, 8, 5, 30), offset: -150 * 60_000 },
    { at: Date.UTC(2026, 10, 1, 4, 30), offset: -210 * 60_000 },
  ]);
  assert.is(historyOffsetAt(stJohns, Date.UTC(2026, 5, 1)), -150 * 60_000);
});

test('years past the last listed transition follow the footer rule, at the minute it changes', () => {
  const kyiv = load('Europe/Kyiv');
  assert.ok(kyiv.rule && kyiv.rule.start, 'Kyiv keeps summer time by a rule');
  // 2041: last Sunday of March is the 31st, 03:00 local (01:00 UTC); last Sunday of October the 27th, 04:00 local (01:00 UTC).
  assert.is(zoneOffsetMs(kyiv, Date.UTC(2041, 2, 31, 0, 59, 59)), 2 * HOUR);
  assert.is(zoneOffsetMs(kyiv, Date.UTC(2041, 2, 31, 1, 0, 0)), 3 * HOUR);
  assert.is(zoneOffsetMs(kyiv, Date.UTC(2041, 9, 27, 0, 59, 59)), 3 * HOUR);
  assert.is(zoneOffsetMs(kyiv, Date.UTC(2041, 9, 27, 1, 0, 0)), 2 * HOUR);
  const irkutsk = load('Asia/Irkutsk');
  assert.is(zoneOffsetMs(irkutsk, Date.UTC(2060, 6, 1)), 8 * HOUR, 'Irkutsk stays at UTC+8');
});

test('POSIX rules: fixed zones, both hemispheres, negative summer time, hours beyond 24, Julian days', () => {
  assert.equal(parsePosixRule('MSK-3'), { stdOffset: 10800, dstOffset: 10800, start: null, end: null });
  assert.equal(parsePosixRule('<+0545>-5:45'), { stdOffset: 20700, dstOffset: 20700, start: null, end: null });
  assert.equal(parsePosixRule('<-03>3'), { stdOffset: -10800, dstOffset: -10800, start: null, end: null });
  const kyiv = parsePosixRule('EET-2EEST,M3.5.0/3,M10.5.0/4')!;
  assert.equal([kyiv.stdOffset, kyiv.dstOffset], [7200, 10800]);
  assert.equal(kyiv.start, { kind: 'month', month: 3, week: 5, weekday: 0, time: 10800 });
  // Sydney: summer from the first Sunday of October to the first Sunday of April, across the new year.
  const sydney = parsePosixRule('AEST-10AEDT,M10.1.0,M4.1.0/3')!;
  assert.is(ruleOffsetAt(sydney, Date.UTC(2050, 0, 15) / 1000), 11 * 3600);
  assert.is(ruleOffsetAt(sydney, Date.UTC(2050, 6, 15) / 1000), 10 * 3600);
  // Dublin: standard time is summer (IST, +1); "daylight" time is winter (GMT).
  const dublin = parsePosixRule('IST-1GMT0,M10.5.0,M3.5.0/1')!;
  assert.is(ruleOffsetAt(dublin, Date.UTC(2050, 0, 15) / 1000), 0);
  assert.is(ruleOffsetAt(dublin, Date.UTC(2050, 6, 15) / 1000), 3600);
  // Israel changes at "26:00" on the Thursday before the last Sunday of March (02:00 on Friday).
  const israel = parsePosixRule('IST-2IDT,M3.4.4/26,M10.5.0')!;
  assert.is(israel.start!.time, 26 * 3600);
  // 2050: the fourth Thursday of March is the 24th, so summer time starts on Friday the 25th at 02:00 local.
  assert.is(ruleOffsetAt(israel, Date.UTC(2050, 2, 24, 23, 59) / 1000), 2 * 3600);
  assert.is(ruleOffsetAt(israel, Date.UTC(2050, 2, 25, 0, 0) / 1000), 3 * 3600);
  // Julian day 60 is March 1 in every year; zero-based day 59 is February 29 in a leap year.
  const julian = parsePosixRule('XST-1XDT,J60/0,J300/0')!;
  assert.is(ruleOffsetAt(julian, Date.UTC(2048, 1, 29, 22, 59) / 1000), 3600, 'not yet summer on Feb 29');
  assert.is(ruleOffsetAt(julian, Date.UTC(2048, 1, 29, 23, 0) / 1000), 7200, 'summer from March 1, 00:00 local');
  const zero = parsePosixRule('XST-1XDT,59/0,300/0')!;
  assert.is(ruleOffsetAt(zero, Date.UTC(2048, 1, 28, 23, 0) / 1000), 7200, 'summer from Feb 29 in a leap year');
  assert.equal(parsePosixRule('EST5EDT')!.start, { kind: 'month', month: 3, week: 2, weekday: 0, time: 7200 }, 'no dates: the US rule');
  for (const bad of ['', 'M', 'AB-3', 'EET-2EEST,M13.5.0,M10.5.0', 'EET-2EEST,M3.6.0,M10.5.0', 'EET-2EEST,M3.5.0', 'EET-2EEST,M3.5.0,M10.5.0x', '<+03-3']) {
    assert.is(parsePosixRule(bad), null, JSON.stringify(bad));
  }
});

test('a damaged or foreign file is refused with a clear error, and the system source then answers nothing', () => {
  const good = readFileSync(`${ZONE_DIR}/Europe/Kyiv`);
  assert.throws(() => parseZoneFile('X', Buffer.from('not a zone file at all, but long enough to hold a header.')), (e: unknown) => e instanceof ZoneFileError && /not a TZif file/.test((e as Error).message));
  assert.throws(() => parseZoneFile('X', good.subarray(0, 60)), (e: unknown) => e instanceof ZoneFileError && /truncated/.test((e as Error).message));
  const logged: string[] = [];
  const source = systemZoneSource(ZONE_DIR, (l) => logged.push(l));
  assert.ok(source('Europe/Kyiv'));
  assert.is(source('Mars/Olympus'), null);
  assert.is(source('../../etc/passwd'), null, 'a name that climbs out of the database is not read');
  assert.is(source('Europe'), null, 'a folder is not a zone');
  assert.equal(logged, []);
});

test('the office clock gives the local times zdump gives, and finds noon on the day summer time starts', () => {
  const zones = ['Asia/Irkutsk', 'Europe/Kyiv', 'America/St_Johns', 'Africa/Casablanca'];
  const wallOf = (t: number, offset: number) => {
    const w = new Date(t + offset);
    return { day: w.toISOString().slice(0, 10), minutes: w.getUTCHours() * 60 + w.getUTCMinutes() };
  };
  const book = new ZoneBook(systemZoneSource(ZONE_DIR));
  for (const name of zones) {
    const zone = book.zone(name);
    assert.ok(book.hasRules(name), `${name} is read from the database`);
    const reference = zdumpHistory(`${ZONE_DIR}/${name}`, 2026, 2028);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 5 * HOUR + 17 * 60_000) {
      const mine = localTime(t, zone);
      assert.equal({ day: mine.day, minutes: mine.minutes }, wallOf(t, historyOffsetAt(reference, t)), `${name} at ${new Date(t).toISOString()}`);
    }
    // Noon on the day of each change in 2026 is the instant whose local wall clock reads 12:00.
    for (const c of reference.changes.filter((c) => c.at < Date.UTC(2027, 0, 1))) {
      const day = wallOf(c.at, c.offset).day;
      const noon = zonedEpoch(day, 12 * 60, zone);
      assert.equal(wallOf(noon, historyOffsetAt(reference, noon)), { day, minutes: 12 * 60 }, `${name}: noon on ${day}`);
    }
  }
  assert.is(zonedEpoch('2026-03-29', 12 * 60, book.zone('Europe/Kyiv')), Date.UTC(2026, 2, 29, 9, 0), 'Kyiv: noon on the day summer time starts');
});

test.run();
